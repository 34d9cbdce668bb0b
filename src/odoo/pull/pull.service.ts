import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';
import type { IngestOutcome } from '../../ingest/ingest.types.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import type { Domain, OdooClient, RawRecord } from '../odoo-client.js';
import { isUnknownModel } from '../odoo-error.js';
import { isoFromOdoo, odooFromDate } from '../odoo-values.js';
import { pullEstimated, pullPageDone } from '../../modules/odoo-pull/pull-progress.service.js';
import { deletedSinceLastPull } from './deletion-census.js';
import { reconcileType, tombstoneIfGone } from './deletions.js';
import { PULLED_MODELS } from './pulled-models.js';
import { sourceDomain, sourceFields, WITH_ARCHIVED, type PullSource, type PulledModel } from './pull-source.js';

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
  /** The records of the pulled type that were created or changed, with their changed fields (the first MAX_LISTED_CHANGES). */
  changes: PulledChange[];
  /** Created or changed records left out of `changes`. */
  changesNotListed: number;
  /** Records written beside the pulled type (a product's `list_price` PricelistItem), created or changed. */
  relatedWrites: number;
  /** Records tombstoned because the deletion census found Odoo deleted some since the last pull. */
  tombstoned: number;
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

/** Most changes a PullReport lists; past it only counts grow (a full pull of 100,000 records stays small). */
export const MAX_LISTED_CHANGES = 1000;

export interface PullOptions {
  pageSize?: number;
  /** ODOO_PULL_LOOKBACK_SECONDS: how far behind its cursor an incremental pull starts. */
  lookbackSeconds?: number;
  /**
   * Keep the type's odoo_pull_progress row (which the job started) up to date:
   * Odoo's count of what the passes will read, then one statement per page, in
   * the page's transaction. Off for pulls outside a job (tests, startHubWithCatalog).
   */
  reportProgress?: boolean;
}

/**
 * Incremental pull of one entity type: pages of `search_read` on the main
 * model, then on each companion model, each from its own cursor; every page
 * is ingested through the one ingest path and the cursor moved past it in the
 * SAME transaction (a failed page commits nothing and leaves the cursor where
 * it was, so the retry reads it again). `full` starts from the beginning. An
 * Odoo error propagates (OdooError) for the caller's retry policy.
 *
 * **Late commits: the look-back.** Odoo dates a write with its transaction's
 * START (odoo/models.py `_write` sets write_date to `self.env.cr.now()`, 17+;
 * SQL `now()` at time zone UTC in 16, which is also the transaction's start),
 * so an import or a cron that runs for minutes commits rows dated minutes in
 * the past, behind a cursor another pull already moved on. Each incremental
 * pull therefore starts `lookbackSeconds` (ODOO_PULL_LOOKBACK_SECONDS, 900)
 * before its cursor; what it reads again unchanged writes nothing (the diff).
 * A transaction open longer than the look-back needs `requestOdooPull(full: true)`.
 *
 * **Pages without a growing domain.** Odoo reads write_date out to the second
 * ("2026-01-31 17:06:34") but stores it finer and orders by the stored value,
 * so a page is a prefix of `write_date asc, id asc` whose last second may be
 * cut: records of that second can sort after the page's last one whatever
 * their id. When a page is full, the records before its last second are
 * ingested and that second is read whole, by id keyset (`write_date` within that second and `id > last`, `id asc`), and
 * the next page starts at the second after it. Every domain names at most two
 * dates and one id, even for 100,000 records written in one second.
 *
 * **Deletions.** After the passes, a census of the main model (deletion-census.ts)
 * tells in three calls whether Odoo deleted records since the last pull; if
 * so, the type is reconciled (deletions.ts) and the tombstones counted in the
 * report. A pull from the beginning only takes the census: its caller
 * reconciles the type anyway.
 */
