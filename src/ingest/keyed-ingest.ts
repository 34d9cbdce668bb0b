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
  /**
   * A third, numeric key column, when one pair of keys has several values
   * (PricelistItem: one price per quantity break, `min_quantity`); 0 when a
   * record does not give it.
   */
  rankColumn?: string;
  valueColumn: string;
  previousColumn: string;
  flagColumn: string;
  sqlType: 'float8' | 'numeric';
  /** The name of the value in changedFields. */
  field: string;
  same(stored: V, given: V): boolean;
}

export interface KeyedRecord<V> {
  keys: [string, string];
  /** The value of the table's rankColumn (default 0). */
  rank?: number;
  value: V;
}

interface StoredRow {
  id: string;
  k1: string;
  k2: string;
  rank: number;
  value: unknown;
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
  // Without a rank column every row ranks 0: one statement shape for both kinds of table.
  const rank = spec.rankColumn ? q(spec.rankColumn) : null;
  const rankOf = rank ? `${rank}` : '0::float8';
  const table = q(spec.table);
  return inRetryingTransaction(em, async (tx) => {
    const stored = await sqlQuery<StoredRow>(
      tx,
      `select "id", ${k1} as "k1", ${k2} as "k2", ${rankOf} as "rank", ${q(spec.valueColumn)} as "value" from ${table}
        where (${k1}, ${k2}, ${rankOf}) in (select * from unnest($1::text[], $2::text[], $3::float8[]))
        order by ${k1}, ${k2}, ${rankOf} for update`,
      [sorted.map((r) => r.keys[0]), sorted.map((r) => r.keys[1]), sorted.map((r) => r.rank ?? 0)],
    );
    const byKey = new Map(stored.map((row) => [keyOf([row.k1, row.k2], Number(row.rank)), row]));
    const inserts: { id: string; record: KeyedRecord<V> }[] = [];
    const updates: { id: string; record: KeyedRecord<V> }[] = [];
    let unchanged = 0;
    for (const record of sorted) {
      const row = byKey.get(recordKey(record));
      if (!row) inserts.push({ id: uuidv7(), record });
      else if (spec.same(row.value as V, record.value)) unchanged++;
      else updates.push({ id: row.id, record });
    }

    const changes: EntityChangeEvent[] = [];
    const collect = (rows: { id: string; updated_at: Date }[], written: typeof inserts, isNew: boolean) => {
      const at = new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
      for (const w of written) {
        changes.push({
          entityType: spec.entityType,
          id: w.id,
          externalId: w.record.keys[1],
          changedFields: [spec.field],
          isNew,
          changedAt: at.get(w.id)!,
        });
      }
    };
    if (inserts.length) {
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `insert into ${table} ("id", ${k1}, ${k2}, ${rank ? `${rank}, ` : ''}${q(spec.valueColumn)}, ${q(spec.flagColumn)}, "created_at", "updated_at")
         select r."id", r."k1", r."k2", ${rank ? 'r."rank", ' : ''}r."value", true, now(), now()
           from jsonb_to_recordset($1::jsonb) as r("id" uuid, "k1" text, "k2" text, "rank" float8, "value" ${spec.sqlType})
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
        `update ${table} t set ${q(spec.previousColumn)} = t.${q(spec.valueColumn)}, ${q(spec.valueColumn)} = r."value",
                ${q(spec.flagColumn)} = true, "updated_at" = clock_timestamp()
           from jsonb_to_recordset($1::jsonb) as r("id" uuid, "value" ${spec.sqlType})
          where t."id" = r."id"
          returning t."id", t."updated_at"`,
        [JSON.stringify(updates.map((w) => ({ id: w.id, value: w.record.value })))],
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
