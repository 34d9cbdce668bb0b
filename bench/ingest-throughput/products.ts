/**
 * The ingest benchmark's data: Odoo-like product.product records from a seeded
 * PRNG (the same on every run), cut into batches and serialised ahead of the
 * clock, as GraphQL request bodies and as the baseline's jsonb parameter.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ProductIngest } from '../../src/ingest/ingest.types.js';

export const MUTATION = `mutation BenchIngest($input: [ProductInput!]!) {
  ingestProducts(input: $input) { created updated unchanged }
}`;

export const CHANGED_SHARE = 10; // every 10th product changes one field in the third pass

// --- Data: Odoo-like product.product records, ~30 top-level keys of every JSON kind ---

const CATEGORIES = [
  'All / Saleable / Furniture',
  'All / Saleable / Lighting',
  'All / Saleable / Office',
  'All / Parts',
];
const WORDS = [
  'oak',
  'desk',
  'lamp',
  'chair',
  'steel',
  'black',
  'white',
  'ergonomic',
  'compact',
  'large',
  'soft',
  'eco',
];
const COLORS = ['Black', 'White', 'Oak', 'Walnut', 'Grey', 'Blue'];
const COUNTRIES = ['DE', 'NL', 'BE', 'FR', 'PL', 'CN', 'VN', 'IT'];

export function makeProduct(i: number, random: () => number): ProductIngest {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const money = (max: number) => Math.round(random() * max * 100) / 100;
  const code = `SKU-${String(i).padStart(6, '0')}`;
  const categ = Math.floor(random() * CATEGORIES.length);
  const name = `${words(2)} ${pick(COLORS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
  const data = {
    id: 100_000 + i,
    name,
    display_name: `[${code}] ${name}`,
    default_code: code,
    barcode: String(4_000_000_000_000 + i * 7),
    list_price: money(500),
    standard_price: money(250),
    type: random() < 0.9 ? 'product' : 'consu',
    categ_id: [categ + 1, CATEGORIES[categ]!],
    uom_id: [1, 'Units'],
    active: random() < 0.97,
    sale_ok: true,
    purchase_ok: random() < 0.8,
    weight: Math.round(random() * 40_000) / 1000,
    volume: Math.round(random() * 500) / 1000,
    description_sale: `${words(12)}. ${words(10)}.`,
    taxes_id: [1 + Math.floor(random() * 3)],
    qty_available: Math.floor(random() * 500),
    virtual_available: Math.floor(random() * 550),
    tracking: random() < 0.1 ? 'serial' : 'none',
    invoice_policy: random() < 0.5 ? 'order' : 'delivery',
    write_date: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('T', ' ').slice(0, 19),
    company_id: [1, 'My Company (Berlin)'],
    country_of_origin: pick(COUNTRIES),
    hs_code: `9403.${String(10 + Math.floor(random() * 80))}`,
    sale_delay: Math.floor(random() * 14),
    dimensions: {
      length: Math.round(random() * 2000) / 10,
      width: Math.round(random() * 1000) / 10,
      height: Math.round(random() * 1500) / 10,
      unit: 'cm',
    },
    attribute_values: [
      { attribute: 'Color', value: pick(COLORS), price_extra: 0 },
      { attribute: 'Size', value: pick(['S', 'M', 'L', 'XL']), price_extra: money(20) },
    ],
    packaging: [{ name: 'Box', qty: 1 + Math.floor(random() * 12), barcode: String(5_000_000_000_000 + i) }],
    website: {
      is_published: random() < 0.85,
      url: `/shop/${code.toLowerCase()}`,
      seo: { title: name, keywords: [pick(WORDS), pick(WORDS), pick(WORDS)] },
    },
    tag_ids: Array.from({ length: Math.floor(random() * 4) }, () => pick(WORDS)),
    note: random() < 0.3 ? null : `Internal note ${i}: ${words(4)}`,
  };
  return { externalId: code, odooId: 100_000 + i, data };
}

// --- Batches, serialised ahead of the clock ---

export interface Prepared {
  /** The GraphQL request bodies, one per batch. */
  api: string[];
  /** The baseline's jsonb parameter, one per batch. */
  raw: string[];
}

/** A product as the baseline's jsonb row: what the ingest statement inserts for a new one. */
export function rawRow(p: ProductIngest) {
  return {
    id: uuidv7(),
    external_id: p.externalId,
    odoo_id: p.odooId,
    current_data: p.data,
    changed_fields: Object.keys(p.data).sort(),
  };
}

export function prepare(products: ProductIngest[], batch: number): Prepared {
  const api: string[] = [];
  const raw: string[] = [];
  for (let at = 0; at < products.length; at += batch) {
    const slice = products.slice(at, at + batch);
    api.push(JSON.stringify({ query: MUTATION, operationName: 'BenchIngest', variables: { input: slice } }));
    raw.push(JSON.stringify(slice.map(rawRow)));
  }
  return { api, raw };
}
