import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';
import type { IngestOutcome } from '../../ingest/ingest.types.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import type { Domain, OdooClient } from '../odoo-client.js';
import { isUnknownModel } from '../odoo-error.js';
import { tombstoneIfGone } from './deletions.js';
import { PULLED_MODELS } from './pulled-models.js';
import { sourceDomain, WITH_ARCHIVED, type PullSource, type PulledModel } from './pull-source.js';

export const PULL_PAGE_SIZE = 500;

/** One record of the pulled type that the pull created or changed. */
export interface PulledChange {
  externalId: string;
  changedFields: string[];
  isNew: boolean;
}

export interface PullReport {
  entityType: EntityType;
  pages: number;
  /** Records read from Odoo (re-reads at the cursor's second and through companions included). */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The records of the pulled type that were created or changed, with their changed fields. */
  changes: PulledChange[];
  /** Records written beside the pulled type (a product's `list_price` PricelistItem), created or changed. */
  relatedWrites: number;
}

export function pulledModel(entityType: EntityType): PulledModel {
  const spec = PULLED_MODELS[entityType];
  if (!spec) throw new Error(`No Odoo pull for ${entityType}`);
  return spec;
}

/**
 * The cursor row of a pulled model: the entity type for its main model,
 * `<entityType>:<model>` for a companion (products: `product:product.template`).
 */
function cursorKey(entityType: EntityType, source?: PullSource): string {
  return source ? `${entityType}:${source.model}` : entityType;
}

/**
 * Incremental pull of one entity type: pages of `search_read` on the main
 * model, then on each companion model, each from its own cursor; every page
 * is ingested through the one ingest path and the cursor moved past it in the
 * SAME transaction (a failed page commits nothing and leaves the cursor where
 * it was, so the retry reads it again). `full` starts from the beginning. An
 * Odoo error propagates (OdooError) for the caller's retry policy.
 *
 * **Why `write_date >= cursor`, and why re-reads are expected.** Odoo reads
 * write_date out to the second ("2026-01-31 17:06:34"), so that is all a
 * cursor can hold, but stores it finer (PostgreSQL keeps microseconds, and a
 * domain compares the stored value) and sets it to the transaction's START.
 * So records can still arrive in the second the cursor stands on after the
 * pull read it: a transaction that began early in that second and committed
 * later. A strict `write_date > cursor` skips such a record for good; a keyset
 * on (write_date, id) skips it too when its id is lower, and never gets past a
 * second holding more records than a page (their stored fractions all compare
 * "after" the whole second, so the same page comes back). So each pull starts
 * at `write_date >= cursor` and re-reads the records of the cursor's second;
 * the diff finds them unchanged and writes nothing (a PullReport counts them
 * as `unchanged`). Within one run the next page starts at the last page's
 * second too, leaving out by id the records of that second already read in
 * this run. A transaction that stays open longer than the pause between pulls
 * can still commit a write_date older than the cursor; `requestOdooPull(full:
 * true)` reads everything again for such cases (unchanged records still write
 * nothing).
 */
export async function pullFromOdoo(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  options: { pageSize?: number } = {},
): Promise<PullReport> {
  const spec = pulledModel(entityType);
  const pageSize = options.pageSize ?? PULL_PAGE_SIZE;
  const report: PullReport = {
    entityType,
    pages: 0,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    changes: [],
    relatedWrites: 0,
  };
  // A companion of a module this Odoo lacks (stock.picking without sale_stock) has nothing to follow.
  const companions = await installed(odoo, spec.companions ?? []);
  const from = (key: string) => readCursor(em, key);
  const mainFrom = await from(cursorKey(entityType));
  const companionFrom = new Map<PullSource, string | null>();
  for (const companion of companions) {
    const key = cursorKey(entityType, companion);
    let start = await from(key);
    if (mainFrom === null && start === null) {
      // A main pass from the start reads every record as it is from now on,
      // the companion's fields included: the companion only needs to read
      // what changes from here (else a first pull would read everything twice).
      start = await latestWriteDate(odoo, companion);
      if (start !== null) await inRetryingTransaction(em, (tx) => moveCursor(tx, key, start!, 0));
    }
    companionFrom.set(companion, start);
  }
  const reconcileFrom = mainFrom === null && spec.reconcile ? await databaseNow(em) : null;
  await pullSource(odoo, em, spec, cursorKey(entityType), mainFrom, pageSize, report);
  for (const companion of companions) {
    await pullSource(
      odoo,
      em,
      companion,
      cursorKey(entityType, companion),
      companionFrom.get(companion)!,
      pageSize,
      report,
    );
  }
  if (reconcileFrom && spec.reconcile) {
    const outcome = await spec.reconcile(odoo, em, reconcileFrom);
    report.updated += outcome.updated;
    report.created += outcome.created;
    for (const c of outcome.changes) {
      report.changes.push({ externalId: c.externalId, changedFields: c.changedFields, isNew: c.isNew });
    }
  }
  await markPulled(em, [cursorKey(entityType), ...companions.map((c) => cursorKey(entityType, c))]);
  return report;
}

/** The sources whose model this Odoo has (asked once per process, through the client's fields cache). */
async function installed(odoo: OdooClient, sources: PullSource[]): Promise<PullSource[]> {
  const present = await Promise.all(
    sources.map((s) =>
      odoo.fields(s.model).then(
        () => true,
        (err: unknown) => {
          if (isUnknownModel(err)) return false;
          throw err;
        },
      ),
    ),
  );
  return sources.filter((_, i) => present[i]);
}

