import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestSaleOrders } from '../../ingest/ingest.service.js';
import { normalizeRecord } from '../odoo-values.js';
import { byExternalId, inBatches, keyOf, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull;

export const SALE_ORDERS: PulledModel = {
  entityType: EntityType.SALE_ORDER,
  model,
  fields: [
    'name',
    'client_order_ref',
    'partner_id',
    'partner_invoice_id',
    'partner_shipping_id',
    'state',
    'amount_total',
    'date_order',
    'note',
    'origin',
  ],
  // Orders the webshop placed carry its number in client_order_ref and are the hub's own (INBOUND).
  domain: [['client_order_ref', '=', false]],
  async load(_odoo, page) {
    const orders = page.map((r) => ({
      externalId: keyOf(r.client_order_ref || r.name, model, r.id),
      odooId: r.id,
      data: normalizeRecord(r, { omit: ['id'] }),
    }));
    return async (tx) => [await inBatches(orders, byExternalId, (b) => ingestSaleOrders(tx, b))];
  },
};
