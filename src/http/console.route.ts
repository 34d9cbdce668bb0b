import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';

/**
 * The operator's console (docs/console.md) at `/admin`: a static single-page app that
 * `npm run build` writes to CONSOLE_DIR. Its assets carry a content hash in their names,
 * so they are cached for good; index.html is revalidated on every load so that a new
 * build reaches the browser at once. Every other path under /admin is a client route
 * and gets index.html too. It talks to the hub only through /graphql, as any client does.
 */
export function consoleRouter(dir: string): Router {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  const router = express.Router();
  router.use(
    '/admin/assets',
    express.static(join(root, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
    }),
  );
  // A missing asset is a 404, not the page: a stale index.html must not load HTML as a script.
  router.use('/admin/assets', (_req, res) => {
    res.status(404).type('text/plain').send('No such asset: reload the page to load the current build.');
  });
  router.get(['/admin', '/admin/{*route}'], (_req, res) => {
    res.set(SECURITY_HEADERS);
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send(`The console is not built (no ${index}): run \`npm run build\`.`);
      return;
    }
    res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
  });
  return router;
}

/**
 * The console's persisted-documents manifest, written beside index.html by its build
 * (codegen's persistedDocuments, console/vite.config.ts): the hub registers these
 * documents at start, so the console runs under PERSISTED_DOCUMENTS_ONLY too. Not served.
 */
export function consoleManifestPath(dir: string): string {
  return join(resolve(dir), CONSOLE_MANIFEST);
}

/** The manifest's file name in CONSOLE_DIR (the build writes it, the hub reads it). */
export const CONSOLE_MANIFEST = 'persisted-documents.json';

/** The page runs its own scripts only, and talks to this origin only (GraphQL over HTTP and WebSocket). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
