import express, { type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pendingMigrations } from '../db/database.js';
import { sqlQuery } from '../db/sql.js';
import type { Logger } from '../observability/logger.js';

/** `GET /healthz`: the process answers. `GET /readyz`: and its database does, with every migration applied. */
export function healthRouter(deps: { orm: MikroORM; logger: Logger }): Router {
  const { orm, logger } = deps;
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
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
