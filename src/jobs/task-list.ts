import type { CronItem, TaskList } from 'graphile-worker';
import type { Config } from '../config.js';
import { EntityType } from '../modules/common/enums.js';
import {
  odooPullCronOptions,
  odooPullTask,
  odooReadBackTask,
  type OdooPullPayload,
  type OdooTaskDeps,
} from './odoo.tasks.js';
import { pruneApiLog, type PruneApiLogPayload } from './prune-api-log.task.js';
import { pruneRateLimitsTask } from './prune-rate-limits.task.js';
import { pushToOdooTask } from './push-to-odoo.task.js';
import { requeueOutboundTask } from './requeue-outbound.task.js';
import { PUSH_TASKS } from '../modules/outbound-queue/outbound-queue.service.js';
import type { LoggedFetch } from '../observability/outbound-http.js';
import { deliverWebhookTask } from '../webhooks/deliver-webhook.task.js';

export type TaskDeps = OdooTaskDeps & {
  maxAttempts: number;
  /** The app's logged fetch, for calls out that are not Odoo's (webhook deliveries): each lands in ApiLog. */
  fetch: LoggedFetch;
  config: Config;
};

/**
 * Every graphile-worker task of the hub, by its snake_case name. Tasks are
 * idempotent and call the same services as the resolvers.
 */
export function createTaskList(deps: TaskDeps): TaskList {
  return {
    prune_api_log: pruneApiLog,
    prune_rate_limits: pruneRateLimitsTask(deps.orm.em),
    odoo_pull: odooPullTask(deps),
    odoo_read_back: odooReadBackTask(deps),
    requeue_outbound: requeueOutboundTask(deps.orm.em),
    // One task per entity type (the same code): each shows on its own in the job table and in logs.
    ...Object.fromEntries(Object.values(PUSH_TASKS).map((name) => [name, pushToOdooTask(deps)])),
    deliver_webhook: deliverWebhookTask({
      em: deps.orm.em,
      fetch: deps.fetch,
      config: deps.config,
      logger: deps.logger,
    }),
  };
}

/** The entity types the scheduled Odoo pull reads, in an order where parents come before what refers to them. */
export const PULLED_TYPES = [
  EntityType.PARTNER,
  EntityType.PRODUCT,
  EntityType.PRICELIST_ITEM,
  EntityType.STOCK,
  EntityType.PURCHASE_ORDER,
  EntityType.SALE_ORDER,
];

/** The hub's schedule; worker.ts hands it to graphile-worker, which runs each item once across all workers. */
export function cronItems(config: Config, odooConfigured: boolean): CronItem[] {
  const prune: PruneApiLogPayload = { retentionDays: config.apiLog.retentionDays };
  const items: CronItem[] = [
    {
      task: 'prune_api_log',
      identifier: 'prune_api_log',
      // Hourly, so each run deletes about an hour of rows rather than a day's worth.
      match: '17 * * * *',
      payload: prune,
      // A missed run needs no catching up: the next one deletes the same rows. jobKey: never two queued.
      options: { backfillPeriod: 0, jobKey: 'prune_api_log', maxAttempts: 5 },
    },
  ];
  items.push({
    task: 'prune_rate_limits',
    identifier: 'prune_rate_limits',
    match: '47 * * * *',
    payload: {},
    options: { backfillPeriod: 0, jobKey: 'prune_rate_limits', maxAttempts: 3 },
  });
  items.push({
    task: 'requeue_outbound',
    identifier: 'requeue_outbound',
    match: '*/5 * * * *',
    payload: {},
    options: { backfillPeriod: 0, jobKey: 'requeue_outbound', maxAttempts: 3 },
  });
  if (!odooConfigured) return items;
  for (const entityType of PULLED_TYPES) {
    const payload: OdooPullPayload = { entityType };
    items.push({
      task: 'odoo_pull',
      identifier: `odoo_pull_${entityType}`,
      match: `*/${config.odoo.pullIntervalMinutes} * * * *`,
      payload,
      // The same key and queue as requestOdooPull's jobs: never two pulls of a type at once, and a
      // pull that waits to retry keeps its attempts (see odooPullCronOptions).
      options: odooPullCronOptions(entityType),
    });
  }
  return items;
}
