import { PUSH_TASK_NAMES, type PushTaskName } from '../domain/syncable-types.js';

/**
 * Every graphile-worker task the hub runs, by name: the names jobs are queued
 * under (here, in src/outbox/) and run by (src/jobs/task-list.ts, which must
 * give each a task: a compile error otherwise). The push tasks come from the
 * registry, one per pushed entity type.
 */
export const TASKS = {
  odooPull: 'odoo_pull',
  odooReadBack: 'odoo_read_back',
  odooReconcile: 'odoo_reconcile',
  repricePricelist: 'reprice_pricelist',
  odooCircuitProbe: 'odoo_circuit_probe',
  deliverWebhook: 'deliver_webhook',
  requeueOutbound: 'requeue_outbound',
  pruneApiLog: 'prune_api_log',
  pruneRateLimits: 'prune_rate_limits',
  pruneChangeLog: 'prune_change_log',
} as const;

export type TaskName = (typeof TASKS)[keyof typeof TASKS] | PushTaskName;

export const TASK_NAMES: readonly TaskName[] = [...Object.values(TASKS), ...PUSH_TASK_NAMES];
