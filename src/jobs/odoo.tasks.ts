import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobHelpers, Task } from 'graphile-worker';
import { z } from 'zod';
import { EntityType, FailureSource } from '../modules/common/enums.js';
import { recordSyncFailure } from '../modules/sync-failure/sync-failure.service.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import { OdooError } from '../odoo/odoo-error.js';
import { MODEL_ENTITY } from '../odoo/odoo-models.js';
import { pullFromOdoo, readBack, resetCursor } from '../odoo/odoo-pull.service.js';
import type { Logger } from '../observability/logger.js';

export interface OdooTaskDeps {
  orm: MikroORM;
  odoo: OdooClient | null;
  logger: Logger;
}

const PullPayload = z.object({ entityType: z.enum(EntityType), full: z.boolean().default(false) });
export type OdooPullPayload = z.input<typeof PullPayload>;

const ReadBackPayload = z.object({
  model: z.string().refine((m) => m in MODEL_ENTITY),
  id: z.number().int().positive(),
});
export type OdooReadBackPayload = z.infer<typeof ReadBackPayload>;

/** Most tries of an Odoo task; graphile-worker waits exp(attempt) seconds between them. */
export const ODOO_MAX_ATTEMPTS = 10;

/**
 * A transient Odoo error is thrown, so graphile-worker retries with backoff. A
 * permanent one, or the last attempt's, opens a SyncFailure (source ODOO) and
 * completes the job: a failed job must not sit in the queue, retried for nothing.
 */
async function withOdooFailures(
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
    if (err instanceof OdooError && err.transient && !lastTry) throw err;
    const message =
      err instanceof OdooError ? `${err.odooName}: ${err.message}` : String((err as Error).message ?? err);
    await recordSyncFailure(deps.orm.em, { ...what, source: FailureSource.ODOO, errorMessage: message });
    helpers.logger.error(`gave up after ${helpers.job.attempts} attempt(s): ${message}`);
  }
}

/** odoo_pull: the incremental pull of one entity type (scheduled, or asked for by requestOdooPull). */
export function odooPullTask(deps: OdooTaskDeps): Task {
  return async (payload, helpers) => {
    const { entityType, full } = PullPayload.parse(payload);
    await withOdooFailures(deps, helpers, { entityType, externalId: `odoo:pull:${entityType}` }, async (odoo) => {
      // A full pull restarts from the beginning once; its retries continue where it got to.
      if (full && helpers.job.attempts === 1) await resetCursor(deps.orm.em, entityType);
      const report = await pullFromOdoo(odoo, deps.orm.em, entityType);
      helpers.logger.info(
        `pulled ${entityType}: ${report.read} read, ${report.created} new, ${report.updated} changed`,
        { ...report },
      );
    });
  };
}

/** odoo_read_back: reads the record an Odoo webhook named, and ingests it (the webhook body is never trusted as data). */
export function odooReadBackTask(deps: OdooTaskDeps): Task {
  return async (payload, helpers) => {
    const { model, id } = ReadBackPayload.parse(payload);
    const entityType = MODEL_ENTITY[model]!;
    await withOdooFailures(deps, helpers, { entityType, externalId: `odoo:${model}:${id}` }, async (odoo) => {
      await readBack(odoo, deps.orm.em, entityType, model, id);
    });
  };
}
