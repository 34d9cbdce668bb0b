import { Decimal } from 'decimal.js';
import { EntityType, SaleOrderDirection } from '../domain/enums.js';
import type { KeyedTable } from './keyed-ingest.js';
import { linkPartnerParents } from './partner-parents.js';
import { changedLines, replaceLines } from './purchase-order-lines.js';
import type { SyncableTable } from './syncable-ingest.js';

/** How each ingested entity is stored: the tables the generic ingests (syncable-ingest.ts, keyed-ingest.ts) write. */

export const PRODUCTS: SyncableTable = {
  entityType: EntityType.PRODUCT,
  table: 'product',
  tracked: [
    { field: 'context', column: 'context', sqlType: 'jsonb', whenMissing: 'keep' },
    // The variant's template (issue 16): a variant moved to another template is a change.
    { field: 'templateExternalId', column: 'template_external_id', sqlType: 'text', whenMissing: 'keep' },
  ],
};

export const PARTNERS: SyncableTable = {
  entityType: EntityType.PARTNER,
  table: 'partner',
  tracked: [
    { field: 'type', column: 'type', sqlType: 'text', whenMissing: 'keep' },
    { field: 'externalParentId', column: 'external_parent_id', sqlType: 'text', whenMissing: 'null' },
  ],
  afterWrite: linkPartnerParents,
  // Each batch sees the other's committed rows: neither links a child to a parent it cannot see yet.
  lockKeys: (records) =>
    records.flatMap((r) => {
      const parent = r.tracked?.externalParentId;
      return typeof parent === 'string' ? [r.externalId, parent] : [r.externalId];
    }),
};

export const SALE_ORDERS: SyncableTable = {
  entityType: EntityType.SALE_ORDER,
  table: 'sale_order',
  // What became of the order in Odoo, beside its data: a change names the value (`odooStatus.state`).
  tracked: [{ field: 'odooStatus', column: 'odoo_status', sqlType: 'jsonb', whenMissing: 'keep', nested: true }],
  // Orders that come from Odoo were made there: OUTBOUND, towards the webshop.
  insertOnly: { direction: SaleOrderDirection.OUTBOUND },
};

export const PURCHASE_ORDERS: SyncableTable = {
  entityType: EntityType.PURCHASE_ORDER,
  table: 'purchase_order',
  tracked: [
    { field: 'name', column: 'name', sqlType: 'text', whenMissing: 'keep' },
    { field: 'vendor', column: 'vendor', sqlType: 'text', whenMissing: 'keep' },
    { field: 'state', column: 'state', sqlType: 'text', whenMissing: 'keep' },
  ],
  extraChanges: changedLines,
  afterWrite: replaceLines,
};

export const STOCK: KeyedTable<number> = {
  entityType: EntityType.STOCK,
  table: 'stock',
  keyColumns: ['supplier_external_id', 'product_external_id'],
  valueColumn: 'quantity',
  previousColumn: 'previous_quantity',
  flagColumn: 'is_quantity_changed',
  sqlType: 'float8',
  field: 'quantity',
  same: (stored, given) => Number(stored) === given,
  // Odoo's stock: what the sellable quantity is made of (a delivery of reserved
  // goods lowers both and leaves the quantity as it was).
  beside: [
    { field: 'onHandQuantity', column: 'on_hand_quantity' },
    { field: 'reservedQuantity', column: 'reserved_quantity' },
  ],
};

export const PRICES: KeyedTable<string> = {
  entityType: EntityType.PRICELIST_ITEM,
  table: 'pricelist_item',
  keyColumns: ['pricelist_external_id', 'product_external_id'],
  // One price per quantity break: Odoo's min_quantity (0 for the price of one unit).
  rankColumn: 'min_quantity',
  valueColumn: 'price',
  previousColumn: 'previous_price',
  flagColumn: 'price_changed',
  sqlType: 'numeric',
  field: 'price',
  // By value: "19.9" equals "19.90", so a reformatted price is no change.
  same: (stored, given) => new Decimal(stored).equals(new Decimal(given)),
};
