import { sqlQuery } from '../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { EntityType } from '../domain/enums.js';
import { type EntityChangeEvent } from '../outbox/hub-events.js';
import type { IngestOutcome } from './ingest.types.js';
import { ConcurrentInsert, inRetryingTransaction } from './transaction.js';
import { notifyInTransaction } from '../outbox/notify.js';

/**
 * A table of one value per pair of keys, with the value before the last change
 * and a "changed" flag the webshop clears: Stock (quantity per supplier and
 * product) and PricelistItem (price per pricelist and product).
 */
export interface KeyedTable<V> {
  entityType: EntityType;
  table: string;
  /** [group key column, product key column]; the product key is the event's externalId. */
  keyColumns: [string, string];
  valueColumn: string;
  previousColumn: string;
  flagColumn: string;
  sqlType: 'float8' | 'numeric';
  /** The name of the value in changedFields. */
  field: string;
  same(stored: V, given: V): boolean;
  /**
   * Numbers kept beside the value (a Stock row's on-hand and reserved
   * quantities). One that changes is a change of the row (its field in
   * changedFields, an event), but the flag and the previous value follow the
   * value alone: they say what the webshop acts on changed. A record that
   * does not give one keeps the stored number.
   */
  beside?: BesideColumn[];
  /**
   * A third, numeric key column, when one pair of keys has several values
   * (PricelistItem: one price per quantity break, `min_quantity`); 0 when a
   * record does not give it.
   */
  rankColumn?: string;
}

export interface BesideColumn {
  /** The name in changedFields and in a record's `beside`. */
  field: string;
  column: string;
}

export interface KeyedRecord<V> {
  keys: [string, string];
  value: V;
  /** The value of the table's rankColumn (default 0). */
  rank?: number;
  /** Numbers of the table's `beside` columns, by field; absent: keep the stored one. */
  beside?: Record<string, number | null>;
}

interface StoredRow {
  id: string;
  k1: string;
  k2: string;
  rank: number;
  value: unknown;
  beside: Record<string, number | null>;
  deleted_at: Date | null;
}

interface Written<V> {
  id: string;
  record: KeyedRecord<V>;
  changedFields: string[];
  valueChanged: boolean;
  /** A tombstone whose key came again (src/ingest/tombstone.ts): revived, its value changed or not. */
  revived?: boolean;
  beside: Record<string, number | null>;
}

const q = (name: string) => `"${name}"`;

