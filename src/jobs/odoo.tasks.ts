import type { MikroORM } from '@mikro-orm/postgresql';
import type { CronItemOptions, JobHelpers, Task } from 'graphile-worker';
import { EntityType, FailureSource, PullState } from '../domain/enums.js';
import { pullEnded, pullStarted } from '../modules/odoo-pull/pull-progress.service.js';
import { recordSyncFailure } from '../modules/sync-failure/sync-failure.service.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import { failureText, mayPassOnRetry } from '../odoo/odoo-error.js';
import { MODEL_ENTITY } from '../domain/syncable-types.js';
import { resetCursor } from '../modules/odoo-cursor/odoo-cursor.service.js';
import { repricePricelists } from '../odoo/pull/pricelist-item.js';
import { pullFromOdoo, readBack } from '../odoo/pull/pull.service.js';
import { reconcileType } from '../odoo/pull/deletions.js';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import {
  ODOO_MAX_ATTEMPTS,
  OdooPullPayload,
  OdooReadBackPayload,
  odooPullJob,
  RepricePricelistPayload,
} from '../outbox/odoo-jobs.js';

export interface OdooTaskDeps {
  orm: MikroORM;
  odoo: OdooClient | null;
  logger: Logger;
}

/**
 * The scheduled pull's job options. Not graphile-worker's default `replace`:
 * that resets the attempts of a pull waiting to retry, so with Odoo down a
 * schedule shorter than the backoff would start the count again every few
 * minutes and never open the SyncFailure. `unsafe_dedupe` adds nothing while
 * a pull of the type is queued, retrying or running (the next tick catches up
 * on what a running one missed). graphile-worker's cron passes the mode to
 * add_job as it is; its type lists only the other two.
 */
export function odooPullCronOptions(entityType: EntityType): CronItemOptions {
  return {
    backfillPeriod: 0,
    ...odooPullJob(entityType),
    jobKeyMode: 'unsafe_dedupe' as CronItemOptions['jobKeyMode'],
    maxAttempts: ODOO_MAX_ATTEMPTS,
  };
}

/**
 * A transient failure (Odoo's: network, timeout, 5xx and HTML pages,
 * conflicts; or the hub's own, e.g. its database restarting) is thrown, so
 * graphile-worker retries with backoff. A permanent one (Odoo's business and
 * access errors, data the hub refuses), or the last attempt's, opens a
 * SyncFailure (source ODOO) and completes the job: a job failed for good would
 * sit in the queue, and would hold its key against the scheduled pulls.
 */
export async function withOdooFailures(
  deps: OdooTaskDeps,
  helpers: JobHelpers,
  what: { entityType: EntityType; externalId: string },
  run: (odoo: OdooClient) => Promise<void>,
): Promise<void> {
  if (!deps.odoo) {
    helpers.logger.warn('Odoo is not configured (ODOO_URL, ODOO_DB, ODOO_USERNAME, ODOO_API_KEY); job skipped');
    return;
  }
  try {
    await run(deps.odoo);
  } catch (err) {
    const lastTry = helpers.job.attempts >= helpers.job.max_attempts;
    const message = failureText(err);
    if (mayPassOnRetry(err) && !lastTry) {
      helpers.logger.warn(
        `attempt ${helpers.job.attempts} of ${helpers.job.max_attempts} failed, will retry: ${message}`,
      );
      throw err;
    }
    try {
      await recordSyncFailure(deps.orm.em, { ...what, source: FailureSource.ODOO, errorMessage: message });
    } catch (recordErr) {
      helpers.logger.error(`could not record the sync failure: ${String((recordErr as Error).message ?? recordErr)}`);
    }
    helpers.logger.error(`gave up after ${helpers.job.attempts} attempt(s): ${message}`);
  }
}

/**
 * odoo_pull: the incremental pull of one entity type (scheduled, or asked for
 * by requestOdooPull). A full pull also reconciles the type's ids with Odoo's
 * (src/odoo/pull/deletions.ts): it reads everything, so it finds deletions too.
 */
