import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import { ingestStock } from './ingest.service.js';
import { STOCK } from './ingest-tables.js';
import { tombstoneKeyed } from './tombstone.js';
import { MAX_INGEST_BATCH, type IngestOutcome } from './ingest.types.js';

/** One Stock row by its keys. */
export interface StockKey {
  supplierExternalId: string;
  productExternalId: string;
}

/**
 * Stock rows whose source is gone: every quant of the product in that
 * warehouse was deleted, the warehouse is no longer configured
 * (ODOO_WAREHOUSES, ODOO_COMPANY_ID) or archived, or the product itself is
 * gone from Odoo. Their quantities go with them: nothing may be sold from
 * there any more (quantity, on hand and reserved 0, a change like any other:
 * flag, previous quantity, event), and the row is tombstoned (`deletedAt`: it
 * leaves the lists unless `includeDeleted`). A later quant revives it.
 */
export async function vanishedStock(tx: EntityManager, given: StockKey[]): Promise<IngestOutcome> {
  const total: IngestOutcome = { created: 0, updated: 0, unchanged: 0, changes: [] };
  // Rows tombstoned already stay as they are (ingesting their zero again would revive them).
  const live = await sqlQuery<{ s: string; p: string }>(
    tx,
    `select "supplier_external_id" as "s", "product_external_id" as "p" from "stock"
      where "deleted_at" is null
        and ("supplier_external_id", "product_external_id") in (select * from unnest($1::text[], $2::text[]))`,
    [given.map((k) => k.supplierExternalId), given.map((k) => k.productExternalId)],
  );
  const keys = live.map((r) => ({ supplierExternalId: r.s, productExternalId: r.p }));
  total.unchanged = given.length - keys.length;
  for (let i = 0; i < keys.length; i += MAX_INGEST_BATCH) {
    const outcome = await ingestStock(
      tx,
      keys.slice(i, i + MAX_INGEST_BATCH).map((k) => ({ ...k, quantity: 0, onHandQuantity: 0, reservedQuantity: 0 })),
    );
    total.created += outcome.created;
    total.updated += outcome.updated;
    total.unchanged += outcome.unchanged;
    total.changes.push(...outcome.changes);
  }
  await tombstoneKeyed(
    tx,
    STOCK,
    keys.map((k) => [k.supplierExternalId, k.productExternalId]),
  );
  return total;
}
