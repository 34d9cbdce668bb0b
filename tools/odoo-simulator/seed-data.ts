/**
 * Data for the simulated database. `installBaseData` lays down what every
 * fresh Odoo has (currencies, countries, units, the company, OdooBot and the
 * admin user, the warehouse locations); `seedDatabase` adds a deterministic,
 * realistic catalogue, customers, vendors, stock, prices and orders, dated over
 * the past 90 days.
 */
import type { OdooVersion, Vals } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

export interface SeedSizes {
  /** Product templates, each with its variant (SKU-00001 …). */
  products?: number;
  /** Customer companies (CUST-0001 …), each with a delivery address and some with invoice addresses and contacts. */
  partners?: number;
  /** Quants, spread over WH/Stock, WH/Stock/Shelf 1 and WH/Stock/Shelf 2. */
  quants?: number;
  /** Fixed-price rules on the "Public" and "B2B" pricelists. */
  pricelistItems?: number;
  purchaseOrders?: number;
  saleOrders?: number;
}

export const DEFAULT_SEED: Required<SeedSizes> = {
  products: 100,
  partners: 40,
  quants: 150,
  pricelistItems: 60,
  purchaseOrders: 15,
  saleOrders: 15,
};

/** Ids of the records every simulated database has. */
export interface BaseIds {
  eur: number;
  countries: Map<string, number>;
  categoryAll: number;
  categorySaleable: number;
  stock: number;
  customers: number;
}

const COUNTRIES: Array<[string, string, number | null]> = [
  ['Belgium', 'BE', 1],
  ['Germany', 'DE', 1],
  ['France', 'FR', 1],
  ['Netherlands', 'NL', 1],
  ['Austria', 'AT', 1],
  ['Spain', 'ES', 1],
  ['Italy', 'IT', 1],
  ['Switzerland', 'CH', null],
  ['United Kingdom', 'GB', null],
  ['United States', 'US', 2],
];

/** What a new Odoo database holds before anyone uses it. */
export function installBaseData(env: SimEnv, login: string): BaseIds {
  const create = (model: string, vals: Vals) => env.createRecords(model, [vals], {})[0];
  const eur = create('res.currency', { name: 'EUR', symbol: '€' });
  create('res.currency', { name: 'USD', symbol: '$' });
  const countries = new Map<string, number>();
  for (const [name, code, currency] of COUNTRIES) {
    countries.set(code, create('res.country', { name, code, currency_id: currency ?? false }));
  }
  for (const name of ['Units', 'Dozens', 'kg']) create('uom.uom', { name });
  const company = create('res.partner', {
    name: 'My Company',
    is_company: true,
    street: 'Rue de la Loi 16',
    zip: '1000',
    city: 'Brussels',
    country_id: countries.get('BE'),
    email: 'info@mycompany.example',
  });
  create('res.company', { name: 'My Company', partner_id: company, currency_id: eur });
  const botPartner = create('res.partner', { name: 'OdooBot', active: false, parent_id: company });
  const adminPartner = create('res.partner', {
    name: 'Administrator',
    parent_id: company,
    email: 'admin@mycompany.example',
  });
  create('res.users', { name: 'OdooBot', login: '__system__', partner_id: botPartner, active: false });
  create('res.users', { name: 'Administrator', login, partner_id: adminPartner });
  const categoryAll = create('product.category', { name: 'All' });
  const categorySaleable = create('product.category', { name: 'Saleable', parent_id: categoryAll });
  const physical = create('stock.location', { name: 'Physical Locations', usage: 'view' });
  const partners = create('stock.location', { name: 'Partners', usage: 'view' });
  const virtual = create('stock.location', { name: 'Virtual Locations', usage: 'view' });
  create('stock.location', { name: 'Vendors', usage: 'supplier', location_id: partners });
  const customers = create('stock.location', { name: 'Customers', usage: 'customer', location_id: partners });
  create('stock.location', { name: 'Inventory adjustment', usage: 'inventory', location_id: virtual });
  const warehouse = create('stock.location', { name: 'WH', usage: 'view', location_id: physical });
  const stock = create('stock.location', { name: 'Stock', usage: 'internal', location_id: warehouse });
  return { eur, countries, categoryAll, categorySaleable, stock, customers };
}

