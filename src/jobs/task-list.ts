import type { CronItem, Task, TaskList } from 'graphile-worker';
import type { Config } from '../config.js';
import {
  odooPullCronOptions,
  odooPullTask,
  odooReadBackTask,
  repricePricelistTask,
  type OdooTaskDeps,
} from './odoo.tasks.js';
import { odooReconcileTask, reconcileCronItems } from './odoo-reconcile.task.js';
import { pruneApiLog, type PruneApiLogPayload } from './prune-api-log.task.js';
import { pruneRateLimitsTask } from './prune-rate-limits.task.js';
import { pruneChangeLogTask, type PruneChangeLogPayload } from './prune-change-log.task.js';
import { pushToOdooTask } from './push-to-odoo.task.js';
import { requeueOutboundTask } from './requeue-outbound.task.js';
import { odooCircuitProbeTask } from './odoo-circuit-probe.task.js';
import type { OdooCircuitBreaker } from '../odoo/odoo-circuit.js';
import type { LoggedFetch } from '../observability/outbound-http.js';
import type { Metrics } from '../observability/metrics.js';
import { extractContext, inSpan, SpanKind } from '../observability/tracing.js';
import { deliverWebhookTask } from './deliver-webhook.task.js';
import { type OdooPullPayload } from '../outbox/odoo-jobs.js';
import { TASKS, type TaskName } from '../outbox/task-names.js';
import { PULLED_TYPES, PUSH_TASK_NAMES } from '../domain/syncable-types.js';

export type TaskDeps = OdooTaskDeps & {
  maxAttempts: number;
  /** The app's logged fetch, for calls out that are not Odoo's (webhook deliveries): each lands in ApiLog. */
  fetch: LoggedFetch;
  config: Config;
  /** The Odoo connection's circuit (none without Odoo); `enabled` false with ODOO_CIRCUIT_PROBE_SECONDS=0. */
  circuit?: OdooCircuitBreaker | null;
  /** The instance's metrics: push latency and outcomes, webhook delivery outcomes and lag. */
  metrics?: Metrics;
};

/**
 * Every graphile-worker task of the hub, by its snake_case name (src/outbox/task-names.ts):
 * a name without a task is a compile error. Tasks are idempotent and call the
 * same services as the resolvers.
 */
export function createTaskList(deps: TaskDeps): TaskList {
  const push = pushToOdooTask(deps);
  const tasks: Record<TaskName, Task> = {
    [TASKS.pruneApiLog]: pruneApiLog,
    [TASKS.pruneRateLimits]: pruneRateLimitsTask(deps.orm.em),
    [TASKS.pruneChangeLog]: pruneChangeLogTask,
    [TASKS.odooPull]: odooPullTask(deps),
    [TASKS.odooReadBack]: odooReadBackTask(deps),
    [TASKS.odooReconcile]: odooReconcileTask(deps),
    [TASKS.repricePricelist]: repricePricelistTask(deps),
    [TASKS.requeueOutbound]: requeueOutboundTask(deps.orm.em, deps.circuit ?? null),
    [TASKS.odooCircuitProbe]: odooCircuitProbeTask(deps),
    // One task per pushed entity type (the same code): each shows on its own in the job table and in logs.
    ...(Object.fromEntries(PUSH_TASK_NAMES.map((name) => [name, push])) as Record<
      (typeof PUSH_TASK_NAMES)[number],
      Task
    >),
    [TASKS.deliverWebhook]: deliverWebhookTask({
      em: deps.orm.em,
      fetch: deps.fetch,
      config: deps.config,
      logger: deps.logger,
      metrics: deps.metrics,
    }),
  };
  return Object.fromEntries(Object.entries(tasks).map(([name, task]) => [name, tracedTask(name, task)]));
}

/**
 * `task` inside a span `job <name>`: a child of the `traceparent` its payload
 * carries (a push enqueued by a mutation continues the mutation's trace), a
 * new trace otherwise. With tracing off it is `task` itself.
 */
function tracedTask(name: string, task: Task): Task {
  return (payload, helpers) =>
    inSpan(
      `job ${name}`,
      {
        kind: SpanKind.CONSUMER,
        parent: extractContext(traceCarrier(payload)),
        attributes: { 'job.task': name, 'job.id': helpers.job.id, 'job.attempt': helpers.job.attempts },
      },
      async () => task(payload, helpers),
    );
}

/** The payload's `traceparent`, if it carries one. */
function traceCarrier(payload: unknown): Record<string, unknown> | undefined {
  const traceparent = (payload as { traceparent?: unknown } | null)?.traceparent;
  return typeof traceparent === 'string' ? { traceparent } : undefined;
}

/** The hub's schedule; worker.ts hands it to graphile-worker, which runs each item once across all workers. */
export function cronItems(config: Config, odooConfigured: boolean): CronItem[] {
  const prune: PruneApiLogPayload = { retentionDays: config.apiLog.retentionDays };
  const items: CronItem[] = [
    {
      task: TASKS.pruneApiLog,
      identifier: TASKS.pruneApiLog,
      // Hourly, so each run deletes about an hour of rows rather than a day's worth.
      match: '17 * * * *',
      payload: prune,
      // A missed run needs no catching up: the next one deletes the same rows. jobKey: never two queued.
      options: { backfillPeriod: 0, jobKey: TASKS.pruneApiLog, maxAttempts: 5 },
    },
  ];
  items.push({
    task: TASKS.pruneRateLimits,
    identifier: TASKS.pruneRateLimits,
    match: '47 * * * *',
    payload: {},
    options: { backfillPeriod: 0, jobKey: TASKS.pruneRateLimits, maxAttempts: 3 },
  });
  const pruneLog: PruneChangeLogPayload = { retentionDays: config.changeLogRetentionDays };
  items.push({
    task: TASKS.pruneChangeLog,
    identifier: TASKS.pruneChangeLog,
    match: '27 * * * *',
    payload: pruneLog,
    options: { backfillPeriod: 0, jobKey: TASKS.pruneChangeLog, maxAttempts: 5 },
  });
  items.push({
    task: TASKS.requeueOutbound,
    identifier: TASKS.requeueOutbound,
    match: '*/5 * * * *',
    payload: {},
    options: { backfillPeriod: 0, jobKey: TASKS.requeueOutbound, maxAttempts: 3 },
  });
  if (!odooConfigured) return items;
  for (const entityType of PULLED_TYPES) {
    const payload: OdooPullPayload = { entityType };
    items.push({
      task: TASKS.odooPull,
      identifier: `${TASKS.odooPull}_${entityType}`,
      match: `*/${config.odoo.pullIntervalMinutes} * * * *`,
      payload,
      // The same key and queue as requestOdooPull's jobs: never two pulls of a type at once, and a
      // pull that waits to retry keeps its attempts (see odooPullCronOptions).
      options: odooPullCronOptions(entityType),
    });
  }
  items.push(...reconcileCronItems(config));
  return items;
}
