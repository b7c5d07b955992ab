import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from './app';
import { compressJson } from './http/compress-json';
import type { Deps } from './http/env';
import { healthRoutes, type HealthOptions } from './http/health';

// From src/server (tsx) and from dist/server (the compiled server) alike: two folders below the root.
export const WEB_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/web');

const NOT_BUILT = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Leerwinst</title>
<p>De webpagina's zijn nog niet gebouwd. Voer <code>npm run build:web</code> uit, of start met <code>npm start</code>.</p></html>`;

export interface WebAppOptions {
  /** Health routes: whether the server is shutting down (then /readyz answers 503). */
  draining?: HealthOptions['draining'];
}

/** The built files: hashed assets cached for good, sent precompressed (brotli, gzip) when accepted. */
function serveBuiltFiles(app: Hono, webRoot: string): void {
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      // The build writes a .br and a .gz beside every asset worth compressing (vite.config.ts).
      precompressed: true,
      onFound: (_path, c) => {
        // File names carry a content hash: they can be cached for good.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
        // The same URL has several encodings: a shared cache must keep them apart.
        c.header('Vary', 'Accept-Encoding');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root: webRoot }));
}

/**
 * The whole web application: /healthz and /readyz for load balancers, the API under /api, the built
 * browser app for everything else.
 */
export function createWebApp(deps: Deps, webRoot: string = WEB_ROOT, options: WebAppOptions = {}) {
  const app = new Hono();
  app.route('/', healthRoutes(deps.db, { draining: options.draining }));
  app.use('/api/*', compressJson());
  app.route('/api', createApi(deps));
  const indexPath = join(webRoot, 'index.html');
  const built = existsSync(indexPath);
  const index = built ? readFileSync(indexPath, 'utf8') : NOT_BUILT;
  if (built) serveBuiltFiles(app, webRoot);
  // Every other path is a page of the browser app, which routes on its own.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
    );
    return c.html(index);
  });
  return app;
}