export function odooPullTask(deps: OdooTaskDeps & { config: Config }): Task {
  return async (payload, helpers) => {
    const { entityType, full } = OdooPullPayload.parse(payload);
    await withOdooFailures(deps, helpers, { entityType, externalId: `odoo:pull:${entityType}` }, async (odoo) => {
      // Each attempt is a run of its own in odoo_pull_progress; how it ended is told there too.
      await pullStarted(deps.orm.em, entityType, full);
      try {
        await pullAndReconcile(deps, helpers, odoo, entityType, full);
      } catch (err) {
        const retried = mayPassOnRetry(err) && helpers.job.attempts < helpers.job.max_attempts;
        // The pull's own error is the one to handle (retry or SyncFailure), even if this write fails too.
        await pullEnded(
          deps.orm.em,
          entityType,
          retried ? PullState.RETRYING : PullState.FAILED,
          failureText(err),
        ).catch((writeErr: unknown) =>
          helpers.logger.error(`could not record the pull's progress: ${String(writeErr)}`),
        );
        throw err;
      }
      await pullEnded(deps.orm.em, entityType, PullState.SUCCEEDED);
    });
  };
}

async function pullAndReconcile(
  deps: OdooTaskDeps & { config: Config },
  helpers: JobHelpers,
  odoo: OdooClient,
  entityType: EntityType,
  full: boolean,
): Promise<void> {
  // A full pull restarts from the beginning once; its retries continue where it got to.
  if (full && helpers.job.attempts === 1) await resetCursor(deps.orm.em, entityType);
  const report = await pullFromOdoo(odoo, deps.orm.em, entityType, {
    // A full pull starts at the beginning: no cursor to look back from.
    lookbackSeconds: deps.config.odoo.pullLookbackSeconds,
    reportProgress: true,
  });
  const { changes: _changes, ...counts } = report;
  helpers.logger.info(
    `pulled ${entityType}: ${report.read} read, ${report.created} new, ${report.updated} changed, ${report.tombstoned} deleted`,
    counts,
  );
  // Stock reconciles within its full pull (its `reconcile`); the other types here.
  if (full && entityType !== EntityType.STOCK) {
    const changed = await reconcileType(odoo, deps.orm.em, entityType, deps.config.odoo.readChunk);
    helpers.logger.info(`reconciled ${entityType}: ${changed} row(s) changed by deletions in Odoo`);
  }
}

/** Tries a read-back of an announced deletion makes before it takes a record still in Odoo as kept. */
export const DELETION_WAIT_ATTEMPTS = 6;

/** odoo_read_back: reads the record an Odoo webhook named, and ingests it (the webhook body is never trusted as data). */
export function odooReadBackTask(deps: OdooTaskDeps): Task {
  return async (payload, helpers) => {
    const { model, id, deleted } = OdooReadBackPayload.parse(payload);
    const entityType = MODEL_ENTITY[model]!;
    await withOdooFailures(deps, helpers, { entityType, externalId: `odoo:${model}:${id}` }, async (odoo) => {
      // A deletion announced before it committed is looked for again (graphile-worker's backoff: tries about 3 s,
      // 10 s, 30 s, 1½ min and 4 min after the first, past Odoo's limit_time_real of 120 s); at the last try, a
      // record still there was not deleted (its transaction rolled back) and is read back as usual.
      const awaitDeletion = deleted && helpers.job.attempts < DELETION_WAIT_ATTEMPTS;
      await readBack(odoo, deps.orm.em, entityType, model, id, { awaitDeletion });
    });
  };
}

/**
 * reprice_pricelist: a rule of the pricelist opens or closes its date window
 * now (queued for that moment when the pricelist was last priced): its prices
 * are computed again, nothing having been written in Odoo.
 */
export function repricePricelistTask(deps: OdooTaskDeps): Task {
  return async (payload, helpers) => {
    const { pricelistId } = RepricePricelistPayload.parse(payload);
    const what = { entityType: EntityType.PRICELIST_ITEM, externalId: `odoo:product.pricelist:${pricelistId}` };
    await withOdooFailures(deps, helpers, what, async (odoo) => {
      await repricePricelists(odoo, deps.orm.em, [pricelistId]);
    });
  };
}
