import express, { type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pendingMigrations } from '../db/database.js';
import { sqlQuery } from '../db/sql.js';
import type { Logger } from '../observability/logger.js';
import type { Readiness } from '../observability/readiness.js';

/**
 * `GET /healthz`: the process answers. `GET /readyz`: and its background parts are up (the
 * event listener; a worker's job runner), and its database answers, with every migration applied.
 */
export function healthRouter(deps: { orm: MikroORM; logger: Logger; readiness: Readiness }): Router {
  const { orm, logger, readiness } = deps;
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    // Checked first: it needs no database, so its reason is the one given while it holds.
    const problem = readiness.problem();
    if (problem) {
      res.status(503).json({ status: 'unavailable', reason: problem });
      return;
    }
    try {
      await sqlQuery(orm.em.fork(), 'select 1');
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'unavailable', reason: `${pending} migration(s) not applied` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn({ err, requestId: req.id }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}
