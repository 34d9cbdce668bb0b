import { sqlQuery } from '../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { RecordOrigin, type EntityType } from '../domain/enums.js';
import { directionOf, ODOO_WRITER, refuseForeignRecords, type Writer } from '../domain/record-origin.js';
import { dataChanges, nestedChanges, sameJson, type JsonObject } from './diff.js';
import { type EntityChangeEvent } from '../outbox/hub-events.js';
import type { IngestOutcome } from './ingest.types.js';
import { ConcurrentInsert, inRetryingTransaction } from './transaction.js';
import { notifyInTransaction } from '../outbox/notify.js';

/** A column stored beside `data` and compared like one of its keys (e.g. a product's `context`). */
export interface TrackedColumn {
  /** The name it has in changedFields and in the input. */
  field: string;
  column: string;
  sqlType: 'jsonb' | 'text';
  /** `keep`: an input without the field leaves the stored value as it is. */
  whenMissing: 'keep' | 'null';
  /** A JSON object whose changes are named by key in changedFields (`odooStatus.state`), not as a whole. */
  nested?: boolean;
}

/** How one Syncable table is ingested. */
export interface SyncableTable {
  entityType: EntityType;
  table: string;
  tracked: TrackedColumn[];
  /** Columns written on insert only, the same for every row of the table (a sale order's direction). */
  insertOnly?: Record<string, string>;
  /**
   * Runs in the batch's transaction after its rows are written, given the ids of
   * the records that were created or changed (e.g. to replace purchase order lines).
   * It may add changed fields to a record (returned by id), or refuse the batch.
   */
  afterWrite?: (tx: EntityManager, written: WrittenRecord[], all: StoredRef[]) => Promise<void>;
  /**
   * Keys to serialise concurrent batches on, before any row is read (taken as
   * advisory locks, sorted): partners lock their keys and their parents', so a
   * child and its parent arriving in two concurrent batches are linked.
   */
  lockKeys?: (records: SyncableRecord[]) => string[];
  /** Extra changed fields of existing records, found by a second look (purchase order lines). */
  extraChanges?: (tx: EntityManager, existing: StoredRef[]) => Promise<Map<string, string[]>>;
}

/** One input record, in the hub's shape. */
export interface SyncableRecord {
  externalId: string;
  data: JsonObject;
  odooId?: number | null;
  idempotencyKey?: string | null;
  /** Values of the table's tracked columns, by field name (undefined: not given). */
  tracked?: Record<string, unknown>;
  /** Anything afterWrite needs (purchase order lines). */
  extra?: unknown;
}

export interface StoredRef {
  id: string;
  externalId: string;
  record: SyncableRecord;
}

export interface WrittenRecord extends StoredRef {
  isNew: boolean;
  changedFields: string[];
}

interface StoredRow {
  id: string;
  external_id: string;
  current_data: JsonObject;
  idempotency_key: string | null;
  origin: string;
  owner_user_id: string | null;
  deleted_at: Date | null;
  [column: string]: unknown;
}

const q = (name: string) => `"${name}"`;

/**
 * The one ingest path for Syncable records: one transaction, a constant number
 * of statements whatever the batch size (lock the existing rows, insert the new,
 * update the changed, notify), with the diff computed in one pass in between.
 * Unchanged records and repeated deliveries (same idempotencyKey) write nothing.
 */
