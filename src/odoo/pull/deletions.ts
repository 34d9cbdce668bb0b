import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { CLAIMED_TYPES, SYNCABLE_TYPES, type ClaimedType } from '../../domain/syncable-types.js';
import { PARTNERS, PRODUCTS, PURCHASE_ORDERS, SALE_ORDERS } from '../../ingest/ingest-tables.js';
import type { IngestOutcome } from '../../ingest/ingest.types.js';
import type { SyncableTable } from '../../ingest/syncable-ingest.js';
import { tombstoneByOdooIds, tombstoneProductsOfTemplates } from '../../ingest/tombstone.js';
import type { OdooClient } from '../odoo-client.js';
import { repriceVanishedRules } from './pricelist-item.js';
import { mergeOutcomes, WITH_ARCHIVED } from './pull-source.js';
import { reconcileStock } from './stock.js';

/**
 * Finding records deleted in Odoo. Odoo keeps no trace of a deleted row (no
 * flag, no log; `unlink` in odoo/models.py removes it), so the hub asks about
 * the ids it holds: a read-back that finds its id gone, and a periodic
 * reconciliation of every Syncable type the pull reads. Both search with
 * `active_test: false`: an archived record is not deleted. Both search without
 * the pull's company domain (a record the hub holds was in scope when pulled);
 * Odoo's multi-company record rules still apply, so a record moved to a
 * company the hub does not work in (ODOO_COMPANY_ID) is gone for the hub too.
 *
 * Keyed rows (stock, prices) are not reconciled here: their pulls know when a
 * quant or a rule is gone and call tombstoneKeyed (src/ingest/tombstone.ts).
 */

/** The ingest table of each Syncable type, whose rows a deletion tombstones. */
const TABLES: { readonly [T in ClaimedType]: SyncableTable } = {
  [EntityType.PRODUCT]: PRODUCTS,
  [EntityType.PARTNER]: PARTNERS,
  [EntityType.SALE_ORDER]: SALE_ORDERS,
  [EntityType.PURCHASE_ORDER]: PURCHASE_ORDERS,
};

/** The types reconciliation covers: the Syncable ones (a claim feed and an Odoo id per row). */
export const RECONCILED_TYPES: readonly ClaimedType[] = CLAIMED_TYPES;

export function isReconciled(entityType: EntityType): entityType is ClaimedType {
  return (RECONCILED_TYPES as readonly EntityType[]).includes(entityType);
}

export interface ReconcileReport {
  entityType: ClaimedType;
  /** Odoo ids of live hub rows that were looked up. */
  checked: number;
  /** Rows tombstoned because Odoo no longer has their record. */
  tombstoned: number;
}

/** Of `ids` of `model`, those Odoo no longer has (archived ones count as present). */
async function goneIds(odoo: OdooClient, model: string, ids: readonly number[]): Promise<number[]> {
  const present = new Set(await odoo.searchIn(model, 'id', ids, [], { context: WITH_ARCHIVED }));
  return ids.filter((id) => !present.has(id));
}

/**
 * Compares the Odoo ids of a type's live rows with the ids Odoo still has, a
 * chunk at a time: the hub's ids are paged by keyset on odoo_id (served by the
 * partial index of migration 16), each chunk is one `search` naming at most
 * `chunk` ids, and what Odoo no longer returns is tombstoned before the next
 * chunk is read. Memory stays that of one chunk whatever the table's size. A
 * second run over the same state writes nothing. Records the webshop made
 * (origin WEBSHOP) whose Odoo record was deleted are tombstoned too, and stay
 * so: nothing queues a push for a tombstone.
 */
