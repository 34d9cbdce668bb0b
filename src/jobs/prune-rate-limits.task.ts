import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { pruneExpired } from '../modules/rate-limit/rate-limit.service.js';

/**
 * prune_rate_limits: deletes rate-limit counters past their expiry (each would
 * start from zero at its next hit anyway), so counters for e-mails and addresses
 * that were tried once do not pile up. Scheduled hourly (task-list.ts).
 */
export function pruneRateLimitsTask(em: EntityManager): Task {
  return async (_payload, helpers) => {
    const deleted = await pruneExpired(em.fork());
    helpers.logger.info(`pruned ${deleted} expired rate-limit counter(s)`, { deleted });
  };
}
