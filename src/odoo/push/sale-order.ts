import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import { createOnce, findByReference, isOurs, madeInOdoo } from './create-once.js';
import { lockPartners, pushPartner } from './partner.js';
import { productIds } from './product-ids.js';
import { missingInOdoo, type PushScope } from './push-scope.js';

/** The model orders are pulled from is the one they are pushed to. */
const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/** The customer and its addresses first, then the order with its lines as (0, 0, vals) commands. */
export async function pushSaleOrder(scope: PushScope, order: SaleOrder): Promise<number> {
  const { odoo, tx: em } = scope;
  const data = order.currentData as {
    customerExternalId: string;
    invoiceAddressExternalId: string;
    shippingAddressExternalId: string;
    lines: { productExternalId: string; quantity: number; priceUnit: string | null }[];
    note?: string;
    origin?: string;
  };
  // The customer, every address sent with the order (not only the two it names), and those two, in one read.
  const named = [data.customerExternalId, data.invoiceAddressExternalId, data.shippingAddressExternalId];
  const family = await em.find(
    Partner,
    { $or: [{ externalId: { $in: named } }, { parent: { externalId: data.customerExternalId } }] },
    { populate: ['parent'], orderBy: { id: 'asc' } },
  );
  await lockPartners(em, family);
  const byKey = new Map(family.map((p) => [p.externalId, p]));
  const pushed = new Map<string, number>();
  const partnerId = (externalId: string) => {
    const partner = byKey.get(externalId);
    if (!partner) throw missingInOdoo(`Partner ${externalId} of the order (in the hub)`);
    return pushPartner(scope, partner, pushed);
  };
  const customer = await partnerId(data.customerExternalId);
  for (const address of family) await pushPartner(scope, address, pushed);
  const invoice = await partnerId(data.invoiceAddressExternalId);
  const shipping = await partnerId(data.shippingAddressExternalId);
  if (order.odooId) return order.odooId;
  const found = await findByReference(odoo, ODOO_MODEL, 'client_order_ref', order.externalId);
  if (found) {
    if (await isOurs(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, found)) return found;
    throw madeInOdoo(ODOO_MODEL, found, 'client_order_ref', order.externalId);
  }
  const products = await productIds(
    odoo,
    em,
    data.lines.map((l) => l.productExternalId),
  );
  return createOnce(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, {
    partner_id: customer,
    partner_invoice_id: invoice,
    partner_shipping_id: shipping,
    client_order_ref: order.externalId,
    ...(data.origin ? { origin: data.origin } : {}),
    ...(data.note ? { note: data.note } : {}),
    order_line: data.lines.map((l) => [
      0,
      0,
      {
        product_id: products.get(l.productExternalId),
        product_uom_qty: l.quantity,
        ...(l.priceUnit != null ? { price_unit: Number(l.priceUnit) } : {}),
      },
    ]),
  });
}