export async function reconcileDeletions(
  odoo: OdooClient,
  em: EntityManager,
  entityType: ClaimedType,
  chunk: number,
): Promise<ReconcileReport> {
  const { table, pull } = SYNCABLE_TYPES[entityType];
  const report: ReconcileReport = { entityType, checked: 0, tombstoned: 0 };
  let after = 0;
  for (;;) {
    const rows = await sqlQuery<{ odoo_id: number }>(
      em.fork(),
      `select distinct "odoo_id" from "${table}"
        where "deleted_at" is null and "odoo_id" is not null and "odoo_id" > $1
        order by "odoo_id" limit $2`,
      [after, chunk],
    );
    if (!rows.length) break;
    const ids = rows.map((r) => r.odoo_id);
    report.checked += ids.length;
    const gone = await goneIds(odoo, pull.model, ids);
    if (gone.length) report.tombstoned += (await tombstoneByOdooIds(em, TABLES[entityType], gone)).updated;
    after = ids.at(-1)!;
    if (rows.length < chunk) break;
  }
  return report;
}

/**
 * The read-back's answer when Odoo no longer has the record a notification
 * named (an "On deletion" automation's, or any other): its hub row is
 * tombstoned. A deleted product.template took its variants with it. Other
 * companions (a sale order's pickings and invoices) stand for no record of
 * their own: their deletion changes the order, which the pull follows.
 * Returns null when Odoo still has the record.
 */
export async function tombstoneIfGone(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  model: string,
  id: number,
): Promise<IngestOutcome | null> {
  if (!(await goneIds(odoo, model, [id])).length) return null;
  // A rule gone: its pricelist is priced again without it (its prices move, or go).
  if (entityType === EntityType.PRICELIST_ITEM) return mergeOutcomes(...(await repriceVanishedRules(odoo, em, [id])));
  // A quant gone says no more which product it held: the products with stock are summed again.
  if (entityType === EntityType.STOCK) return reconcileStock(odoo, em, new Date());
  if (!isReconciled(entityType)) return { created: 0, updated: 0, unchanged: 0, changes: [] };
  const spec = TABLES[entityType];
  if (model === SYNCABLE_TYPES[entityType].pull.model) return tombstoneByOdooIds(em, spec, [id]);
  if (entityType === EntityType.PRODUCT && model === 'product.template') {
    return tombstoneProductsOfTemplates(em, spec, [id]);
  }
  return { created: 0, updated: 0, unchanged: 0, changes: [] };
}

/**
 * Pricelist rules the hub priced from (its `pricelist_rule` table) that Odoo no
 * longer has, a chunk of ids at a time: their pricelists are priced again
 * without them, so their prices move or go (src/odoo/pull/pricelist-item.ts).
 */
export async function reconcileRules(odoo: OdooClient, em: EntityManager, chunk: number): Promise<number> {
  let after = 0;
  let vanished = 0;
  for (;;) {
    const rows = await sqlQuery<{ odoo_id: number }>(
      em.fork(),
      `select "odoo_id" from "pricelist_rule" where "odoo_id" > $1 order by "odoo_id" limit $2`,
      [after, chunk],
    );
    if (!rows.length) break;
    const gone = await goneIds(
      odoo,
      SYNCABLE_TYPES[EntityType.PRICELIST_ITEM].pull.model,
      rows.map((r) => r.odoo_id),
    );
    if (gone.length) vanished += mergeOutcomes(...(await repriceVanishedRules(odoo, em, gone))).updated;
    after = rows.at(-1)!.odoo_id;
    if (rows.length < chunk) break;
  }
  return vanished;
}

/**
 * The periodic reconciliation of one type: Syncable rows by their Odoo ids,
 * pricelist rules by theirs, stock by summing the products with stock again
 * (a deleted quant names no product). Returns the rows it changed.
 */
export async function reconcileType(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  chunk: number,
): Promise<number> {
  if (isReconciled(entityType)) return (await reconcileDeletions(odoo, em, entityType, chunk)).tombstoned;
  if (entityType === EntityType.PRICELIST_ITEM) return reconcileRules(odoo, em, chunk);
  return (await reconcileStock(odoo, em, new Date())).updated;
}
