import { EntityType, PurchaseOrderState } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPurchaseOrders } from '../../ingest/ingest.service.js';
import type { PurchaseOrderLineIngest } from '../../ingest/ingest.types.js';
import { many2oneId, normalizeRecord } from '../odoo-values.js';
import { productKeys, skuOf } from './product.js';
import { byExternalId, ids, inBatches, keyOf, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.PURCHASE_ORDER].pull;

const PO_STATES: Record<string, PurchaseOrderState> = {
  draft: PurchaseOrderState.DRAFT,
  sent: PurchaseOrderState.SENT,
  'to approve': PurchaseOrderState.TO_APPROVE,
  purchase: PurchaseOrderState.PURCHASE,
  done: PurchaseOrderState.DONE,
  cancel: PurchaseOrderState.CANCEL,
};

export const PURCHASE_ORDERS: PulledModel = {
  entityType: EntityType.PURCHASE_ORDER,
  model,
  fields: ['name', 'partner_id', 'partner_ref', 'origin', 'state', 'amount_total', 'date_order', 'order_line'],
  domain: [],
  async load(odoo, page) {
    const lineIds = page.flatMap((r) => (Array.isArray(r.order_line) ? (r.order_line as number[]) : []));
    const lines = await odoo.read('purchase.order.line', lineIds, [
      'order_id',
      'product_id',
      'product_qty',
      'price_unit',
    ]);
    const skus = await productKeys(odoo, ids(lines.map((l) => l.product_id)));
    const byOrder = new Map<number, PurchaseOrderLineIngest[]>();
    for (const l of lines) {
      const orderId = many2oneId(l.order_id);
      const productId = many2oneId(l.product_id);
      if (orderId === null || productId === null) continue; // section and note lines carry no product
      byOrder.set(orderId, [
        ...(byOrder.get(orderId) ?? []),
        {
          productExternalId: skus.get(productId) ?? skuOf(null, productId),
          quantity: Math.max(0, Number(l.product_qty)),
          priceUnit: String(l.price_unit),
        },
      ]);
    }
    const orders = page.map((r) => ({
      externalId: keyOf(r.name, model, r.id),
      odooId: r.id,
      name: String(r.name),
      vendor: Array.isArray(r.partner_id) ? String(r.partner_id[1]) : 'unknown vendor',
      state: PO_STATES[String(r.state)] ?? PurchaseOrderState.DRAFT,
      lines: byOrder.get(r.id) ?? [],
      data: normalizeRecord(r, { omit: ['id', 'order_line'] }),
    }));
    return async (tx) => [await inBatches(orders, byExternalId, (b) => ingestPurchaseOrders(tx, b))];
  },
};
