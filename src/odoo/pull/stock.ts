import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestStock } from '../../ingest/ingest.service.js';
import type { IngestOutcome } from '../../ingest/ingest.types.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { vanishedStock, type StockKey } from '../../ingest/vanished-stock.js';
import type { OdooClient } from '../odoo-client.js';
import { productKeys } from './product.js';
import {
  addOutcome,
  ids,
  inBatches,
  mergeOutcomes,
  nothingIngested,
  WITH_ARCHIVED,
  type PageWriter,
  type PulledModel,
} from './pull-source.js';
import { readLevels, stockRows } from './stock-levels.js';
import { configuredWarehouses, TOTAL_SUPPLIER } from './warehouses.js';

const { model } = SYNCABLE_TYPES[EntityType.STOCK].pull;

/**
 * Stock is read from stock.quant: the quants changed since the cursor (a
 * reservation or an unreservation writes the quant's `reserved_quantity`,
 * and so its write_date) name the products whose stock moved; each of them is
 * then summed again over the internal locations of each configured warehouse
 * (warehouses.ts, stock-levels.ts): one Stock row per warehouse
 * (`odoo:<code>`) and the total (`odoo`), each with what may be sold (on hand
 * minus reserved) and its two parts. A move between shelves changes nothing.
 */
export const STOCK: PulledModel = {
  entityType: EntityType.STOCK,
  model,
  fields: ['product_id'],
  domain: [],
  load: (odoo, page) => restock(odoo, ids(page.map((q) => q.product_id))),
  reconcile: reconcileStock,
};

const keyOf = (k: StockKey) => `${k.supplierExternalId} ${k.productExternalId}`;

/**
 * Reads the stock of the products (by id) as Odoo has it now, and returns the
 * writer of their Stock rows. A row the hub holds for them that Odoo no longer
 * backs (no quant left in that warehouse, a warehouse no longer configured, no
 * quant left anywhere for the total) is handed to `vanishedStock`.
 */
export async function restock(odoo: OdooClient, productIds: number[]): Promise<PageWriter> {
  const [warehouses, skus] = await Promise.all([configuredWarehouses(odoo), productKeys(odoo, productIds)]);
  const rows = stockRows(await readLevels(odoo, productIds, warehouses), skus);
  const products = [...new Set(skus.values())];
  return async (tx) => {
    const fresh = new Set(rows.map(keyOf));
    const gone = (await heldStock(tx, products)).filter((k) => !fresh.has(keyOf(k)));
    const written = await inBatches(rows, keyOf, (b) => ingestStock(tx, b));
    const vanished = await vanishedStock(tx, gone);
    return [mergeOutcomes(written, vanished)];
  };
}

/** The Odoo Stock rows (total and per warehouse) the hub holds for the products, by key. */
async function heldStock(tx: EntityManager, products: string[]): Promise<StockKey[]> {
  if (!products.length) return [];
  const rows = await sqlQuery<{ supplier_external_id: string; product_external_id: string }>(
    tx,
    `select "supplier_external_id", "product_external_id" from "stock"
      where "product_external_id" = any($1::text[]) and ("supplier_external_id" = $2 or "supplier_external_id" like $3)`,
    [products, TOTAL_SUPPLIER, `${TOTAL_SUPPLIER}:%`],
  );
  return rows.map((r) => ({ supplierExternalId: r.supplier_external_id, productExternalId: r.product_external_id }));
}

/**
 * Stock whose quants vanished without a trace: a deleted quant leaves no
 * write_date behind, so an incremental pull never sees it (Odoo's own
 * `_unlink_zero_quants` deletes quants already at zero, whose last write the
 * pull has seen; an import, a manual deletion or a warehouse dropped from the
 * configuration is another matter). The products the hub holds stock for
 * (any quantity not 0) are read again, a chunk at a time, and summed as a
 * pull sums them; rows Odoo no longer backs go to `vanishedStock`. Run after
 * a full pull (`requestOdooPull(full: true)`), over the rows made before it.
 */
export async function reconcileStock(odoo: OdooClient, em: EntityManager, madeBefore: Date): Promise<IngestOutcome> {
  const total = nothingIngested();
  let after = '';
  for (;;) {
    const keys = (
      await sqlQuery<{ product_external_id: string }>(
        em.fork(),
        `select distinct "product_external_id" from "stock"
          where ("supplier_external_id" = $1 or "supplier_external_id" like $2)
            and ("quantity" <> 0 or coalesce("on_hand_quantity", 0) <> 0 or coalesce("reserved_quantity", 0) <> 0)
            and "product_external_id" > $3 and "created_at" < $5
          order by "product_external_id" limit $4`,
        [TOTAL_SUPPLIER, `${TOTAL_SUPPLIER}:%`, after, odoo.readChunk, madeBefore],
      )
    ).map((r) => r.product_external_id);
    if (!keys.length) break;
    after = keys.at(-1)!;
    const productIds = await productIdsOf(odoo, keys);
    const write = await restock(odoo, productIds);
    // Products Odoo no longer has at all: their rows vanish too.
    const known = new Set((await productKeys(odoo, productIds)).values());
    const orphans = keys.filter((k) => !known.has(k));
    const outcome = await inRetryingTransaction(em, async (tx) => {
      const [own] = await write(tx);
      const gone = orphans.length ? await vanishedStock(tx, await heldStock(tx, orphans)) : nothingIngested();
      return mergeOutcomes(own!, gone);
    });
    addOutcome(total, outcome);
  }
  return total;
}

/** The product.product ids behind Stock product keys: `odoo:product.product:<id>`, else the SKU (default_code). */
async function productIdsOf(odoo: OdooClient, keys: string[]): Promise<number[]> {
  const prefix = 'odoo:product.product:';
  const byId = keys
    .filter((k) => k.startsWith(prefix))
    .map((k) => Number(k.slice(prefix.length)))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  const skus = keys.filter((k) => !k.startsWith(prefix));
  const found = await odoo.searchIn('product.product', 'default_code', skus, [], { context: WITH_ARCHIVED });
  const existing = await odoo.searchIn('product.product', 'id', byId, [], { context: WITH_ARCHIVED });
  return [...new Set([...found, ...existing])];
}