export async function pullFromOdoo(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  options: PullOptions = {},
): Promise<PullReport> {
  const spec = pulledModel(entityType);
  const pageSize = options.pageSize ?? PULL_PAGE_SIZE;
  const lookback = options.lookbackSeconds ?? 0;
  const report: PullReport = {
    entityType,
    pages: 0,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    changes: [],
    changesNotListed: 0,
    relatedWrites: 0,
    tombstoned: 0,
  };
  // A companion of a module this Odoo lacks (stock.picking without sale_stock) has nothing to follow.
  const companions = await installed(odoo, spec.companions ?? []);
  const from = async (key: string) => behind((await readCursor(em, key)).writeDate, lookback);
  const mainFrom = await from(cursorKey(entityType));
  const companionFrom = new Map<PullSource, string | null>();
  for (const companion of companions) {
    const key = cursorKey(entityType, companion);
    let start = companion.afterCursorOnly ? (await readCursor(em, key)).writeDate : await from(key);
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
  const progress = options.reportProgress ? entityType : null;
  if (progress) {
    const counts = await Promise.all(
      [[spec, mainFrom] as const, ...companions.map((c) => [c, companionFrom.get(c)!] as const)].map(
        ([source, start]) => countFrom(odoo, source, start),
      ),
    );
    await pullEstimated(
      em,
      entityType,
      counts.reduce((a, b) => a + b, 0),
    );
  }
  const pass = (source: PullSource, key: string, start: string | null) =>
    pullSource(odoo, em, source, key, start, pageSize, report, progress);
  await pass(spec, cursorKey(entityType), mainFrom);
  for (const companion of companions) {
    await pass(companion, cursorKey(entityType, companion), companionFrom.get(companion)!);
  }
  if (reconcileFrom && spec.reconcile) {
    const outcome = await spec.reconcile(odoo, em, reconcileFrom);
    report.updated += outcome.updated;
    report.created += outcome.created;
    listChanges(report, outcome.changes);
  }
  const deleted = await deletedSinceLastPull(odoo, em, entityType, spec);
  if (deleted && mainFrom !== null) {
    report.tombstoned = await reconcileType(odoo, em, entityType, odoo.readChunk);
  }
  await markPulled(em, [cursorKey(entityType), ...companions.map((c) => cursorKey(entityType, c))]);
  return report;
}

/** A cursor's second moved `seconds` back (null stays null: a pull from the beginning). */
function behind(cursor: string | null, seconds: number): string | null {
  if (cursor === null || seconds <= 0) return cursor;
  return odooFromDate(new Date(Date.parse(isoFromOdoo(cursor)) - seconds * 1000));
}

/** The second after a write_date second. */
const nextSecond = (second: string): string => odooFromDate(new Date(Date.parse(isoFromOdoo(second)) + 1000));

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
  progress: EntityType | null,
): Promise<void> {
  const scope = await sourceDomain(odoo, source);
  const fields = [...(await sourceFields(odoo, source)), 'write_date'];
  const ingest = (page: RawRecord[], second: string) =>
    ingestPage(odoo, em, source, key, page, second, report, progress);
  /** The records of one write_date second after `afterId`, by id, a page at a time. */
  const readSecond = async (second: string, afterId: number) => {
    const after = nextSecond(second);
    for (;;) {
      const inSecond = await odoo.searchRead(
        source.model,
        [['write_date', '>=', second], ['write_date', '<', after], ['id', '>', afterId], ...scope],
        { fields, limit: pageSize, order: 'id asc', context: WITH_ARCHIVED },
      );
      if (!inSecond.length) break;
      await ingest(inSecond, second);
      if (inSecond.length < pageSize) break;
      afterId = inSecond.at(-1)!.id;
    }
    return after;
  };
  let since = start;
  if (source.afterCursorOnly && since !== null) {
    // The rest of the cursor's second, then the seconds after it: nothing the cursor passed is read again.
    since = await readSecond(since, (await readCursor(em, key)).lastId);
  }
  for (;;) {
    const page = await odoo.searchRead(source.model, [...sinceDomain(since), ...scope], {
      fields,
      limit: pageSize,
      order: 'write_date asc, id asc',
      context: WITH_ARCHIVED,
    });
    if (!page.length) break;
    const lastSecond = String(page.at(-1)!.write_date);
    if (page.length < pageSize) {
      await ingest(page, lastSecond);
      break;
    }
    // A full page may have cut its last second: what comes before it is ingested, that second is read whole, by id.
    const before = page.filter((r) => r.write_date !== lastSecond);
    if (before.length) await ingest(before, String(before.at(-1)!.write_date));
    since = await readSecond(lastSecond, 0);
  }
}

const sinceDomain = (since: string | null): Domain => (since === null ? [] : [['write_date', '>=', since]]);

/** How many records a pass from `start` will read, by Odoo's search_count (the progress's estimate). */
async function countFrom(odoo: OdooClient, source: PullSource, start: string | null): Promise<number> {
  const domain = [...sinceDomain(start), ...(await sourceDomain(odoo, source))];
  return (await odoo.call(source.model, 'search_count', null, { domain, context: WITH_ARCHIVED })) as number;
}

/** One page read from Odoo, written with the cursor's move to `second` (and the progress) in one transaction. */
async function ingestPage(
  odoo: OdooClient,
  em: EntityManager,
  source: PullSource,
  key: string,
  page: RawRecord[],
  second: string,
  report: PullReport,
  progress: EntityType | null,
): Promise<void> {
  // Everything the page needs from Odoo is read before anything is written.
  const write = await source.load(odoo, page);
  const outcomes = await inRetryingTransaction(em, async (tx) => {
    const written = await write(tx);
    await moveCursor(tx, key, second, page.at(-1)!.id);
    if (progress) await pullPageDone(tx, progress, page.length);
    return written;
  });
  tally(report, page.length, outcomes);
}

/** Adds changes to the report's list, up to MAX_LISTED_CHANGES; the rest are only counted. */
function listChanges(report: PullReport, changes: readonly PulledChange[]): void {
  for (const c of changes) {
    if (report.changes.length < MAX_LISTED_CHANGES) {
      report.changes.push({ externalId: c.externalId, changedFields: c.changedFields, isNew: c.isNew });
    } else report.changesNotListed++;
  }
}

function tally(report: PullReport, read: number, [own, ...related]: IngestOutcome[]): void {
  report.pages++;
  report.read += read;
  if (own) {
    report.created += own.created;
    report.updated += own.updated;
    report.unchanged += own.unchanged;
    listChanges(report, own.changes);
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

/** A cursor: the write_date second it reached (null: none yet) and the id of the last record read in it. */
async function readCursor(em: EntityManager, key: string): Promise<{ writeDate: string | null; lastId: number }> {
  const [row] = await sqlQuery<{ write_date: string | null; last_id: number | null }>(
    em.fork(),
    `select "write_date", "last_id" from "odoo_cursor" where "entity_type" = $1`,
    [key],
  );
  return { writeDate: row?.write_date ?? null, lastId: row?.last_id ?? 0 };
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
    fields: [...(await sourceFields(odoo, source)), 'write_date'],
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