/** Same shape as ingestSyncable: lock, insert the new, update the changed, notify; a constant number of statements. */
export async function ingestKeyed<V>(
  em: EntityManager,
  spec: KeyedTable<V>,
  records: KeyedRecord<V>[],
): Promise<IngestOutcome> {
  if (!records.length) return { created: 0, updated: 0, unchanged: 0, changes: [] };
  const keyOf = (k: [string, string], rank = 0) => `${k[0]}\u0000${k[1]}\u0000${rank}`;
  const recordKey = (r: KeyedRecord<V>) => keyOf(r.keys, r.rank);
  const sorted = [...records].sort((a, b) => (recordKey(a) < recordKey(b) ? -1 : recordKey(a) > recordKey(b) ? 1 : 0));
  const [k1, k2] = spec.keyColumns.map(q);
  const table = q(spec.table);
  const beside = spec.beside ?? [];
  const besideJson = beside.length
    ? `jsonb_build_object(${beside.map((b) => `'${b.field}', ${q(b.column)}`).join(', ')})`
    : `'{}'::jsonb`;
  // Without a rank column every row ranks 0: one statement shape for both kinds of table.
  const rank = spec.rankColumn ? q(spec.rankColumn) : null;
  const rankOf = rank ? `${rank}` : '0::float8';
  return inRetryingTransaction(em, async (tx) => {
    const stored = await sqlQuery<StoredRow>(
      tx,
      `select "id", ${k1} as "k1", ${k2} as "k2", ${rankOf} as "rank", ${q(spec.valueColumn)} as "value",
              ${besideJson} as "beside", "deleted_at" from ${table}
        where (${k1}, ${k2}, ${rankOf}) in (select * from unnest($1::text[], $2::text[], $3::float8[]))
        order by ${k1}, ${k2}, ${rankOf} for update`,
      [sorted.map((r) => r.keys[0]), sorted.map((r) => r.keys[1]), sorted.map((r) => r.rank ?? 0)],
    );
    const byKey = new Map(stored.map((row) => [keyOf([row.k1, row.k2], Number(row.rank)), row]));
    const inserts: Written<V>[] = [];
    const updates: Written<V>[] = [];
    let unchanged = 0;
    for (const record of sorted) {
      const row = byKey.get(recordKey(record));
      const given = record.beside ?? {};
      if (!row) {
        const values = Object.fromEntries(beside.map((b) => [b.field, given[b.field] ?? null]));
        inserts.push({ id: uuidv7(), record, changedFields: [spec.field], valueChanged: true, beside: values });
        continue;
      }
      const valueChanged = !spec.same(row.value as V, record.value);
      const values: Record<string, number | null> = {};
      const changedFields = valueChanged ? [spec.field] : [];
      for (const b of beside) {
        const before = row.beside[b.field] ?? null;
        const after = given[b.field] === undefined ? before : given[b.field];
        values[b.field] = after;
        if ((before === null ? null : Number(before)) !== after) changedFields.push(b.field);
      }
      const revived = row.deleted_at !== null;
      if (revived) changedFields.push('deletedAt');
      if (changedFields.length) {
        updates.push({ id: row.id, record, changedFields, valueChanged, revived, beside: values });
      } else unchanged++;
    }
    const besideTypes = beside.map((b) => `, ${q(b.field)} float8`).join('');

    const changes: EntityChangeEvent[] = [];
    const collect = (rows: { id: string; updated_at: Date }[], written: Written<V>[], isNew: boolean) => {
      const at = new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
      for (const w of written) {
        changes.push({
          entityType: spec.entityType,
          id: w.id,
          externalId: w.record.keys[1],
          changedFields: [...w.changedFields].sort(),
          isNew,
          changedAt: at.get(w.id)!,
        });
      }
    };
    if (inserts.length) {
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `insert into ${table} ("id", ${k1}, ${k2}, ${rank ? `${rank}, ` : ''}${q(spec.valueColumn)}, ${q(spec.flagColumn)}${beside.map((b) => `, ${q(b.column)}`).join('')}, "created_at", "updated_at")
         select r."id", r."k1", r."k2", ${rank ? 'r."rank", ' : ''}r."value", true${beside.map((b) => `, r.${q(b.field)}`).join('')}, now(), now()
           from jsonb_to_recordset($1::jsonb) as r("id" uuid, "k1" text, "k2" text, "rank" float8, "value" ${spec.sqlType}${besideTypes})
         on conflict (${k1}, ${k2}${rank ? `, ${rank}` : ''}) do nothing
         returning "id", "updated_at"`,
        [
          JSON.stringify(
            inserts.map((w) => ({
              id: w.id,
              k1: w.record.keys[0],
              k2: w.record.keys[1],
              rank: w.record.rank ?? 0,
              value: w.record.value,
              ...w.beside,
            })),
          ),
        ],
      );
      if (rows.length !== inserts.length)
        throw new ConcurrentInsert(`${inserts.length - rows.length} concurrent insert(s)`);
      collect(rows, inserts, true);
    }
    if (updates.length) {
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `update ${table} t
            set ${q(spec.previousColumn)} = case when r."changed" then t.${q(spec.valueColumn)} else t.${q(spec.previousColumn)} end,
                ${q(spec.valueColumn)} = case when r."changed" then r."value" else t.${q(spec.valueColumn)} end,
                ${q(spec.flagColumn)} = t.${q(spec.flagColumn)} or r."changed" or r."revived"${beside.map((b) => `, ${q(b.column)} = r.${q(b.field)}`).join('')},
                "deleted_at" = null,
                "updated_at" = clock_timestamp()
           from jsonb_to_recordset($1::jsonb) as r("id" uuid, "value" ${spec.sqlType}, "changed" boolean, "revived" boolean${besideTypes})
          where t."id" = r."id"
          returning t."id", t."updated_at"`,
        [
          JSON.stringify(
            updates.map((w) => ({
              id: w.id,
              value: w.record.value,
              changed: w.valueChanged,
              revived: !!w.revived,
              ...w.beside,
            })),
          ),
        ],
      );
      collect(rows, updates, false);
    }
    await notifyInTransaction(
      tx,
      changes.map((c) => ({ kind: 'entity', change: c })),
    );
    return { created: inserts.length, updated: updates.length, unchanged, changes };
  });
}