/** mulberry32: a small, fast PRNG, so the same sizes always give the same data (the benches use it too). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
const COMPANY_WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Wonka',
  'Stark',
  'Tyrell',
  'Cyberdyne',
  'Gringotts',
];
const COMPANY_KINDS = [
  'Trading',
  'Supplies',
  'Retail',
  'Group',
  'Industries',
  'Logistics',
  'Foods',
  'Studio',
  'Interiors',
  'Office',
];
const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Emma',
  'Felix',
  'Greta',
  'Hugo',
  'Inès',
  'Jonas',
  'Lena',
  'Marco',
];
const LAST_NAMES = [
  'Peeters',
  'Müller',
  'Dubois',
  'de Vries',
  'Rossi',
  'García',
  'Janssens',
  'Schmidt',
  'Bernard',
  'Bakker',
];
const CITIES: Array<[string, string, string, string]> = [
  ['Brussels', '1000', 'BE', 'GmbH'],
  ['Antwerp', '2000', 'BE', 'NV'],
  ['Berlin', '10115', 'DE', 'GmbH'],
  ['Munich', '80331', 'DE', 'GmbH'],
  ['Paris', '75001', 'FR', 'SARL'],
  ['Lyon', '69001', 'FR', 'SAS'],
  ['Amsterdam', '1012', 'NL', 'BV'],
  ['Rotterdam', '3011', 'NL', 'BV'],
  ['Vienna', '1010', 'AT', 'GmbH'],
  ['Madrid', '28001', 'ES', 'SL'],
  ['Milan', '20121', 'IT', 'SRL'],
  ['London', 'EC1A', 'GB', 'Ltd'],
];
const STREETS = [
  'Market Street',
  'Station Road',
  'Church Lane',
  'Harbour Way',
  'Mill Road',
  'Park Avenue',
  'High Street',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round2 = (n: number) => Math.round(n * 100) / 100;

/** An EAN-13 (with its check digit) in the in-store "20" range. */
function ean13(n: number): string {
  const digits = `20${pad(n, 10)}`;
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return digits + ((10 - (sum % 10)) % 10);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Seeds the database; everything is dated between 90 days and one minute ago, in creation order. */
export function seedDatabase(env: SimEnv, base: BaseIds, sizes: SeedSizes, version: OdooVersion): void {
  const size = { ...DEFAULT_SEED, ...sizes };
  const random = prng(0x0d00);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const end = Date.now() - 60_000;
  const span = 90 * 24 * 3600 * 1000;
  const vendorCount = Math.max(3, Math.ceil(size.partners / 25));
  const total =
    size.products * 2 +
    size.partners * 3 +
    vendorCount +
    size.pricelistItems +
    size.quants +
    size.purchaseOrders * 4 +
    size.saleOrders * 4 +
    20;
  let step = 0;
  /** Creates at the next moment of the seeding timeline. */
  const create = (model: string, vals: Vals): number =>
    env.atTime(end - span + Math.floor((step++ * span) / total), () => env.createRecords(model, [vals], {})[0]);
  const write = (model: string, ids: number[], vals: Vals, at: number) =>
    env.atTime(at, () => env.writeRecords(model, ids, vals, {}));

  // Categories and locations.
  const categories = CATEGORIES.map((name) => create('product.category', { name, parent_id: base.categorySaleable }));
  const shelves = [1, 2].map((n) =>
    create('stock.location', { name: `Shelf ${n}`, usage: 'internal', location_id: base.stock }),
  );
  const internalLocations = [base.stock, ...shelves];

  // Customers, with their addresses and contacts.
  const customers: number[] = [];
  for (let i = 1; i <= size.partners; i++) {
    const [city, zip, country, legal] = CITIES[i % CITIES.length];
    const name = `${pick(COMPANY_WORDS)} ${pick(COMPANY_KINDS)} ${legal}`;
    const domain = `${slug(name)}-${i}.example`;
    const archived = i % 40 === 0;
    const street = `${pick(STREETS)} ${1 + Math.floor(random() * 180)}`;
    const company = create('res.partner', {
      name,
      ref: `CUST-${pad(i, 4)}`,
      is_company: true,
      customer_rank: 1,
      email: `orders@${domain}`,
      phone: `+${30 + (i % 20)} ${pad(Math.floor(random() * 1e8), 8)}`,
      street,
      zip,
      city,
      country_id: base.countries.get(country),
      vat: i % 3 === 0 ? `${country}${pad(Math.floor(random() * 1e9), 9)}` : false,
      lang: country === 'DE' || country === 'AT' ? 'de_DE' : country === 'FR' ? 'fr_FR' : 'en_US',
      active: !archived,
    });
    customers.push(company);
    create('res.partner', {
      parent_id: company,
      type: 'delivery',
      name: i % 2 ? false : `${name} Warehouse`,
      street: `${pick(STREETS)} ${1 + Math.floor(random() * 180)}`,
      zip,
      city,
      country_id: base.countries.get(country),
      active: !archived,
    });
    if (i % 2 === 0) {
      create('res.partner', {
        parent_id: company,
        type: 'invoice',
        name: 'Accounts Payable',
        email: `invoices@${domain}`,
        street,
        zip,
        city,
        active: !archived,
      });
    }
    if (i % 3 === 0) {
      const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      create('res.partner', {
        parent_id: company,
        type: 'contact',
        name: person,
        email: `${slug(person)}@${domain}`,
        active: !archived,
      });
    }
  }
  const vendors: number[] = [];
  for (let i = 1; i <= vendorCount; i++) {
    const [city, zip, country, legal] = CITIES[(i * 5) % CITIES.length];
    vendors.push(
      create('res.partner', {
        name: `${pick(COMPANY_WORDS)} ${pick(['Manufacturing', 'Wholesale', 'Components', 'Imports'])} ${legal}`,
        ref: `VEND-${pad(i, 4)}`,
        is_company: true,
        supplier_rank: 1,
        email: `sales@vendor-${i}.example`,
        city,
        zip,
        country_id: base.countries.get(country),
      }),
    );
  }

  // Products: templates with their variant, some archived, mostly storable.
  const storableType = version >= 18 ? { type: 'consu', is_storable: true } : { type: 'product' };
  const templates: Array<{ id: number; variant: number; price: number; cost: number; storable: boolean; sku: string }> =
    [];
  for (let i = 1; i <= size.products; i++) {
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
    });
    // The template's create() made its variant just now.
    const variant = env.lastId('product.product');
    templates.push({ id, variant, price, cost, storable: kind === storableType, sku });
  }

  // Vendor prices for 40% of the products.
  templates.forEach((t, i) => {
    if (i % 5 < 2) {
      const vendorIndex = i % vendors.length;
      create('product.supplierinfo', {
        partner_id: vendors[vendorIndex],
        product_tmpl_id: t.id,
        price: t.cost,
        min_qty: 1,
        product_code: `V${vendorIndex + 1}-${t.sku}`,
        delay: 3 + (i % 10),
      });
    }
  });

  // Pricelists with fixed-price rules, in quantity tiers.
  const publicList = create('product.pricelist', { name: 'Public', currency_id: base.eur, sequence: 1 });
  const b2bList = create('product.pricelist', { name: 'B2B', currency_id: base.eur, sequence: 2 });
  for (let k = 0; k < size.pricelistItems && templates.length; k++) {
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

  // Stock: each storable product on up to three internal locations.
  const storable = templates.filter((t) => t.storable);
  const quantCount = Math.min(size.quants, storable.length * internalLocations.length);
  for (let k = 0; k < quantCount; k++) {
    const quantity = random() < 0.08 ? 0 : Math.floor(random() * 250);
    create('stock.quant', {
      product_id: storable[k % storable.length].variant,
      // Each pass over the products shifts the location by one: every location gets quants, no pair repeats.
      location_id:
        internalLocations[((k % storable.length) + Math.floor(k / storable.length)) % internalLocations.length],
      quantity,
      reserved_quantity: Math.min(quantity, Math.floor(random() * 6)),
    });
  }

  // Purchase orders in every state.
  const purchasable = storable.length ? storable : templates;
  const poStates = ['draft', 'sent', 'purchase', 'purchase', 'done', 'cancel'];
  for (let j = 0; j < size.purchaseOrders && purchasable.length; j++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 5) }, () => [
      0,
      0,
      { product_id: pick(purchasable).variant, product_qty: 1 + Math.floor(random() * 100) },
    ]);
    const at = end - span + Math.floor((step * span) / total);
    const id = create('purchase.order', {
      partner_id: vendors[j % vendors.length],
      partner_ref: j % 3 === 0 ? `VR-${10000 + j}` : false,
      origin: j % 4 === 0 ? `OP/${pad(j, 5)}` : false,
      date_order: new Date(at).toISOString().slice(0, 19).replace('T', ' '),
      order_line: lines,
    });
    const state = poStates[j % poStates.length];
    if (state !== 'draft') {
      const confirmed = state === 'purchase' || state === 'done';
      write(
        'purchase.order',
        [id],
        {
          state,
          ...(confirmed ? { date_approve: new Date(at + 3_600_000).toISOString().slice(0, 19).replace('T', ' ') } : {}),
        },
        at + 3_600_000,
      );
    }
  }

  // Sale orders from the webshop and the back office.
  const sellable = templates.filter((t) => t.storable || t.price > 0);
  const soStates =
    version === 16 ? ['draft', 'sent', 'sale', 'sale', 'done', 'cancel'] : ['draft', 'sent', 'sale', 'sale', 'cancel'];
  const activeCustomers = customers.filter((_, i) => (i + 1) % 40 !== 0);
  for (let j = 0; j < size.saleOrders && sellable.length && activeCustomers.length; j++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => [
      0,
      0,
      { product_id: pick(sellable).variant, product_uom_qty: 1 + Math.floor(random() * 10) },
    ]);
    const at = end - span + Math.floor((step * span) / total);
    const id = create('sale.order', {
      partner_id: activeCustomers[j % activeCustomers.length],
      client_order_ref: j % 2 === 0 ? `WEB-${100000 + j}` : false,
      pricelist_id: j % 3 === 0 ? b2bList : publicList,
      date_order: new Date(at).toISOString().slice(0, 19).replace('T', ' '),
      order_line: lines,
    });
    const state = soStates[j % soStates.length];
    if (state !== 'draft') write('sale.order', [id], { state }, at + 1_800_000);
  }

  // Later price changes, so write_date order differs from id order.
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
