#!/usr/bin/env node
/**
 * `npm run build:server`: the server and CLI compiled to JavaScript in dist/server, so production runs
 * no TypeScript compiler (bin/leerwinst.js uses this build while it is newer than its sources).
 *
 * - dist/server/leerwinst.js: the CLI (src/cli/main.ts). Split into chunks, so `leerwinst --help`
 *   loads only what it needs and each command keeps loading its own modules on demand.
 * - dist/server/entry.mjs: the import parse worker as one file. The worker pool starts
 *   `./entry.mjs` beside its own module, which in the build is this file (in the sources it is
 *   src/imports/worker/entry.mjs, which registers tsx first).
 * - dist/server/common-passwords.txt: read beside its module (password-policy.ts).
 * - dist/server/build-inputs.json: when the build started and its source files, for the freshness check
 *   in bin/leerwinst.js.
 *
 * `--after-install` (npm's prepare step): without esbuild (an install without development
 * dependencies) say so and stop without failing the install; the build can be copied in instead.
 *
 * npm packages are bundled too: Node loads one file faster than a package's hundreds (kysely alone
 * costs some 100 ms as separate modules). Native addons cannot be bundled and stay imports, as does
 * exceljs (with its many dependencies, needed only for spreadsheets).
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/server');
// Built beside and then moved into place, so a CLI starting meanwhile finds the old build or none.
const NEXT = join(ROOT, 'dist/server.next');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', '@node-rs/argon2', 'pg-native', 'exceljs'],
  // Bundled CommonJS packages call require() for Node's own modules, which ESM does not define.
  banner: {
    js: "import { createRequire as __leerwinstRequire } from 'node:module'; const require = __leerwinstRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const { build } = await import('esbuild').catch((error) => {
  if (!process.argv.includes('--after-install')) throw error;
  process.stdout.write('esbuild ontbreekt (ontwikkelafhankelijkheid): de server is niet gebouwd.\n');
  process.exit(0);
});

const started = Date.now();
rmSync(NEXT, { recursive: true, force: true });
mkdirSync(NEXT, { recursive: true });

const [cli, worker] = await Promise.all([
  build({
    ...common,
    entryPoints: { leerwinst: 'src/cli/main.ts' },
    outdir: NEXT,
    splitting: true,
    chunkNames: '[name]-[hash]',
  }),
  build({
    ...common,
    entryPoints: ['src/imports/worker/parse-worker.ts'],
    outfile: join(NEXT, 'entry.mjs'),
  }),
]);

copyFileSync(join(ROOT, 'src/server/auth/common-passwords.txt'), join(NEXT, 'common-passwords.txt'));

const inputs = [
  ...new Set([...Object.keys(cli.metafile.inputs), ...Object.keys(worker.metafile.inputs)]),
  'src/server/auth/common-passwords.txt',
]
  .filter((file) => !file.startsWith('node_modules/'))
  .sort();
// Written last: its presence says the build is complete. A source saved after `started` may not be in
// it, so that is the time the freshness check compares with.
writeFileSync(join(NEXT, 'build-inputs.json'), `${JSON.stringify({ started, inputs }, null, 1)}\n`);
rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);

process.stdout.write(
  `Server gebouwd in ${relative(process.cwd(), OUT) || OUT} (${inputs.length} bronbestanden, ${Date.now() - started} ms)\n`,
);
