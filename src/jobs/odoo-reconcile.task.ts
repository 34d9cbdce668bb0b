import type { CronItem, CronItemOptions, Task } from 'graphile-worker';
import type { Config } from '../config.js';
import { reconcileType } from '../odoo/pull/deletions.js';
import { ENTITY_TYPES } from '../domain/syncable-types.js';
import { ODOO_MAX_ATTEMPTS, OdooReconcilePayload, odooReconcileJob } from '../outbox/odoo-jobs.js';
import { TASKS } from '../outbox/task-names.js';
import { withOdooFailures, type OdooTaskDeps } from './odoo.tasks.js';

/**
 * odoo_reconcile: one type's rows checked against Odoo, to find records
 * deleted there (src/odoo/pull/deletions.ts `reconcileType`). Failures are an
 * Odoo task's: retried when they may pass, else a SyncFailure
 * (`odoo:reconcile:<type>`).
 */
export function odooReconcileTask(deps: OdooTaskDeps & { config: Config }): Task {
  return async (payload, helpers) => {
    const { entityType } = OdooReconcilePayload.parse(payload);
    const what = { entityType, externalId: `odoo:reconcile:${entityType}` };
    await withOdooFailures(deps, helpers, what, async (odoo) => {
      const changed = await reconcileType(odoo, deps.orm.em, entityType, deps.config.odoo.readChunk);
      helpers.logger.info(`reconciled ${entityType}: ${changed} row(s) changed by deletions in Odoo`);
    });
  };
}

/**
 * The reconciliations' schedule: every ODOO_RECONCILE_INTERVAL_HOURS, at
 * minute 23 (away from the hour's other work), each type in its pull's queue.
 * `unsafe_dedupe`, as the scheduled pulls: one waiting to retry keeps its attempts.
 */
export function reconcileCronItems(config: Config): CronItem[] {
  return ENTITY_TYPES.map((entityType) => {
    const payload: OdooReconcilePayload = { entityType };
    return {
      task: TASKS.odooReconcile,
      identifier: `${TASKS.odooReconcile}_${entityType}`,
      match: `23 */${config.odoo.reconcileIntervalHours} * * *`,
      payload,
      options: {
        backfillPeriod: 0,
        ...odooReconcileJob(entityType),
        jobKeyMode: 'unsafe_dedupe' as CronItemOptions['jobKeyMode'],
        maxAttempts: ODOO_MAX_ATTEMPTS,
      },
    };
  });
}
