import { sqlQuery } from '../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { v7 as uuidv7 } from 'uuid';
import { badInput } from '../domain/errors.js';
import { EntityType, PartnerType, PurchaseOrderState, SaleOrderDirection } from '../domain/enums.js';
import type { Writer } from '../domain/record-origin.js';
import { sameJson, type JsonObject } from './diff.js';
import type { IngestOutcome } from './ingest.types.js';
import { ingestKeyed, type KeyedTable } from './keyed-ingest.js';
import { ingestSyncable, type StoredRef, type SyncableTable, type WrittenRecord } from './syncable-ingest.js';
import { checkBatchSize, checkDecimal, checkKey, checkObject, checkQuantity, checkUnique } from './validate.js';

/** Plain input records (what the ingest mutations, the Odoo pull and the Odoo receiver hand in). */
export interface ProductIngest {
  externalId: string;
  data: JsonObject;
  context?: JsonObject | null;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface PartnerIngest {
  externalId: string;
  type?: PartnerType | null;
  externalParentId?: string | null;
  data: JsonObject;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface SaleOrderIngest {
  externalId: string;
  data: JsonObject;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface PurchaseOrderLineIngest {
  productExternalId: string;
  quantity: number;
  priceUnit: string;
}

export interface PurchaseOrderIngest {
  externalId: string;
  name: string;
  vendor: string;
  state?: PurchaseOrderState | null;
  lines: PurchaseOrderLineIngest[];
  data?: JsonObject | null;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface StockIngest {
  supplierExternalId: string;
  productExternalId: string;
  quantity: number;
}

export interface PricelistItemIngest {
  pricelistExternalId: string;
  productExternalId: string;
  price: string;
}

const at = (i: number) => `input[${i}]`;

/** Checks what every Syncable input has; refuses the whole batch on the first bad record. */
function checkSyncable(
  records: { externalId: string; data?: unknown; idempotencyKey?: string | null }[],
  dataRequired = true,
) {
  checkBatchSize(records.length);
  records.forEach((r, i) => {
    checkKey(r.externalId, `${at(i)}.externalId`);
    if (dataRequired || r.data != null) checkObject(r.data, `${at(i)}.data`);
    if (r.idempotencyKey != null && (r.idempotencyKey.length > 255 || !r.idempotencyKey)) {
      throw badInput(`${at(i)}.idempotencyKey must be 1 to 255 characters.`, { field: `${at(i)}.idempotencyKey` });
    }
  });
  checkUnique(
    records.map((r) => r.externalId),
    (i) => `${at(i)}.externalId`,
  );
}

const PRODUCTS: SyncableTable = {
  entityType: EntityType.PRODUCT,
  table: 'product',
  tracked: [{ field: 'context', column: 'context', sqlType: 'jsonb', whenMissing: 'keep' }],
};

export function ingestProducts(em: EntityManager, input: ProductIngest[]): Promise<IngestOutcome> {
  checkSyncable(input);
  input.forEach((r, i) => r.context != null && checkObject(r.context, `${at(i)}.context`));
  return ingestSyncable(
    em,
    PRODUCTS,
    input.map((r) => ({ ...r, tracked: { context: r.context } })),
  );
}

const PARTNERS: SyncableTable = {
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

export function ingestPartners(em: EntityManager, input: PartnerIngest[], writer?: Writer): Promise<IngestOutcome> {
  checkSyncable(input);
  input.forEach((r, i) => {
    if (r.externalParentId == null) return;
    checkKey(r.externalParentId, `${at(i)}.externalParentId`);
    if (r.externalParentId === r.externalId) throw badInput(`${at(i)}.externalParentId names the partner itself.`);
  });
  return ingestSyncable(
    em,
    PARTNERS,
    input.map((r) => ({
      ...r,
      tracked: { type: r.type ?? PartnerType.CONTACT, externalParentId: r.externalParentId ?? null },
    })),
    writer,
  );
}

/**
 * Points each partner of the batch at its parent, and each partner whose parent
 * just arrived at it (a child may come before its parent, in the same batch or an
 * earlier one). Then refuses the batch if that made anyone its own ancestor.
 */
async function linkPartnerParents(tx: EntityManager, _written: WrittenRecord[], all: StoredRef[]): Promise<void> {
  const keys = all.map((r) => r.externalId);
  await sqlQuery(
    tx,
    `update "partner" c set "parent_id" = x."parent_id"
       from (select c2."id", p2."id" as "parent_id"
               from "partner" c2 left join "partner" p2 on p2."external_id" = c2."external_parent_id"
              where c2."external_id" = any($1::text[]) or c2."external_parent_id" = any($2::text[])) x
      where c."id" = x."id" and c."parent_id" is distinct from x."parent_id"`,
    [keys, keys],
  );
  const cycles = await sqlQuery<{ external_id: string }>(
    tx,
    `with recursive chain("start", "id", "depth") as (
       select p."id", p."parent_id", 1 from "partner" p
        where p."parent_id" is not null and (p."external_id" = any($1::text[]) or p."external_parent_id" = any($2::text[]))
       union all
       select c."start", p."parent_id", c."depth" + 1 from chain c join "partner" p on p."id" = c."id"
        where p."parent_id" is not null and c."id" <> c."start" and c."depth" < 1000)
     select distinct p."external_id" from chain c join "partner" p on p."id" = c."start" where c."id" = c."start"
     order by 1 limit 5`,
    [keys, keys],
  );
  if (cycles.length) {
    throw badInput(
      `These partners would be their own ancestors through externalParentId: ${cycles.map((c) => c.external_id).join(', ')}. Nothing was written.`,
    );
  }
}

const SALE_ORDERS: SyncableTable = {
  entityType: EntityType.SALE_ORDER,
  table: 'sale_order',
  tracked: [],
  // Orders that come from Odoo were made there: OUTBOUND, towards the webshop.
  insertOnly: { direction: SaleOrderDirection.OUTBOUND },
};

export function ingestSaleOrders(em: EntityManager, input: SaleOrderIngest[]): Promise<IngestOutcome> {
  checkSyncable(input);
  return ingestSyncable(em, SALE_ORDERS, input);
}

interface StoredLine {
  purchase_order_id: string;
  product_external_id: string;
  quantity: number;
  price_unit: string;
}

/** Lines compared as a set: order does not matter, and "19.9" equals "19.90". */
function canonicalLines(lines: { productExternalId: string; quantity: number; priceUnit: string }[]): string[] {
  return lines
    .map((l) => JSON.stringify([l.productExternalId, l.quantity, new Decimal(l.priceUnit).toString()]))
    .sort();
}

const PURCHASE_ORDERS: SyncableTable = {
  entityType: EntityType.PURCHASE_ORDER,
  table: 'purchase_order',
  tracked: [
    { field: 'name', column: 'name', sqlType: 'text', whenMissing: 'keep' },
    { field: 'vendor', column: 'vendor', sqlType: 'text', whenMissing: 'keep' },
    { field: 'state', column: 'state', sqlType: 'text', whenMissing: 'keep' },
  ],
  async extraChanges(tx, existing) {
    if (!existing.length) return new Map();
    const stored = await sqlQuery<StoredLine>(
      tx,
      `select "purchase_order_id", "product_external_id", "quantity", "price_unit"::text as "price_unit"
         from "purchase_order_line" where "purchase_order_id" = any($1::uuid[])`,
      [existing.map((e) => e.id)],
    );
    const byOrder = new Map<string, StoredLine[]>();
    for (const line of stored)
      byOrder.set(line.purchase_order_id, [...(byOrder.get(line.purchase_order_id) ?? []), line]);
    const changed = new Map<string, string[]>();
    for (const ref of existing) {
      const before = (byOrder.get(ref.id) ?? []).map((l) => ({
        productExternalId: l.product_external_id,
        quantity: Number(l.quantity),
        priceUnit: l.price_unit,
      }));
      const after = ref.record.extra as PurchaseOrderLineIngest[];
      if (!sameJson(canonicalLines(before), canonicalLines(after))) changed.set(ref.id, ['lines']);
    }
    return changed;
  },
  async afterWrite(tx, written) {
    const replaced = written.filter((w) => w.isNew || w.changedFields.includes('lines'));
    if (!replaced.length) return;
    await sqlQuery(tx, `delete from "purchase_order_line" where "purchase_order_id" = any($1::uuid[])`, [
      replaced.map((w) => w.id),
    ]);
    const lines = replaced.flatMap((w) =>
      (w.record.extra as PurchaseOrderLineIngest[]).map((l) => ({
        id: uuidv7(),
        purchase_order_id: w.id,
        product_external_id: l.productExternalId,
        quantity: l.quantity,
        price_unit: l.priceUnit,
      })),
    );
    if (!lines.length) return;
    await sqlQuery(
      tx,
      `insert into "purchase_order_line" ("id", "purchase_order_id", "product_external_id", "quantity", "price_unit", "created_at", "updated_at")
       select r."id", r."purchase_order_id", r."product_external_id", r."quantity", r."price_unit", now(), now()
         from jsonb_to_recordset($1::jsonb) as r("id" uuid, "purchase_order_id" uuid, "product_external_id" text, "quantity" float8, "price_unit" numeric)`,
      [JSON.stringify(lines)],
    );
  },
};

export function ingestPurchaseOrders(
  em: EntityManager,
  input: PurchaseOrderIngest[],
  writer?: Writer,
): Promise<IngestOutcome> {
  checkSyncable(input, false);
  input.forEach((r, i) => {
    checkKey(r.name, `${at(i)}.name`);
    checkKey(r.vendor, `${at(i)}.vendor`);
    if (!Array.isArray(r.lines)) throw badInput(`${at(i)}.lines must be a list.`);
    if (r.lines.length > 1000) throw badInput(`${at(i)}.lines takes at most 1000 lines; got ${r.lines.length}.`);
    r.lines.forEach((l, j) => {
      checkKey(l.productExternalId, `${at(i)}.lines[${j}].productExternalId`);
      checkQuantity(l.quantity, `${at(i)}.lines[${j}].quantity`);
      checkDecimal(l.priceUnit, `${at(i)}.lines[${j}].priceUnit`);
    });
  });
  return ingestSyncable(
    em,
    PURCHASE_ORDERS,
    input.map((r) => ({
      externalId: r.externalId,
      data: r.data ?? {},
      odooId: r.odooId,
      idempotencyKey: r.idempotencyKey,
      tracked: { name: r.name, vendor: r.vendor, state: r.state ?? PurchaseOrderState.DRAFT },
      extra: r.lines,
    })),
    writer,
  );
}

const STOCK: KeyedTable<number> = {
  entityType: EntityType.STOCK,
  table: 'stock',
  keyColumns: ['supplier_external_id', 'product_external_id'],
  valueColumn: 'quantity',
  previousColumn: 'previous_quantity',
  flagColumn: 'is_quantity_changed',
  sqlType: 'float8',
  field: 'quantity',
  same: (stored, given) => Number(stored) === given,
};

export function ingestStock(em: EntityManager, input: StockIngest[]): Promise<IngestOutcome> {
  checkBatchSize(input.length);
  input.forEach((r, i) => {
    checkKey(r.supplierExternalId, `${at(i)}.supplierExternalId`);
    checkKey(r.productExternalId, `${at(i)}.productExternalId`);
    checkQuantity(r.quantity, `${at(i)}.quantity`);
  });
  checkUnique(
    input.map((r) => `${r.supplierExternalId} / ${r.productExternalId}`),
    (i) => `${at(i)} (supplierExternalId, productExternalId)`,
  );
  return ingestKeyed(
    em,
    STOCK,
    input.map((r) => ({ keys: [r.supplierExternalId, r.productExternalId], value: r.quantity })),
  );
}

const PRICES: KeyedTable<string> = {
  entityType: EntityType.PRICELIST_ITEM,
  table: 'pricelist_item',
  keyColumns: ['pricelist_external_id', 'product_external_id'],
  valueColumn: 'price',
  previousColumn: 'previous_price',
  flagColumn: 'price_changed',
  sqlType: 'numeric',
  field: 'price',
  // By value: "19.9" equals "19.90", so a reformatted price is no change.
  same: (stored, given) => new Decimal(stored).equals(new Decimal(given)),
};

export function ingestPricelistItems(em: EntityManager, input: PricelistItemIngest[]): Promise<IngestOutcome> {
  checkBatchSize(input.length);
  input.forEach((r, i) => {
    checkKey(r.pricelistExternalId, `${at(i)}.pricelistExternalId`);
    checkKey(r.productExternalId, `${at(i)}.productExternalId`);
    checkDecimal(r.price, `${at(i)}.price`);
  });
  checkUnique(
    input.map((r) => `${r.pricelistExternalId} / ${r.productExternalId}`),
    (i) => `${at(i)} (pricelistExternalId, productExternalId)`,
  );
  return ingestKeyed(
    em,
    PRICES,
    input.map((r) => ({ keys: [r.pricelistExternalId, r.productExternalId], value: r.price })),
  );
}
