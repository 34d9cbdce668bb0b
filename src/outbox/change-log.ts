import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import type { EntityType } from '../domain/enums.js';
import type { EntityChangeEvent } from './hub-events.js';

/*
 * The change log (table change_log): every committed entity change, in order.
 *
 * Glossary
 * - position: a change's place in the log (a bigserial). Positions increase in
 *   the order rows are written; a rollback leaves a gap.
 * - straggler: a change with a lower position than P that commits after P's does.
 *   A sequence hands positions out at write time, not at commit, so two
 *   transactions running at once may commit theirs out of order. A reader that
 *   resumes after P finds them through P's `snapshot` (pg_current_snapshot() of the
 *   statement that wrote P): a straggler had not committed then, so that snapshot
 *   does not see its xid. One look-up through change_log_xid_index (from the
 *   snapshot's xmin on), no waiting.
 * - snapshot: what a read saw (pg_current_snapshot()); a live event whose
 *   transaction that snapshot saw was part of the read (see isVisibleIn).
 */

/** Runs one statement: an EntityManager's (sqlQuery) or a bare pg client's. */
export type LogQuery = <T>(text: string, params: readonly unknown[]) => Promise<T[]>;

/** A change read back from the log, with what a reader needs to order and dedupe it. */
export interface LoggedChange extends EntityChangeEvent {
  position: number;
  xid: string;
}

/** Which changes a read wants (the entityChanged subscription's filters). */
export interface ChangeLogFilter {
  entityType?: EntityType | null;
  /** Changes whose changedFields meet these; null or empty: every change. */
  fields?: readonly string[] | null;
}

/**
 * Writes the changes to the log in the caller's transaction (one statement, one
 * row per change) and stamps each with its position. Returns the transaction's
 * id (xid8, as text), which travels in the NOTIFY payload so that a replaying
 * reader can tell which live events its read already saw.
 */
export async function appendToChangeLog(em: EntityManager, changes: readonly EntityChangeEvent[]): Promise<string> {
  const rows = changes.map((c) => ({
    t: c.entityType,
    i: c.id,
    e: c.externalId,
    f: c.changedFields,
    n: c.isNew,
    a: c.changedAt.toISOString(),
  }));
  // jsonb_to_recordset yields the rows in array order, so positions are handed out in
  // the changes' order; the positions returned, sorted, map back by index.
  const written = await sqlQuery<{ position: string; xid: string }>(
    em,
    `insert into change_log (entity_type, record_id, external_id, changed_fields, is_new, changed_at)
     select r.t, r.i, r.e, r.f, r.n, r.a
       from jsonb_to_recordset($1::jsonb) as r(t text, i uuid, e text, f text[], n boolean, a timestamptz)
     returning position, xid::text as xid`,
    [JSON.stringify(rows)],
  );
  if (written.length !== changes.length) throw new Error(`logged ${written.length} of ${changes.length} changes`);
  const positions = written.map((w) => Number(w.position)).sort((a, b) => a - b);
  changes.forEach((c, index) => {
    c.position = positions[index];
  });
  return written[0]!.xid;
}

interface LogRow {
  position: string;
  entity_type: EntityType;
  record_id: string;
  external_id: string;
  changed_fields: string[];
  is_new: boolean;
  changed_at: Date | string;
  xid: string;
}

const COLUMNS = `position::text as position, entity_type, record_id, external_id, changed_fields, is_new, changed_at, xid::text as xid`;

/** The filter's SQL, on parameters $2 (entity type) and $3 (fields). */
const FILTER = `($2::text is null or entity_type = $2) and ($3::text[] is null or changed_fields = '{}' or changed_fields && $3)`;

function filterParams(filter: ChangeLogFilter): [string | null, string[] | null] {
  return [filter.entityType ?? null, filter.fields?.length ? [...filter.fields] : null];
}

function toChange(row: LogRow): LoggedChange {
  return {
    entityType: row.entity_type,
    id: row.record_id,
    externalId: row.external_id,
    changedFields: row.changed_fields,
    isNew: row.is_new,
    changedAt: new Date(row.changed_at),
    position: Number(row.position),
    xid: row.xid,
  };
}

/** One page of a read, and the snapshot it was read in. */
export interface ChangeLogPage {
  changes: LoggedChange[];
  snapshot: Snapshot;
}

