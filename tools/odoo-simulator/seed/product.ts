/**
 * Seed data of the product addon: categories, products (templates with their
 * variant, some archived, mostly storable), vendor prices, pricelists, and
 * later price changes.
 */
import type { OdooVersion } from '../orm/model-spec.js';
import type { BaseIds } from './install.js';
import { pad, type SeedRun } from './seed-run.js';

const ADJECTIVES = [
  'Compact',
  'Deluxe',
  'Classic',
  'Modern',
  'Rustic',
  'Ergonomic',
  'Portable',
  'Heavy-Duty',
  'Slim',
  'Premium',
  'Vintage',
  'Smart',
];
const MATERIALS = ['Oak', 'Steel', 'Bamboo', 'Leather', 'Glass', 'Ceramic', 'Aluminium', 'Walnut', 'Cotton', 'Granite'];
const NOUNS = [
  'Desk Lamp',
  'Office Chair',
  'Bookshelf',
  'Coffee Table',
  'Storage Box',
  'Monitor Stand',
  'Wall Clock',
  'Planter',
  'Cutting Board',
  'Water Bottle',
  'Backpack',
  'Notebook',
  'Headphone Stand',
  'Desk Organizer',
  'Floor Mat',
];
const CATEGORIES = ['Furniture', 'Office Supplies', 'Kitchen', 'Outdoor', 'Accessories'];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** An EAN-13 (with its check digit) in the in-store "20" range. */
function ean13(n: number): string {
  const digits = `20${pad(n, 10)}`;
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return digits + ((10 - (sum % 10)) % 10);
}

export interface SeededProduct {
  id: number;
  variant: number;
  price: number;
  cost: number;
  storable: boolean;
  sku: string;
}

export function seedCategories(run: SeedRun, base: BaseIds): number[] {
  return CATEGORIES.map((name) => run.create('product.category', { name, parent_id: base.categorySaleable }));
}

export function seedProducts(run: SeedRun, categories: number[], count: number, version: OdooVersion): SeededProduct[] {
  const { env, random, pick, create } = run;
  const storableType = version >= 18 ? { type: 'consu', is_storable: true } : { type: 'product' };
  const templates: SeededProduct[] = [];
  for (let i = 1; i <= count; i++) {
    const sku = `SKU-${pad(i, 5)}`;
    const price = round2(5 + random() * 495);
    const cost = round2(price * (0.4 + random() * 0.3));
    const roll = i % 33;
    const kind = roll === 0 ? { type: 'service' } : roll % 11 === 0 ? { type: 'consu' } : storableType;
    const id = create('product.template', {
      name: `${pick(ADJECTIVES)} ${pick(MATERIALS)} ${pick(NOUNS)}`,
      default_code: sku,
      barcode: kind.type === 'service' ? false : ean13(i),
      list_price: price,
      standard_price: cost,
      categ_id: categories[i % categories.length],
      description_sale: i % 3 === 0 ? 'Ships within 2 business days. 2-year warranty.' : false,
      active: i % 50 !== 0,
      ...kind,
      // 16–17: the product type a user picks is detailed_type (`type` follows it).
      ...(version < 18 ? { detailed_type: kind.type } : {}),
    });
    // The template's create() made its variant just now.
    const variant = env.lastId('product.product');
    templates.push({ id, variant, price, cost, storable: kind === storableType, sku });
  }
  return templates;
}

/** Vendor prices for 40% of the products. */
export function seedVendorPrices(run: SeedRun, templates: SeededProduct[], vendors: number[]): void {
  templates.forEach((t, i) => {
    if (i % 5 < 2) {
      const vendorIndex = i % vendors.length;
      run.create('product.supplierinfo', {
        partner_id: vendors[vendorIndex],
        product_tmpl_id: t.id,
        price: t.cost,
        min_qty: 1,
        product_code: `V${vendorIndex + 1}-${t.sku}`,
        delay: 3 + (i % 10),
      });
    }
  });
}

/** Pricelists with fixed-price rules, in quantity tiers. */
export function seedPricelists(
  run: SeedRun,
  base: BaseIds,
  templates: SeededProduct[],
  itemCount: number,
): { publicList: number; b2bList: number } {
  const { create } = run;
  const publicList = create('product.pricelist', { name: 'Public', currency_id: base.eur, sequence: 1 });
  const b2bList = create('product.pricelist', { name: 'B2B', currency_id: base.eur, sequence: 2 });
  for (let k = 0; k < itemCount && templates.length; k++) {
    const b2b = k % 2 === 1;
    const t = templates[Math.floor(k / 2) % templates.length];
    const tier = Math.floor(k / (2 * templates.length));
    const variantRule = k % 10 === 9;
    create('product.pricelist.item', {
      pricelist_id: b2b ? b2bList : publicList,
      applied_on: variantRule ? '0_product_variant' : '1_product',
      product_tmpl_id: t.id,
      product_id: variantRule ? t.variant : false,
      compute_price: 'fixed',
      fixed_price: round2(t.price * (b2b ? 0.85 : 1) * (1 - 0.05 * (tier % 4))),
      min_quantity: [0, 10, 50, 100][tier % 4],
    });
  }
  return { publicList, b2bList };
}

/** Later price changes, so write_date order differs from id order. */
export function seedPriceChanges(run: SeedRun, templates: SeededProduct[]): void {
  const { write, end } = run;
  templates.forEach((t, i) => {
    if (i % 7 === 3) {
      write(
        'product.product',
        [t.variant],
        { lst_price: round2(t.price * 1.05) },
        end - Math.floor(((templates.length - i) * 86_400_000) / templates.length),
      );
    }
  });
}
