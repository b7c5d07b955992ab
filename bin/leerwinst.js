#!/usr/bin/env node
// The CLI. It runs the compiled server (dist/server, made by `npm run build:server`) while that build is
// newer than every source file it was made from; otherwise the TypeScript sources through tsx (a
// development dependency), so a fresh clone and a developer's unbuilt edits run as they are.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function compiledIsCurrent() {
  try {
    const { started, inputs } = JSON.parse(
      readFileSync(new URL('dist/server/build-inputs.json', root), 'utf8'),
    );
    // A file saved while the build ran may be missing from it: the build counts from its start.
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs < started);
  } catch {
    // No build, an unfinished one, or a source file that is gone: the sources decide.
    return false;
  }
}

if (compiledIsCurrent()) {
  await import('../dist/server/leerwinst.js');
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('leerwinst: de server is niet gebouwd. Voer eerst `npm run build` uit.\n');
    process.exit(1);
  }
  tsx.register();
  await import('../src/cli/main.ts');
}