/** The next `limit` changes after `after`, in position order. */
export async function readChangeLogPage(
  query: LogQuery,
  after: number,
  filter: ChangeLogFilter,
  limit: number,
): Promise<ChangeLogPage> {
  const rows = await query<LogRow & { snap: string }>(
    `with s as (select pg_current_snapshot()::text as snap)
     select s.snap, c.* from s left join lateral (
       select ${COLUMNS} from change_log where position > $1 and ${FILTER} order by change_log.position limit $4
     ) c on true`,
    [after, ...filterParams(filter), limit],
  );
  return pageOf(rows);
}

/** Where a resumed read starts: the stragglers' bound (see the glossary), or why it cannot. */
export type ResumePoint =
  | { kind: 'ok'; snapshot: string }
  | { kind: 'expired'; oldest: number | null }
  | { kind: 'unknown'; last: number | null };

/**
 * Checks that the log still holds `since` and finds its stragglers' bound. A
 * position in a rollback's gap (never delivered) takes the bound of the row
 * before it; a position older than every row left is expired (pruned).
 */
export async function resumePoint(query: LogQuery, since: number): Promise<ResumePoint> {
  const [row] = await query<{ snapshot: string | null; oldest: string | null; last: string | null }>(
    `select (select snapshot::text from change_log where position <= $1 order by position desc limit 1) as snapshot,
            (select min(position)::text from change_log) as oldest,
            pg_sequence_last_value('change_log_position_seq')::text as last`,
    [since],
  );
  const last = row?.last == null ? null : Number(row.last);
  if (last === null || since > last) return { kind: 'unknown', last };
  if (!row?.snapshot) return { kind: 'expired', oldest: row?.oldest == null ? null : Number(row.oldest) };
  return { kind: 'ok', snapshot: row.snapshot };
}

/**
 * The stragglers of `since` (see the glossary): changes with a lower position
 * whose transactions had not committed when `since` was written (`snapshot`,
 * its row's). One that committed between that moment and `since`'s own commit was
 * seen live before `since` and comes again (same position): the price of not
 * knowing commit order, limited to transactions that committed at the same moment.
 */
export async function readStragglers(
  query: LogQuery,
  since: number,
  snapshot: string,
  filter: ChangeLogFilter,
): Promise<ChangeLogPage> {
  const rows = await query<LogRow & { snap: string }>(
    `with s as (select pg_current_snapshot()::text as snap)
     select s.snap, c.* from s left join lateral (
       select ${COLUMNS} from change_log
        where xid >= pg_snapshot_xmin($4::text::pg_snapshot) and not pg_visible_in_snapshot(xid, $4::text::pg_snapshot)
          and position < $1 and ${FILTER} order by change_log.position
     ) c on true`,
    [since, ...filterParams(filter), snapshot],
  );
  return pageOf(rows);
}

function pageOf(rows: (Partial<LogRow> & { snap: string })[]): ChangeLogPage {
  const snapshot = parseSnapshot(rows[0]?.snap ?? '');
  const changes = rows.filter((r): r is LogRow & { snap: string } => r.position != null).map(toChange);
  return { changes, snapshot };
}

/** A pg_snapshot: transactions below xmin are finished, from xmax on not yet started, xip in progress. */
export interface Snapshot {
  xmin: bigint;
  xmax: bigint;
  xip: ReadonlySet<bigint>;
}

export function parseSnapshot(text: string): Snapshot {
  const [xmin, xmax, xip] = text.split(':');
  if (!xmin || !xmax) throw new Error(`not a pg_snapshot: ${JSON.stringify(text)}`);
  return {
    xmin: BigInt(xmin),
    xmax: BigInt(xmax),
    xip: new Set(xip ? xip.split(',').map((x) => BigInt(x)) : []),
  };
}

/** Whether a read in `snapshot` saw what transaction `xid` committed. */
export function isVisibleIn(xid: string, snapshot: Snapshot): boolean {
  const x = BigInt(xid);
  if (x < snapshot.xmin) return true;
  if (x >= snapshot.xmax) return false;
  return !snapshot.xip.has(x);
}

/**
 * Deletes log rows written before `before`, oldest first, at most `chunk` per
 * statement (each its own short transaction); returns how many. Each statement
 * reads only the `chunk` oldest rows (by the primary key), so a run over a log
 * with nothing to prune reads one chunk, not the whole table.
 */
export async function pruneChangeLogBefore(
  run: (text: string, params: readonly unknown[]) => Promise<number>,
  before: Date,
  chunk: number,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await run(
      `delete from change_log c using (
         select position, logged_at from change_log order by position limit $2
       ) head where c.position = head.position and head.logged_at < $1`,
      [before, chunk],
    );
    deleted += count;
    // A short chunk: the head of the log is younger than the cut-off (a row that
    // came late to its position can keep a few older ones until the next run).
    if (count < chunk) return deleted;
  }
}
