import { Decimal } from 'decimal.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { OdooError } from '../odoo-error.js';

/**
 * A pushed order's prices: the shop's prices made Odoo's (ODOO_ORDER_PRICES=webshop),
 * and the check of Odoo's total against what the customer paid (`expectedTotal`).
 *
 * Odoo computes a line's amounts from `price_unit` and the line's taxes
 * (`tax_id` 16–18, `tax_ids` 19: the product's taxes mapped through the order's
 * fiscal position, addons/sale/models/sale_order_line.py `_compute_tax_id`), each
 * tax price-included or not (account.tax `price_include`, computed from
 * `price_include_override` and the company's default from 18 on,
 * addons/account/models/account_tax.py). The shop's price is tax-included or
 * not as a whole (ODOO_PRICES_INCLUDE_TAX); where the line's taxes say otherwise
 * the price sent is converted, so that Odoo's total is what the customer paid.
 */

export interface ShopLine {
  productExternalId: string;
  quantity: number;
  priceUnit: string | null;
}

/** An order line as Odoo has it, with its taxes. */
interface OdooLine {
  id: number;
  priceUnit: number;
  discount: number;
  subtotal: number;
  total: number;
  taxes: { rate: Decimal; fixed: Decimal; included: boolean; name: string }[];
}

async function lineTaxField(odoo: OdooClient): Promise<string> {
  return (await odoo.hasField('sale.order.line', 'tax_ids')) ? 'tax_ids' : 'tax_id';
}

/** The order's lines (in their order) with their taxes, in two reads. */
async function readLines(odoo: OdooClient, lineIds: number[]): Promise<OdooLine[]> {
  const taxField = await lineTaxField(odoo);
  const lines = await odoo.read('sale.order.line', lineIds, [
    'price_unit',
    'discount',
    'price_subtotal',
    'price_total',
    taxField,
    'display_type',
  ]);
  const taxIds = [...new Set(lines.flatMap((l) => (Array.isArray(l[taxField]) ? (l[taxField] as number[]) : [])))];
  const taxes = new Map(
    (await odoo.read('account.tax', taxIds, ['name', 'amount', 'amount_type', 'price_include'])).map((t) => [t.id, t]),
  );
  const byId = new Map(lines.map((l) => [l.id, l]));
  return lineIds
    .map((id) => byId.get(id))
    .filter((l): l is RawRecord => !!l && !l.display_type)
    .map((l) => ({
      id: l.id,
      priceUnit: Number(l.price_unit),
      discount: Number(l.discount) || 0,
      subtotal: Number(l.price_subtotal),
      total: Number(l.price_total),
      taxes: ((l[taxField] as number[]) ?? []).flatMap((taxId) => {
        const t = taxes.get(taxId);
        if (!t) return [];
        const amount = new Decimal(Number(t.amount) || 0);
        return [
          {
            name: String(t.name),
            rate: t.amount_type === 'percent' ? amount.div(100) : new Decimal(0),
            fixed: t.amount_type === 'fixed' ? amount : new Decimal(0),
            included: t.price_include === true,
          },
        ];
      }),
    }));
}

/**
 * The `price_unit` that makes Odoo's line come to the shop's price: the price
 * without any tax first (what the shop's price is net of), then the line's
 * price-included taxes put on again. Sent unrounded: Odoo rounds it to its
 * "Product Price" precision.
 */
function odooPriceUnit(shopPrice: Decimal, line: OdooLine, shopIncludesTax: boolean): number {
  const sum = (taxes: OdooLine['taxes'], of: 'rate' | 'fixed') =>
    taxes.reduce((acc, t) => acc.plus(t[of]), new Decimal(0));
  const net = shopIncludesTax
    ? shopPrice.minus(sum(line.taxes, 'fixed')).div(sum(line.taxes, 'rate').plus(1))
    : shopPrice;
  const included = line.taxes.filter((t) => t.included);
  return net.times(sum(included, 'rate').plus(1)).plus(sum(included, 'fixed')).toDecimalPlaces(6).toNumber();
}

/**
 * ODOO_ORDER_PRICES=webshop: writes each line's price_unit that makes it come to
 * the shop's price under the line's taxes, where it differs from what Odoo
 * holds (so a retry writes nothing twice). Lines without a shop price keep Odoo's.
 */
