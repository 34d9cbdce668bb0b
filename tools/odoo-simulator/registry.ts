/**
 * The models the simulator serves: a realistic subset of base, product,
 * stock, sale and purchase, with the differences between versions that
 * clients trip on:
 *  - 16: res.partner.type has 'private', sale.order.state has 'done'
 *    (17 replaced it with the `locked` flag), name_get() and
 *    search(count=True) exist, every model has `__last_update`;
 *  - 18: product.template.type is consu/service/combo, storable goods are
 *    `is_storable` (17 and before: type 'product'); name_search's `args`
 *    became `domain`;
 *  - 19: order lines' `product_uom` became `product_uom_id`,
 *    purchase.order.notes became `note` (Odoo's own upgrade scripts,
 *    saas~18.1 and saas~18.4).
 */
import { accountMoveModels } from './addons/account-move.js';
import { accountTaxExtensions, accountTaxModels } from './addons/account-tax.js';
import { baseModels } from './addons/base.js';
import { deliveryExtensions } from './addons/delivery.js';
import { fiscalPositionExtensions, fiscalPositionModels } from './addons/fiscal-position.js';
import { pricelistModels } from './addons/product-prices.js';
import { productModels } from './addons/product.js';
import { purchaseModels } from './addons/purchase.js';
import { saleInvoicingExtensions } from './addons/sale-invoicing.js';
import { saleStockExtensions } from './addons/sale-stock.js';
import { saleModels } from './addons/sale.js';
import { stockPickingModels } from './addons/stock-picking.js';
import { stockModels } from './addons/stock.js';
import { uomModels } from './addons/uom.js';
import { compileRegistry } from './orm/compile-registry.js';
import { applyExtensions } from './orm/inherit.js';
import type { CompiledModel, OdooVersion } from './orm/model-spec.js';

/** The registry of one Odoo version: the addons' models, in the order Odoo installs them. */
export function buildRegistry(version: OdooVersion): Map<string, CompiledModel> {
  const specs = [
    ...baseModels(version),
    ...uomModels(),
    ...productModels(version),
    ...pricelistModels(),
    ...accountTaxModels(version),
    ...fiscalPositionModels(version),
    ...accountMoveModels(version),
    ...stockModels(),
    ...stockPickingModels(version),
    ...saleModels(version),
    ...purchaseModels(version),
  ];
  // `_inherit`: what account, sale_stock and delivery add to the models above.
  return compileRegistry(
    version,
    applyExtensions(specs, [
      ...accountTaxExtensions(version),
      ...fiscalPositionExtensions(version),
      ...saleInvoicingExtensions(),
      ...saleStockExtensions(version),
      ...deliveryExtensions(),
    ]),
  );
}