export async function ingestSyncable(
  em: EntityManager,
  spec: SyncableTable,
  records: SyncableRecord[],
  /**
   * Odoo's side (the default) or a webshop door: a webshop writer may not change
   * records it does not own (FORBIDDEN, nothing written), stamps its origin on
   * the records it creates, and its changes go to the webhooks towards Odoo.
   */
  writer: Writer = ODOO_WRITER,
): Promise<IngestOutcome> {
  if (!records.length) return { created: 0, updated: 0, unchanged: 0, changes: [] };
  // Rows are locked in key order, so concurrent batches cannot deadlock each other.
  const sorted = [...records].sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
  return inRetryingTransaction(em, async (tx) => {
    const table = q(spec.table);
    if (spec.lockKeys) {
      await sqlQuery(
        tx,
        `select pg_advisory_xact_lock(hashtext($1 || ':' || k)) from unnest($2::text[]) as k order by k`,
        [spec.table, [...new Set(spec.lockKeys(sorted))]],
      );
    }
    const trackedCols = spec.tracked.map((t) => `, ${q(t.column)}`).join('');
    const stored = await sqlQuery<StoredRow>(
      tx,
      `select "id", "external_id", "current_data", "idempotency_key", "origin", "owner_user_id", "deleted_at"${trackedCols}
         from ${table} where "external_id" = any($1::text[]) order by "external_id" for update`,
      [sorted.map((r) => r.externalId)],
    );
    refuseForeignRecords(spec.entityType, stored, writer);
    const byKey = new Map(stored.map((row) => [row.external_id, row]));
    const existingRefs = sorted
      .filter((r) => byKey.has(r.externalId))
      .map((r) => ({ id: byKey.get(r.externalId)!.id, externalId: r.externalId, record: r }));
    const extra = spec.extraChanges ? await spec.extraChanges(tx, existingRefs) : new Map<string, string[]>();

    const inserts: WrittenRecord[] = [];
    const updates: WrittenRecord[] = [];
    let unchanged = 0;
    for (const record of sorted) {
      const row = byKey.get(record.externalId);
      if (!row) {
        // New: every key of its data counts as changed.
        inserts.push({
          id: uuidv7(),
          externalId: record.externalId,
          record,
          isNew: true,
          changedFields: dataChanges(null, record.data),
        });
        continue;
      }
      // A tombstone whose key comes again is revived: the record exists (again), whatever else changed.
      const revived = row.deleted_at !== null;
      if (!revived && record.idempotencyKey != null && record.idempotencyKey === row.idempotency_key) {
        unchanged++; // a repeated delivery of what was already applied
        continue;
      }
      const changed = new Set(dataChanges(row.current_data, record.data));
      if (revived) changed.add('deletedAt');
      for (const t of spec.tracked) {
        const value = valueOf(record, t, row[t.column]);
        if (sameJson(value ?? null, row[t.column] ?? null)) continue;
        if (t.nested) for (const field of nestedChanges(t.field, row[t.column], value)) changed.add(field);
        else changed.add(t.field);
      }
      for (const field of extra.get(row.id) ?? []) changed.add(field);
      if (!changed.size) {
        unchanged++;
        continue;
      }
      updates.push({
        id: row.id,
        externalId: record.externalId,
        record,
        isNew: false,
        changedFields: [...changed].sort(),
      });
    }

    const changes: EntityChangeEvent[] = [];
    if (inserts.length) {
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `insert into ${table} ("id", "external_id", "odoo_id", "current_data", "changed_fields", "processing_state",
                               "is_new", "idempotency_key", "created_at", "updated_at", "origin", "owner_user_id"${trackedCols}${insertOnlyCols(spec)})
         select r."id", r."external_id", r."odoo_id", r."current_data", r."changed_fields", 'pending',
                true, r."idempotency_key", now(), now(), $2, $3::uuid${spec.tracked.map((t) => `, r.${q(t.column)}`).join('')}${insertOnlyValues(spec)}
           from jsonb_to_recordset($1::jsonb) as r(${recordsetColumns(spec)})
         on conflict ("external_id") do nothing
         returning "id", "updated_at"`,
        [
          JSON.stringify(inserts.map((w) => rowJson(spec, w, w.changedFields, null))),
          writer.origin,
          writer.origin === RecordOrigin.WEBSHOP ? writer.userId : null,
        ],
      );
      // Another batch inserted one of these keys after our look: retry, and see it.
      if (rows.length !== inserts.length)
        throw new ConcurrentInsert(`${inserts.length - rows.length} concurrent insert(s)`);
      const at = new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
      for (const w of inserts) changes.push(change(spec, w, at.get(w.id)!));
    }
    if (updates.length) {
      // A record claimed by the webshop stays PROCESSING; its acknowledgement sees
      // updated_at > fetched_at and puts it back to PENDING, so the change is not lost.
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `update ${table} t set
            "previous_data" = t."current_data", "current_data" = r."current_data", "changed_fields" = r."changed_fields",
            "processing_state" = case when t."processing_state" = 'processing' then 'processing' else 'pending' end,
            "is_new" = false, "idempotency_key" = r."idempotency_key", "odoo_id" = coalesce(r."odoo_id", t."odoo_id"),
            "error_message" = null, "deleted_at" = null, "updated_at" = clock_timestamp()${spec.tracked.map((t) => `, ${q(t.column)} = r.${q(t.column)}`).join('')}
           from jsonb_to_recordset($1::jsonb) as r(${recordsetColumns(spec)})
          where t."id" = r."id"
          returning t."id", t."updated_at"`,
        [JSON.stringify(updates.map((w) => rowJson(spec, w, w.changedFields, byKey.get(w.externalId)!)))],
      );
      const at = new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
      for (const w of updates) changes.push(change(spec, w, at.get(w.id)!));
    }
    if (spec.afterWrite) {
      const newIds = new Map(inserts.map((w) => [w.externalId, w.id]));
      const allRefs = sorted.map((r) => ({
        id: byKey.get(r.externalId)?.id ?? newIds.get(r.externalId)!,
        externalId: r.externalId,
        record: r,
      }));
      await spec.afterWrite(tx, [...inserts, ...updates], allRefs);
    }
    await notifyInTransaction(
      tx,
      changes.map((c) => ({ kind: 'entity', change: c, direction: directionOf(writer) })),
    );
    return { created: inserts.length, updated: updates.length, unchanged, changes };
  });
}

