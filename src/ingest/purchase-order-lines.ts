import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { v7 as uuidv7 } from 'uuid';
import { sqlQuery } from '../db/sql.js';
import { sameJson } from './diff.js';
import type { PurchaseOrderLineIngest } from './ingest.types.js';
import type { StoredRef, WrittenRecord } from './syncable-ingest.js';

/**
 * A purchase order's lines live in their own table: a change to them is a change
 * of the order (its field `lines`), and a changed order's lines are replaced whole.
 */

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

/** The field `lines` of each stored order whose lines differ from the ones given (in `extra`). */
export async function changedLines(tx: EntityManager, existing: StoredRef[]): Promise<Map<string, string[]>> {
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
}

/** Replaces the lines of each new order and each order whose lines changed. */
export async function replaceLines(tx: EntityManager, written: WrittenRecord[]): Promise<void> {
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
}
