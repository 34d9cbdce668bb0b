import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { EntityType } from '../domain/enums.js';
import { MODEL_ENTITY } from '../domain/syncable-types.js';
import { enqueueJob } from './enqueue-job.js';
import { TASKS } from './task-names.js';

/** What an odoo_pull job carries (src/jobs/odoo.tasks.ts runs it). */
export const OdooPullPayload = z.object({ entityType: z.enum(EntityType), full: z.boolean().default(false) });
export type OdooPullPayload = z.input<typeof OdooPullPayload>;

/** What an odoo_read_back job carries: a model the receiver accepts, and a record id. */
export const OdooReadBackPayload = z.object({
  model: z.string().refine((m) => Object.hasOwn(MODEL_ENTITY, m)),
  id: z.number().int().positive(),
  /** The notification announced a deletion (an "On deletion" automation's): wait for it to commit. */
  deleted: z.boolean().default(false),
});
export type OdooReadBackPayload = z.input<typeof OdooReadBackPayload>;

/** What an odoo_reconcile job carries: the entity type whose ids are checked against Odoo's. */
export const OdooReconcilePayload = z.object({ entityType: z.enum(EntityType) });
export type OdooReconcilePayload = z.infer<typeof OdooReconcilePayload>;

/** What a reprice_pricelist job carries: the Odoo pricelist whose rule window opens or closes. */
export const RepricePricelistPayload = z.object({ pricelistId: z.number().int().positive() });
export type RepricePricelistPayload = z.infer<typeof RepricePricelistPayload>;

/**
 * Most tries of an Odoo task; graphile-worker waits exp(attempt) seconds
 * between them (3 s, 7 s, 20 s, … 2¼ h: about 3½ hours in all) before the
 * SyncFailure is opened.
 */
export const ODOO_MAX_ATTEMPTS = 10;

/**
 * Read-backs run in this many named queues, a record always in the same one:
 * a burst of notifications for one record reads it back one job at a time
 * (graphile-worker starts a second job when one with the same key is already
 * running), while different records are read in parallel. A fixed number of
 * queue names, as graphile-worker advises, not one per record.
 */
export const READ_BACK_QUEUES = 8;

/** The job key and queue of a pull: one pull of a type at a time, never two queued. */
export function odooPullJob(entityType: EntityType): { jobKey: string; queueName: string } {
  return { jobKey: `${TASKS.odooPull}:${entityType}`, queueName: `${TASKS.odooPull}:${entityType}` };
}

/** The job key and queue of a read-back of one record. */
export function odooReadBackJob(model: string, id: number): { jobKey: string; queueName: string } {
  const shard = createHash('sha1').update(`${model}:${id}`).digest().readUInt32BE(0) % READ_BACK_QUEUES;
  return { jobKey: `${TASKS.odooReadBack}:${model}:${id}`, queueName: `${TASKS.odooReadBack}:${shard}` };
}

/** Queues a pull now (a queued one is replaced; one running finishes first, then this one runs). */
export async function enqueueOdooPull(em: EntityManager, entityType: EntityType, full = false): Promise<void> {
  const payload: OdooPullPayload = { entityType, full };
  await enqueueJob(em, TASKS.odooPull, payload, { ...odooPullJob(entityType), maxAttempts: ODOO_MAX_ATTEMPTS });
}

/**
 * The job key and queue of a reconciliation: one of a type at a time, in its
 * pull's queue, so a pull and a reconciliation of one type never overlap.
 */
export function odooReconcileJob(entityType: EntityType): { jobKey: string; queueName: string } {
  return { jobKey: `${TASKS.odooReconcile}:${entityType}`, queueName: odooPullJob(entityType).queueName };
}

/** Queues a read-back of one record (one job per record at a time); `deleted`: the hint announced a deletion. */
export async function enqueueOdooReadBack(
  em: EntityManager,
  model: string,
  id: number,
  deleted = false,
): Promise<void> {
  const payload: OdooReadBackPayload = { model, id, deleted };
  await enqueueJob(em, TASKS.odooReadBack, payload, {
    ...odooReadBackJob(model, id),
    maxAttempts: ODOO_MAX_ATTEMPTS,
  });
}

/**
 * Queues the re-pricing of one Odoo pricelist at `runAt`, the moment one of
 * its rules' date windows opens or closes. One job per pricelist: a later
 * call moves the queued one to its own moment.
 */
export async function enqueueRepricePricelist(em: EntityManager, pricelistId: number, runAt: Date): Promise<void> {
  const payload: RepricePricelistPayload = { pricelistId };
  await enqueueJob(em, TASKS.repricePricelist, payload, {
    jobKey: `${TASKS.repricePricelist}:${pricelistId}`,
    maxAttempts: ODOO_MAX_ATTEMPTS,
    runAt,
  });
}

/** The one probe job of an open circuit (src/jobs/odoo-circuit-probe.task.ts). */
export const CIRCUIT_PROBE_JOB_KEY = TASKS.odooCircuitProbe;

/**
 * Queues the circuit's probe at `runAt`. A probe already waiting keeps its own
 * time (it is never postponed by pushes failing meanwhile); one running goes on,
 * and this one follows it.
 */
export async function enqueueCircuitProbe(em: EntityManager, runAt: Date): Promise<void> {
  await enqueueJob(
    em,
    TASKS.odooCircuitProbe,
    {},
    { jobKey: CIRCUIT_PROBE_JOB_KEY, jobKeyMode: 'preserve_run_at', maxAttempts: ODOO_MAX_ATTEMPTS, runAt },
  );
}
