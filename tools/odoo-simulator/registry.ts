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
 * Product images (image_1920 … image_128, ir.attachment, `bin_size`) are the
 * same in 16–19: addons/product-images.ts.
 * And along the sale flow (account, sale, sale_stock, stock, delivery):
 *  - taxes: `price_include` is a stored boolean in 16–17; from 18 it is
 *    computed from `price_include_override` and res.company's
 *    `account_price_include`;
 *  - fiscal positions map taxes with account.fiscal.position.tax rows in
 *    16–18; 19 keeps the mapping on the tax (`fiscal_position_ids`,
 *    `original_tax_ids`); sale.order.line's taxes are `tax_id` in 16–18,
 *    `tax_ids` in 19; a price-included tax swapped by a fiscal position is
 *    taken out of the price (16), and the new included taxes put in (17+);
 *  - action_confirm: 16 re-confirms (re-dates) a confirmed order and refuses
 *    done/cancel; 17 names the orders not in draft/sent; 18+ says "Some
 *    orders are not in a state requiring confirmation.";
 *  - stock.move: 16 `quantity_done` / `reserved_availability` and an
 *    immediate-transfer wizard on validation; 17+ one `quantity`, `picked`;
 *    goods are consu/product in 16–17, consu in 18+ (storable: is_storable);
 *  - sale.order.delivery_status exists from 17;
 *  - a fully paid invoice is 'paid' in 16–17 and 'in_payment' in 18+
 *    (payments stay 'in_process' until matched with the bank).
 */
import { accountMoveModels } from './addons/account-move.js';
import { accountTaxExtensions, accountTaxModels } from './addons/account-tax.js';
import { baseModels } from './addons/base.js';
import { moduleModels } from './addons/base-module.js';
import { deliveryExtensions } from './addons/delivery.js';
import { fiscalPositionExtensions, fiscalPositionModels } from './addons/fiscal-position.js';
import { irAttachmentModels } from './addons/ir-attachment.js';
import { productImageExtensions } from './addons/product-images.js';
import { pricelistModels } from './addons/product-prices.js';
import { productAttributeExtensions, productAttributeModels } from './addons/product-attributes.js';
import { productModels } from './addons/product.js';
import { purchaseModels } from './addons/purchase.js';
import { saleInvoicingExtensions } from './addons/sale-invoicing.js';
import { saleStockExtensions } from './addons/sale-stock.js';
import { saleModels } from './addons/sale.js';
import { stockPickingModels } from './addons/stock-picking.js';
import { stockWarehouseExtensions, stockWarehouseModels } from './addons/stock-warehouse.js';
import { stockModels } from './addons/stock.js';
import { uomModels } from './addons/uom.js';
import { websiteSaleExtensions, websiteSaleModels } from './addons/website-sale.js';
import { genericMethods } from './orm/base-methods.js';
import { compileRegistry } from './orm/compile-registry.js';
import { applyExtensions } from './orm/inherit.js';
import type { CompiledModel, OdooVersion } from './orm/model-spec.js';

/** Addons a database may or may not have installed. */
export interface OptionalAddons {
  /** website_sale: the shop's categories, `is_published` (addons/website-sale.ts). Default: not installed. */
  websiteSale?: boolean;
}

/** The registry of one Odoo version: the addons' models, in the order Odoo installs them. */
export function buildRegistry(version: OdooVersion, addons: OptionalAddons = {}): Map<string, CompiledModel> {
  const specs = [
    ...baseModels(version),
    ...moduleModels(),
    ...irAttachmentModels(genericMethods(version)),
    ...uomModels(),
    ...productModels(version),
    ...productAttributeModels(version),
    ...pricelistModels(version),
    ...accountTaxModels(version),
    ...fiscalPositionModels(version),
    ...accountMoveModels(version),
    ...stockModels(),
    ...stockWarehouseModels(),
    ...stockPickingModels(version),
    ...saleModels(version),
    ...purchaseModels(version),
    ...(addons.websiteSale ? websiteSaleModels() : []),
  ];
  // `_inherit`: what account, sale_stock and delivery add to the models above.
  return compileRegistry(
    version,
    applyExtensions(specs, [
      ...productAttributeExtensions(),
      ...accountTaxExtensions(version),
      ...fiscalPositionExtensions(version),
      ...stockWarehouseExtensions(),
      ...saleInvoicingExtensions(),
      ...saleStockExtensions(version),
      ...deliveryExtensions(),
      ...(addons.websiteSale ? websiteSaleExtensions() : []),
      ...productImageExtensions(),
    ]),
  );
}