/** The value an input gives a tracked column; `keep` columns fall back to what is stored. */
function valueOf(record: SyncableRecord, t: TrackedColumn, stored?: unknown): unknown {
  const given = record.tracked?.[t.field];
  if (given === undefined) return t.whenMissing === 'keep' ? (stored ?? null) : null;
  return given;
}

function rowJson(
  spec: SyncableTable,
  w: WrittenRecord,
  changedFields: string[],
  stored: StoredRow | null,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: w.id,
    external_id: w.externalId,
    odoo_id: w.record.odooId ?? null,
    current_data: w.record.data,
    changed_fields: changedFields,
    idempotency_key: w.record.idempotencyKey ?? null,
  };
  for (const t of spec.tracked) row[t.column] = valueOf(w.record, t, stored?.[t.column]) ?? null;
  return row;
}

function recordsetColumns(spec: SyncableTable): string {
  const base = [
    '"id" uuid',
    '"external_id" text',
    '"odoo_id" int',
    '"current_data" jsonb',
    '"changed_fields" jsonb',
    '"idempotency_key" text',
  ];
  return [...base, ...spec.tracked.map((t) => `${q(t.column)} ${t.sqlType}`)].join(', ');
}

function insertOnlyCols(spec: SyncableTable): string {
  return Object.keys(spec.insertOnly ?? {})
    .map((c) => `, ${q(c)}`)
    .join('');
}

function insertOnlyValues(spec: SyncableTable): string {
  // Fixed values from the table spec (code, not input), quoted as SQL literals.
  return Object.values(spec.insertOnly ?? {})
    .map((v) => `, '${v.replace(/'/g, "''")}'`)
    .join('');
}

function change(spec: SyncableTable, w: WrittenRecord, at: Date): EntityChangeEvent {
  return {
    entityType: spec.entityType,
    id: w.id,
    externalId: w.externalId,
    changedFields: w.changedFields,
    isNew: w.isNew,
    changedAt: at,
  };
}
