import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../domain/errors.js';
import { PartnerType, PurchaseOrderState } from '../domain/enums.js';
import type { Writer } from '../domain/record-origin.js';
import { PARTNERS, PRICES, PRODUCTS, PURCHASE_ORDERS, SALE_ORDERS, STOCK } from './ingest-tables.js';
import type {
  IngestOutcome,
  PartnerIngest,
  PricelistItemIngest,
  ProductIngest,
  PurchaseOrderIngest,
  SaleOrderIngest,
  StockIngest,
} from './ingest.types.js';
import { ingestKeyed } from './keyed-ingest.js';
import { ingestSyncable } from './syncable-ingest.js';
import {
  checkBatchSize,
  checkDecimal,
  checkKey,
  checkObject,
  checkOptionalNumber,
  checkQuantity,
  checkUnique,
} from './validate.js';

/**
 * The ingest functions (what the ingest mutations, the Odoo pull and the Odoo
 * receiver call): each checks its input, refusing the whole batch on the first
 * bad record, and hands it to the generic ingest with its table (ingest-tables.ts).
 */

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

export function ingestProducts(em: EntityManager, input: ProductIngest[]): Promise<IngestOutcome> {
  checkSyncable(input);
  input.forEach((r, i) => {
    if (r.context != null) checkObject(r.context, `${at(i)}.context`);
    if (r.templateExternalId != null) checkKey(r.templateExternalId, `${at(i)}.templateExternalId`);
  });
  return ingestSyncable(
    em,
    PRODUCTS,
    input.map((r) => ({ ...r, tracked: { context: r.context, templateExternalId: r.templateExternalId } })),
  );
}

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

export function ingestSaleOrders(em: EntityManager, input: SaleOrderIngest[]): Promise<IngestOutcome> {
  checkSyncable(input);
  return ingestSyncable(
    em,
    SALE_ORDERS,
    input.map(({ odooStatus, ...r }) => (odooStatus === undefined ? r : { ...r, tracked: { odooStatus } })),
  );
}

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

export function ingestStock(em: EntityManager, input: StockIngest[]): Promise<IngestOutcome> {
  checkBatchSize(input.length);
  input.forEach((r, i) => {
    checkKey(r.supplierExternalId, `${at(i)}.supplierExternalId`);
    checkKey(r.productExternalId, `${at(i)}.productExternalId`);
    checkQuantity(r.quantity, `${at(i)}.quantity`);
    checkOptionalNumber(r.onHandQuantity, `${at(i)}.onHandQuantity`);
    checkOptionalNumber(r.reservedQuantity, `${at(i)}.reservedQuantity`);
  });
  checkUnique(
    input.map((r) => `${r.supplierExternalId} / ${r.productExternalId}`),
    (i) => `${at(i)} (supplierExternalId, productExternalId)`,
  );
  return ingestKeyed(
    em,
    STOCK,
    input.map((r) => ({
      keys: [r.supplierExternalId, r.productExternalId],
      value: r.quantity,
      beside: {
        ...(r.onHandQuantity !== undefined ? { onHandQuantity: r.onHandQuantity } : {}),
        ...(r.reservedQuantity !== undefined ? { reservedQuantity: r.reservedQuantity } : {}),
      },
    })),
  );
}

export function ingestPricelistItems(em: EntityManager, input: PricelistItemIngest[]): Promise<IngestOutcome> {
  checkBatchSize(input.length);
  input.forEach((r, i) => {
    checkKey(r.pricelistExternalId, `${at(i)}.pricelistExternalId`);
    checkKey(r.productExternalId, `${at(i)}.productExternalId`);
    checkDecimal(r.price, `${at(i)}.price`);
    if (r.minQuantity != null) checkQuantity(r.minQuantity, `${at(i)}.minQuantity`);
  });
  checkUnique(
    input.map((r) => `${r.pricelistExternalId} / ${r.productExternalId} / ${r.minQuantity ?? 0}`),
    (i) => `${at(i)} (pricelistExternalId, productExternalId, minQuantity)`,
  );
  return ingestKeyed(
    em,
    PRICES,
    input.map((r) => ({
      keys: [r.pricelistExternalId, r.productExternalId],
      rank: r.minQuantity ?? 0,
      value: r.price,
    })),
  );
}