/** Pages of one model from `start` (a write_date second, inclusive; null: the beginning). */
async function pullSource(
  odoo: OdooClient,
  em: EntityManager,
  source: PullSource,
  key: string,
  start: string | null,
  pageSize: number,
  report: PullReport,
): Promise<void> {
  let since = start;
  /** Ids read in this run whose write_date is `since`: the next page leaves them out. */
  let readAtSince: number[] = [];
  const scope = await sourceDomain(odoo, source);
  for (;;) {
    const domain: Domain = [
      ...(since === null ? [] : [['write_date', '>=', since]]),
      ...(readAtSince.length ? [['id', 'not in', readAtSince]] : []),
      ...scope,
    ];
    const page = await odoo.searchRead(source.model, domain, {
      fields: [...source.fields, 'write_date'],
      limit: pageSize,
      order: 'write_date asc, id asc',
      context: WITH_ARCHIVED,
    });
    if (!page.length) break;
    // Everything the page needs from Odoo is read before anything is written.
    const write = await source.load(odoo, page);
    const last = page.at(-1)!;
    const lastDate = String(last.write_date);
    const outcomes = await inRetryingTransaction(em, async (tx) => {
      const written = await write(tx);
      await moveCursor(tx, key, lastDate, last.id);
      return written;
    });
    const atLast = page.filter((r) => r.write_date === lastDate).map((r) => r.id);
    readAtSince = lastDate === since ? [...readAtSince, ...atLast] : atLast;
    since = lastDate;
    tally(report, page.length, outcomes);
    if (page.length < pageSize) break;
  }
}

function tally(report: PullReport, read: number, [own, ...related]: IngestOutcome[]): void {
  report.pages++;
  report.read += read;
  if (own) {
    report.created += own.created;
    report.updated += own.updated;
    report.unchanged += own.unchanged;
    for (const c of own.changes) {
      report.changes.push({ externalId: c.externalId, changedFields: c.changedFields, isNew: c.isNew });
    }
  }
  for (const r of related) report.relatedWrites += r.created + r.updated;
}

/** The newest write_date of a model's records (archived ones included), or null when it has none. */
async function latestWriteDate(odoo: OdooClient, source: PullSource): Promise<string | null> {
  const [newest] = await odoo.searchRead(source.model, await sourceDomain(odoo, source), {
    fields: ['write_date'],
    limit: 1,
    order: 'write_date desc, id desc',
    context: WITH_ARCHIVED,
  });
  return newest ? String(newest.write_date) : null;
}

async function databaseNow(em: EntityManager): Promise<Date> {
  const [row] = await sqlQuery<{ now: Date }>(em.fork(), `select clock_timestamp() as "now"`);
  return new Date(row!.now);
}

async function readCursor(em: EntityManager, key: string): Promise<string | null> {
  const [row] = await sqlQuery<{ write_date: string | null }>(
    em.fork(),
    `select "write_date" from "odoo_cursor" where "entity_type" = $1`,
    [key],
  );
  return row?.write_date ?? null;
}

/** Moves a cursor forward (never back: two pulls racing cannot undo each other's progress). */
async function moveCursor(tx: EntityManager, key: string, writeDate: string, lastId: number): Promise<void> {
  await sqlQuery(
    tx,
    `insert into "odoo_cursor" ("entity_type", "write_date", "last_id") values ($1, $2, $3)
     on conflict ("entity_type") do update set "write_date" = excluded."write_date", "last_id" = excluded."last_id"
      where "odoo_cursor"."write_date" is null or "odoo_cursor"."write_date" <= excluded."write_date"`,
    [key, writeDate, lastId],
  );
}

async function markPulled(em: EntityManager, keys: string[]): Promise<void> {
  await sqlQuery(
    em.fork(),
    `insert into "odoo_cursor" ("entity_type", "pulled_at") select k, now() from unnest($1::text[]) as k
     on conflict ("entity_type") do update set "pulled_at" = excluded."pulled_at"`,
    [keys],
  );
}

/**
 * Odoo still has a record whose deletion was announced: an "On deletion"
 * automation runs before `unlink` removes the row and before its transaction
 * commits (base_automation's patched `unlink` calls the actions first), so the
 * read-back can come too early. Thrown to be tried again.
 */
export class DeletionNotCommitted extends Error {
  override name = 'DeletionNotCommitted';
}

/**
 * Reads one record back from Odoo (a webhook's hint) and ingests it like a
 * pulled one, in one transaction. A product.template stands for its variants.
 * The cursor does not move: the next pull re-reads the record and finds it unchanged.
 * A record Odoo no longer has is tombstoned (src/odoo/pull/deletions.ts).
 * `awaitDeletion`: the hint announced a deletion; a record still there throws
 * DeletionNotCommitted rather than being ingested.
 */
export async function readBack(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  odooModel: string,
  id: number,
  options: { awaitDeletion?: boolean } = {},
): Promise<IngestOutcome[]> {
  const spec = pulledModel(entityType);
  const source = [spec, ...(spec.companions ?? [])].find((s) => s.model === odooModel) ?? spec;
  const page = await odoo.searchRead(source.model, [['id', '=', id], ...(await sourceDomain(odoo, source))], {
    fields: [...source.fields, 'write_date'],
    context: WITH_ARCHIVED,
  });
  if (!page.length) {
    // Deleted in Odoo (tombstoned), or out of the pull's scope (another company: nothing to do).
    const tombstoned = await tombstoneIfGone(odoo, em, entityType, source.model, id);
    return tombstoned ? [tombstoned] : [];
  }
  if (options.awaitDeletion) {
    throw new DeletionNotCommitted(`${source.model} ${id} is still in Odoo: its deletion is not committed (yet)`);
  }
  const write = await source.load(odoo, page);
  return inRetryingTransaction(em, (tx) => write(tx));
}
