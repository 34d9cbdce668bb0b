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
}

export interface KeyedRecord<V> {
  keys: [string, string];
  value: V;
}

interface StoredRow {
  id: string;
  k1: string;
  k2: string;
  value: unknown;
  deleted_at: Date | null;
}

interface Written<V> {
  id: string;
  record: KeyedRecord<V>;
  changedFields: string[];
}

const q = (name: string) => `"${name}"`;

/** Same shape as ingestSyncable: lock, insert the new, update the changed, notify; a constant number of statements. */
export async function ingestKeyed<V>(
  em: EntityManager,
  spec: KeyedTable<V>,
  records: KeyedRecord<V>[],
): Promise<IngestOutcome> {
  if (!records.length) return { created: 0, updated: 0, unchanged: 0, changes: [] };
  const keyOf = (k: [string, string]) => `${k[0]}\u0000${k[1]}`;
  const sorted = [...records].sort((a, b) =>
    keyOf(a.keys) < keyOf(b.keys) ? -1 : keyOf(a.keys) > keyOf(b.keys) ? 1 : 0,
  );
  const [k1, k2] = spec.keyColumns.map(q);
  const table = q(spec.table);
  return inRetryingTransaction(em, async (tx) => {
    const stored = await sqlQuery<StoredRow>(
      tx,
      `select "id", ${k1} as "k1", ${k2} as "k2", ${q(spec.valueColumn)} as "value", "deleted_at" from ${table}
        where (${k1}, ${k2}) in (select * from unnest($1::text[], $2::text[]))
        order by ${k1}, ${k2} for update`,
      [sorted.map((r) => r.keys[0]), sorted.map((r) => r.keys[1])],
    );
    const byKey = new Map(stored.map((row) => [keyOf([row.k1, row.k2]), row]));
    const inserts: Written<V>[] = [];
    const updates: Written<V>[] = [];
    let unchanged = 0;
    for (const record of sorted) {
      const row = byKey.get(keyOf(record.keys));
      if (!row) {
        inserts.push({ id: uuidv7(), record, changedFields: [spec.field] });
        continue;
      }
      // A tombstone whose key comes again is revived (src/ingest/tombstone.ts), its value changed or not.
      const fields = [
        ...(spec.same(row.value as V, record.value) ? [] : [spec.field]),
        ...(row.deleted_at !== null ? ['deletedAt'] : []),
      ].sort();
      if (fields.length) updates.push({ id: row.id, record, changedFields: fields });
      else unchanged++;
    }

    const changes: EntityChangeEvent[] = [];
    const collect = (rows: { id: string; updated_at: Date }[], written: typeof inserts, isNew: boolean) => {
      const at = new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
      for (const w of written) {
        changes.push({
          entityType: spec.entityType,
          id: w.id,
          externalId: w.record.keys[1],
          changedFields: w.changedFields,
          isNew,
          changedAt: at.get(w.id)!,
        });
      }
    };
    if (inserts.length) {
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `insert into ${table} ("id", ${k1}, ${k2}, ${q(spec.valueColumn)}, ${q(spec.flagColumn)}, "created_at", "updated_at")
         select r."id", r."k1", r."k2", r."value", true, now(), now()
           from jsonb_to_recordset($1::jsonb) as r("id" uuid, "k1" text, "k2" text, "value" ${spec.sqlType})
         on conflict (${k1}, ${k2}) do nothing
         returning "id", "updated_at"`,
        [
          JSON.stringify(
            inserts.map((w) => ({ id: w.id, k1: w.record.keys[0], k2: w.record.keys[1], value: w.record.value })),
          ),
        ],
      );
      if (rows.length !== inserts.length)
        throw new ConcurrentInsert(`${inserts.length - rows.length} concurrent insert(s)`);
      collect(rows, inserts, true);
    }
    if (updates.length) {
      // A revived row whose value did not change keeps its previous value.
      const rows = await sqlQuery<{ id: string; updated_at: Date }>(
        tx,
        `update ${table} t set ${q(spec.previousColumn)} = case when t.${q(spec.valueColumn)} = r."value" then t.${q(spec.previousColumn)}
                                         else t.${q(spec.valueColumn)} end, ${q(spec.valueColumn)} = r."value",
                ${q(spec.flagColumn)} = true, "deleted_at" = null, "updated_at" = clock_timestamp()
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