export async function applyShopPrices(
  odoo: OdooClient,
  odooOrderId: number,
  lineIds: number[],
  shopLines: ShopLine[],
  shopIncludesTax: boolean,
): Promise<void> {
  const lines = await readLines(odoo, lineIds);
  const commands: unknown[] = [];
  lines.forEach((line, i) => {
    const shopPrice = shopLines[i]?.priceUnit;
    if (shopPrice == null) return;
    const wanted = odooPriceUnit(new Decimal(shopPrice), line, shopIncludesTax);
    if (Math.abs(wanted - line.priceUnit) > 1e-6 || line.discount !== 0) {
      commands.push([1, line.id, { price_unit: wanted, discount: 0 }]);
    }
  });
  if (commands.length) await odoo.write('sale.order', [odooOrderId], { order_line: commands });
}

const cents = (d: Decimal) => d.toFixed(2);

/**
 * The contract says "differs by more than 0.01" and the acceptance "a
 * cent too much" fails: both hold when totals must agree to the cent (a
 * difference below half a cent is float noise, not money).
 */
const TOLERANCE = new Decimal('0.005');

/**
 * Null when Odoo's total is the shop's (to the cent); else the permanent failure
 * that says both totals and the lines whose amount is not what the shop's
 * price makes it (the order is left unconfirmed).
 */
export async function totalMismatch(
  odoo: OdooClient,
  order: { name: string; externalId: string; amountTotal: string | null; currency: string | null; lineIds: number[] },
  expectedTotal: string,
  shopLines: ShopLine[],
  shopIncludesTax: boolean,
  shopPrices: boolean,
): Promise<OdooError | null> {
  const expected = new Decimal(expectedTotal);
  const actual = new Decimal(order.amountTotal ?? 0);
  // To the cent: Odoo's amounts are rounded to the currency's cent, so a difference of one cent is a real one.
  if (actual.minus(expected).abs().lessThan(TOLERANCE)) return null;
  const lines = await readLines(odoo, order.lineIds);
  const differing = lines.flatMap((line, i) => {
    const shop = shopLines[i];
    const label = `line ${i + 1} (${shop?.productExternalId ?? '?'} × ${shop?.quantity ?? '?'})`;
    if (shop?.priceUnit == null) return [];
    const shopAmount = new Decimal(shop.priceUnit).times(shop.quantity);
    const near = (amount: number) => new Decimal(amount).minus(shopAmount).abs().lessThan(TOLERANCE);
    // The shop's price with or without tax (in `odoo` mode its convention is not configured): a line that
    // matches neither differs.
    if (near(line.total) || near(line.subtotal)) return [];
    const odooAmount = new Decimal(shopIncludesTax ? line.total : line.subtotal);
    const taxes = line.taxes.map((t) => `${t.name}${t.included ? ' (price-included)' : ''}`).join(', ') || 'no tax';
    return [
      `${label}: Odoo ${cents(odooAmount)} ${shopIncludesTax ? 'with' : 'before'} tax (unit price ${line.priceUnit}, ${taxes}), webshop ${cents(shopAmount)}`,
    ];
  });
  const unpriced = shopLines.some((l) => l.priceUnit == null);
  const which = differing.length
    ? `Lines that differ: ${differing.join('; ')}.`
    : unpriced
      ? "Odoo priced the lines (the webshop sent no prices to compare): check the pricelist, the products' taxes and the fiscal position."
      : "No line differs from the webshop's prices: taxes, the fiscal position or rounding make the difference.";
  const converted = shopLines.some((l) => l.priceUnit != null) && lines.some((l) => l.taxes.length);
  const rounding =
    shopPrices && converted && actual.minus(expected).abs().lessThanOrEqualTo(new Decimal('0.01').times(lines.length))
      ? " Odoo rounds unit prices to its 'Product Price' precision (2 digits by default), so a converted " +
        'tax-included price can miss by a cent: give that precision 4 or more digits, or use price-included taxes.'
      : '';
  const currency = order.currency ? ` ${order.currency}` : '';
  return new OdooError(
    `Odoo's total for sale order ${order.name} (${order.externalId}) is ${cents(actual)}${currency}, ` +
      `the webshop expected ${cents(expected)}${currency} (difference ${cents(actual.minus(expected))}); ` +
      `the order was left unconfirmed, as a quotation. ${which}${rounding} Fix the prices, then retry.`,
    { odooName: 'hub.TotalMismatch', kind: 'permanent' },
  );
}
