// The parse worker's first module when Leerwinst runs from its TypeScript sources. Worker threads start
// without the TypeScript loader that runs the rest (bin/leerwinst.js, vitest), so it is registered here.
// The compiled server (scripts/build-server.mjs) has its own dist/server/entry.mjs: the worker as
// JavaScript, found by the pool at the same name beside its module.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
