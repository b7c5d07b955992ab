// The parse worker's first module. Worker threads start without the TypeScript loader that runs the
// rest of Leerwinst (bin/leerwinst.js, vitest), so it is registered here, as bin/leerwinst.js does.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
