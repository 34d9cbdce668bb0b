import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import type { EntityChangeEvent } from '../outbox/hub-events.js';
import { notifyInTransaction } from '../outbox/notify.js';
import type { IngestOutcome } from './ingest.types.js';
import type { KeyedRecord, KeyedTable } from './keyed-ingest.js';
import type { SyncableTable } from './syncable-ingest.js';
import { inRetryingTransaction } from './transaction.js';

/**
 * Tombstoning: a record deleted in Odoo keeps its row, with `deleted_at` set,
 * so that the webshop learns of the deletion the way it learns of any change:
 * `changedFields` `['deletedAt']`, a Syncable row back to PENDING for the change
 * feed (PROCESSING stays, as in ingest: the acknowledgement sees the newer
 * updated_at), a keyed row's changed flag set, an `entityChanged` event and a
 * `<type>.changed` webhook through the outbox. A row already tombstoned
 * writes and announces nothing, so finding a deletion twice costs nothing.
 * A later record with the same key revives the row (the ingests clear
 * deleted_at and count `deletedAt` as changed).
 *
 * Lock order: the rows are locked by key, like the ingests lock them, so a
 * tombstone racing a batch that touches the same rows cannot deadlock with it.
 */

const DELETED = JSON.stringify(['deletedAt']);

const q = (name: string) => `"${name}"`;

interface Tombstoned {
  id: string;
  external_id: string;
  updated_at: Date;
}

/** Tombstones the live Syncable rows of `spec` whose Odoo id is one of `odooIds`. */
export function tombstoneByOdooIds(
  em: EntityManager,
  spec: SyncableTable,
  odooIds: readonly number[],
): Promise<IngestOutcome> {
  return tombstoneSyncable(em, spec, `"odoo_id" = any($1::int[])`, [[...new Set(odooIds)]]);
}

/**
 * Tombstones the live products whose template is one of `templateIds`:
 * deleting a product.template deletes its variants (product_tmpl_id is
 * `ondelete='cascade'` in Odoo's product/models/product_product.py).
 */
export function tombstoneProductsOfTemplates(
  em: EntityManager,
  spec: SyncableTable,
  templateIds: readonly number[],
): Promise<IngestOutcome> {
  return tombstoneSyncable(
    em,
    spec,
    // The pull keeps a product's template as `{ id }` (src/odoo/pull/product.ts); compared as text, so
    // data from another source in that key cannot fail the statement.
    `"odoo_id" is not null and "current_data"->'product_tmpl_id'->>'id' = any($1::text[])`,
    [[...new Set(templateIds)].map(String)],
  );
}

async function tombstoneSyncable(
  em: EntityManager,
  spec: SyncableTable,
  condition: string,
  params: unknown[],
): Promise<IngestOutcome> {
  const table = q(spec.table);
  return inRetryingTransaction(em, async (tx) => {
    const rows = await sqlQuery<Tombstoned>(
      tx,
      `with "doomed" as (
         select "id" from ${table} where "deleted_at" is null and ${condition} order by "external_id" for update
       )
       update ${table} t set "deleted_at" = clock_timestamp(), "changed_fields" = '${DELETED}'::jsonb,
              "processing_state" = case when t."processing_state" = 'processing' then 'processing' else 'pending' end,
              "is_new" = false, "error_message" = null, "updated_at" = clock_timestamp()
         from "doomed" d where t."id" = d."id"
       returning t."id", t."external_id", t."updated_at"`,
      params,
    );
    return announce(tx, spec.entityType, rows);
  });
}

/**
 * Tombstones keyed rows (Stock, PricelistItem) by their keys, in the order of
 * the table's `keyColumns` (as `ingestKeyed` takes them), then its `rankColumn`
 * where it has one (a price's minimum quantity): a stock row whose
 * quants are gone, a price whose rule no longer applies. The value stays as it
 * was; the changed flag is set, so `changedOnly` readers that ask
 * `includeDeleted` see the deletion. Keys without a live row are ignored.
 */
export async function tombstoneKeyed<V>(
  em: EntityManager,
  spec: KeyedTable<V>,
  keys: readonly (KeyedRecord<V>['keys'] | [string, string, number])[],
): Promise<IngestOutcome> {
  if (!keys.length) return { created: 0, updated: 0, unchanged: 0, changes: [] };
  const table = q(spec.table);
  const columns = [...spec.keyColumns, ...(spec.rankColumn ? [spec.rankColumn] : [])].map(q);
  // The key columns compared as text, whatever their type: the keys arrive as the ingest's strings.
  const tuple = `(${columns.map((c) => `${c}::text`).join(', ')})`;
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  return inRetryingTransaction(em, async (tx) => {
    const rows = await sqlQuery<Tombstoned>(
      tx,
      `with "doomed" as (
         select "id" from ${table}
          where "deleted_at" is null and ${tuple} in (select * from unnest(${arrays}))
          order by ${columns.join(', ')} for update
       )
       update ${table} t set "deleted_at" = clock_timestamp(), ${q(spec.flagColumn)} = true, "updated_at" = clock_timestamp()
         from "doomed" d where t."id" = d."id"
       returning t."id", t.${columns[1]} as "external_id", t."updated_at"`,
      columns.map((_, i) => keys.map((k) => String((k as readonly unknown[])[i] ?? 0))),
    );
    return announce(tx, spec.entityType, rows);
  });
}

/** The change events of the rows just tombstoned, queued in the same transaction. */
async function announce(
  tx: EntityManager,
  entityType: SyncableTable['entityType'],
  rows: Tombstoned[],
): Promise<IngestOutcome> {
  const changes: EntityChangeEvent[] = rows.map((r) => ({
    entityType,
    id: r.id,
    externalId: r.external_id,
    changedFields: ['deletedAt'],
    isNew: false,
    changedAt: new Date(r.updated_at),
  }));
  await notifyInTransaction(
    tx,
    changes.map((change) => ({ kind: 'entity', change })),
  );
  return { created: 0, updated: changes.length, unchanged: 0, changes };
}
