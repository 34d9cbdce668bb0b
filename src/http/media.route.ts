import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CHECKSUM_PATTERN, isImageSize } from '../modules/media/image-url.js';
import { isProductImage, storedImage, storeImage, type StoredImage } from '../modules/media/media-store.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import { OdooError } from '../odoo/odoo-error.js';
import { readProductImage, type ImageRead } from '../odoo/product-image-source.js';
import type { Logger } from '../observability/logger.js';

/** A checksum names the bytes: a URL's answer never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** How long a client should wait before asking again while Odoo is away. */
export const MEDIA_RETRY_AFTER_SECONDS = 30;

const etagOf = (checksum: string, size: number) => `"${checksum}-${size}"`;

/**
 * `GET /media/<checksum>/<size>`: a product picture, public (an `<img>` tag
 * carries no token) and unguessable (a SHA-1 of the picture). The first
 * request for a (checksum, size) reads it from Odoo (product-image-source.ts)
 * and stores it in PostgreSQL; every later one is answered from there. Odoo is
 * asked only for a checksum a live product shows, and only for product
 * pictures, so the route cannot read anything else from Odoo. Concurrent first
 * requests on one instance share one read (one promise per key). See docs/media.md.
 */
export function mediaRouter(deps: {
  orm: MikroORM;
  logger: Logger;
  odoo: OdooClient | null;
  maxBytes: number;
}): Router {
  const router = express.Router();
  const inFlight = new Map<string, Promise<ImageRead>>();

  const fail = (res: Response, status: number, code: string, message: string) => {
    res.set('Cache-Control', 'no-store');
    if (status === 503) res.set('Retry-After', String(MEDIA_RETRY_AFTER_SECONDS));
    res.status(status).json({ error: { code, message } });
  };

  /** The picture from Odoo, stored; one read per key at a time. */
  const fetchOnce = (checksum: string, size: number): Promise<ImageRead> => {
    const key = `${checksum}/${size}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = (async () => {
        // A read that finished between this request's look in the table and now has stored it.
        const stored = await storedImage(deps.orm.em.fork(), checksum, size);
        if (stored) return { ok: true, image: stored } as const;
        const read = await readProductImage(deps.odoo!, checksum, size, deps.maxBytes);
        if (read.ok) await storeImage(deps.orm.em.fork(), checksum, size, read.image);
        return read;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };

  const send = (req: Request, res: Response, checksum: string, size: number, image: StoredImage) => {
    res.set({
      'Content-Type': image.contentType,
      ETag: etagOf(checksum, size),
      'Cache-Control': IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
    });
    res.status(200).end(req.method === 'HEAD' ? undefined : image.bytes);
  };

  router.get('/media/:checksum/:size', async (req: Request, res: Response) => {
    const checksum = String(req.params.checksum);
    const size = Number(req.params.size);
    if (!CHECKSUM_PATTERN.test(checksum) || !/^\d+$/.test(String(req.params.size)) || !isImageSize(size)) {
      return fail(res, 404, 'NOT_FOUND', 'No such picture: media URLs are /media/<sha1>/<128|256|512|1024|1920>.');
    }
    // The URL's answer never changes: a client holding its ETag holds the picture.
    const ifNoneMatch = req.headers['if-none-match'];
    if (
      ifNoneMatch &&
      ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(checksum, size))
    ) {
      res.set({ ETag: etagOf(checksum, size), 'Cache-Control': IMMUTABLE });
      return res.status(304).end();
    }
    const em = deps.orm.em.fork();
    const stored = await storedImage(em, checksum, size);
    if (stored) return send(req, res, checksum, size, stored);
    if (!(await isProductImage(em, checksum))) {
      return fail(res, 404, 'NOT_FOUND', 'No product shows this picture.');
    }
    if (!deps.odoo) {
      return fail(
        res,
        503,
        'UNAVAILABLE',
        'The picture is not stored yet and the hub has no Odoo connection configured.',
      );
    }
    let read: ImageRead;
    try {
      read = await fetchOnce(checksum, size);
    } catch (err) {
      if (err instanceof OdooError && err.transient) {
        deps.logger.warn({ err: err.message, checksum, size }, 'media: Odoo unreachable on a first fetch');
        return fail(
          res,
          503,
          'UNAVAILABLE',
          `Odoo could not be reached for this picture; try again later (${err.message}).`,
        );
      }
      deps.logger.error({ err, checksum, size }, 'media: Odoo refused a picture read');
      return fail(res, 502, 'BAD_GATEWAY', `Odoo refused to give this picture: ${(err as Error).message}`);
    }
    if (!read.ok)
      return fail(
        res,
        read.reason === 'gone' ? 404 : 502,
        read.reason === 'gone' ? 'NOT_FOUND' : 'BAD_GATEWAY',
        read.message,
      );
    send(req, res, checksum, size, read.image);
  });
  return router;
}
