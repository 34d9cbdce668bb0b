import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityType, PartnerType, PurchaseOrderState } from '../../domain/enums.js';
import {
  ingestPartners,
  ingestPricelistItems,
  ingestProducts,
  ingestPurchaseOrders,
  ingestSaleOrders,
  ingestStock,
} from '../../ingest/ingest.service.js';
import {
  MAX_INGEST_BATCH,
  type IngestOutcome,
  type PricelistItemIngest,
  type ProductIngest,
  type PurchaseOrderLineIngest,
} from '../../ingest/ingest.types.js';
import type { Domain, OdooClient, RawRecord } from '../odoo-client.js';
import { many2oneId, normalizeRecord } from '../odoo-values.js';

/** Archived records arrive too (and are marked `active: false` in their data). */
export const WITH_ARCHIVED = { active_test: false };

/**
 * What a page turns into once everything it needs was read from Odoo: the
 * writes, run in ONE transaction together with the cursor's move (so a page is
 * committed whole or not at all, and never re-read from Odoo on a retry of the
 * transaction). The first outcome is the pulled entity's own; others are what
 * it writes beside (a product's list price).
 */
export type PageWriter = (tx: EntityManager) => Promise<IngestOutcome[]>;

/**
 * One Odoo model read by `write_date`: what to read, and how a page of its raw
 * records becomes ingest calls (reading related records from Odoo where the
 * hub's shape needs their business keys). Every Odoo read happens in `load`,
 * before anything is written.
 */
export interface PullSource {
  model: string;
  fields: string[];
  domain: Domain;
  load(odoo: OdooClient, page: RawRecord[]): Promise<PageWriter>;
}

/** An entity type the hub pulls: its main Odoo model, and companions with their own cursors. */
export interface PulledModel extends PullSource {
  entityType: EntityType;
  /**
   * Models whose changes change this entity without moving the main model's
   * write_date (a product.template's name or sales price: Odoo writes the
   * template only, the variant's write_date stays). Each is pulled after the
   * main model, by its own cursor.
   */
  companions?: PullSource[];
}

/** The business key of a record from Odoo, or `odoo:<model>:<id>` when it has none. */
export function keyOf(value: unknown, model: string, id: number): string {
  return typeof value === 'string' && value.trim() ? value : `odoo:${model}:${id}`;
}

const ids = (values: unknown[]): number[] => [
  ...new Set(values.map((v) => many2oneId(v)).filter((id): id is number => id !== null)),
];

const nothingIngested = (): IngestOutcome => ({ created: 0, updated: 0, unchanged: 0, changes: [] });

/**
 * Ingests in batches the ingest API takes (≤ 1,000 records), all inside the
 * caller's transaction. Odoo does not keep business keys unique (two products
 * may share a `default_code`, two partners a `ref`): records with one key are
 * one record to the hub, and the one last in the page (written last) wins,
 * rather than the ingest refusing the whole page, which would stop the pull
 * at that page for good.
 */
async function inBatches<T>(
  items: T[],
  key: (item: T) => string,
  ingest: (batch: T[]) => Promise<IngestOutcome>,
  size = MAX_INGEST_BATCH,
): Promise<IngestOutcome> {
  const unique = [...new Map(items.map((item) => [key(item), item])).values()];
  const total = nothingIngested();
  for (let i = 0; i < unique.length; i += size) {
    const outcome = await ingest(unique.slice(i, i + size));
    total.created += outcome.created;
    total.updated += outcome.updated;
    total.unchanged += outcome.unchanged;
    total.changes.push(...outcome.changes);
  }
  return total;
}

const byExternalId = (r: { externalId: string }) => r.externalId;
const byPriceKey = (r: PricelistItemIngest) => `${r.pricelistExternalId} ${r.productExternalId}`;

/** SKUs of product.product ids, read in one call. */
async function productKeys(odoo: OdooClient, productIds: number[]): Promise<Map<number, string>> {
  // Callers pass `ids(…)`, already without repeats.
  const rows = await odoo.read('product.product', productIds, ['default_code'], WITH_ARCHIVED);
  return new Map(rows.map((r) => [r.id, keyOf(r.default_code, 'product.product', r.id)]));
}

const PRODUCT_FIELDS = [
  'name',
  'default_code',
  'barcode',
  'active',
  'type',
  'categ_id',
  'description_sale',
  'product_tmpl_id',
  'lst_price',
  'list_price',
];

/** product.product records as products plus their `list_price` PricelistItems. */
function productWriter(page: RawRecord[]): PageWriter {
  // The sales price goes to a PricelistItem, never into product data, so a price change does not rewrite the product.
  const products: ProductIngest[] = page.map((r) => ({
    externalId: keyOf(r.default_code, 'product.product', r.id),
    odooId: r.id,
    data: normalizeRecord(r, {
      booleans: ['active'],
      omit: ['id', 'lst_price', 'list_price', 'qty_available', 'virtual_available'],
      // The template's display name follows its variants' codes (and their
      // archiving), so keeping it would report changes this product never had.
      idOnly: ['product_tmpl_id'],
    }),
  }));
  const prices: PricelistItemIngest[] = page
    .filter((r) => typeof (r.lst_price ?? r.list_price) === 'number')
    .map((r) => ({
      pricelistExternalId: 'list_price',
      productExternalId: keyOf(r.default_code, 'product.product', r.id),
      price: String(r.lst_price ?? r.list_price),
    }));
  return async (tx) => [
    await inBatches(products, byExternalId, (b) => ingestProducts(tx, b)),
    await inBatches(prices, byPriceKey, (b) => ingestPricelistItems(tx, b)),
  ];
}

/**
 * A template's own fields (name, sales price, category, description, type)
 * are written on product.template alone: Odoo does not move its variants'
 * write_date. So templates are pulled too, and their variants read again;
 * the diff finds the ones that did not change.
 */
const PRODUCT_TEMPLATES: PullSource = {
  model: 'product.template',
  fields: ['id'],
  domain: [],
  async load(odoo, page) {
    const variants = page.length
      ? await odoo.searchRead('product.product', [['product_tmpl_id', 'in', page.map((t) => t.id)]], {
          fields: PRODUCT_FIELDS,
          order: 'id asc',
          context: WITH_ARCHIVED,
        })
      : [];
    return productWriter(variants);
  },
};

const PRODUCTS: PulledModel = {
  entityType: EntityType.PRODUCT,
  model: 'product.product',
  fields: PRODUCT_FIELDS,
  domain: [],
  load: async (_odoo, page) => productWriter(page),
  companions: [PRODUCT_TEMPLATES],
};

const PARTNERS: PulledModel = {
  entityType: EntityType.PARTNER,
  model: 'res.partner',
  fields: [
    'name',
    'type',
    'parent_id',
    'ref',
    'is_company',
    'email',
    'phone',
    'street',
    'street2',
    'zip',
    'city',
    'country_id',
    'vat',
    'active',
  ],
  domain: [],
  async load(odoo, page) {
    const inPage = new Map(page.map((r) => [r.id, r]));
    const missing = ids(page.map((r) => r.parent_id)).filter((id) => !inPage.has(id));
    const parents = new Map((await odoo.read('res.partner', missing, ['ref'], WITH_ARCHIVED)).map((r) => [r.id, r]));
    const partnerKey = (id: number) => keyOf((inPage.get(id) ?? parents.get(id))?.ref, 'res.partner', id);
    const partners = page.map((r) => {
      const parentId = many2oneId(r.parent_id);
      const type = String(r.type || 'contact');
      return {
        externalId: partnerKey(r.id),
        odooId: r.id,
        // Odoo 16's `private` addresses have no counterpart in the hub: OTHER.
        type: (Object.values(PartnerType) as string[]).includes(type) ? (type as PartnerType) : PartnerType.OTHER,
        // A parent sharing the child's `ref` would make the partner its own parent: left unlinked.
        externalParentId: parentId === null || partnerKey(parentId) === partnerKey(r.id) ? null : partnerKey(parentId),
        data: normalizeRecord(r, { booleans: ['active', 'is_company'], omit: ['id'] }),
      };
    });
    return async (tx) => [await inBatches(partners, byExternalId, (b) => ingestPartners(tx, b))];
  },
};

const SALE_ORDERS: PulledModel = {
  entityType: EntityType.SALE_ORDER,
  model: 'sale.order',
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
      externalId: keyOf(r.client_order_ref || r.name, 'sale.order', r.id),
      odooId: r.id,
      data: normalizeRecord(r, { omit: ['id'] }),
    }));
    return async (tx) => [await inBatches(orders, byExternalId, (b) => ingestSaleOrders(tx, b))];
  },
};

const PO_STATES: Record<string, PurchaseOrderState> = {
  draft: PurchaseOrderState.DRAFT,
  sent: PurchaseOrderState.SENT,
  'to approve': PurchaseOrderState.TO_APPROVE,
  purchase: PurchaseOrderState.PURCHASE,
  done: PurchaseOrderState.DONE,
  cancel: PurchaseOrderState.CANCEL,
};

const PURCHASE_ORDERS: PulledModel = {
  entityType: EntityType.PURCHASE_ORDER,
  model: 'purchase.order',
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
          productExternalId: skus.get(productId) ?? keyOf(null, 'product.product', productId),
          quantity: Math.max(0, Number(l.product_qty)),
          priceUnit: String(l.price_unit),
        },
      ]);
    }
    const orders = page.map((r) => ({
      externalId: keyOf(r.name, 'purchase.order', r.id),
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

/**
 * Stock is read from stock.quant: the quants changed since the cursor name the
 * products whose stock moved; their quantity is then summed over all internal
 * locations (supplier `odoo`), so a move between shelves changes nothing and
 * stock in customer, vendor or transit locations counts for nothing.
 */
const STOCK: PulledModel = {
  entityType: EntityType.STOCK,
  model: 'stock.quant',
  fields: ['product_id'],
  domain: [],
  async load(odoo, page) {
    const productIds = ids(page.map((q) => q.product_id));
    // Two reads that need only the ids: side by side.
    const [quants, skus] = await Promise.all([
      productIds.length
        ? odoo.searchRead(
            'stock.quant',
            [
              ['product_id', 'in', productIds],
              ['location_id.usage', '=', 'internal'],
            ],
            { fields: ['product_id', 'quantity'] },
          )
        : [],
      productKeys(odoo, productIds),
    ]);
    const totals = new Map<number, number>(productIds.map((id) => [id, 0]));
    for (const q of quants) {
      const id = many2oneId(q.product_id);
      if (id !== null) totals.set(id, (totals.get(id) ?? 0) + Number(q.quantity));
    }
    // Odoo allows negative quants (sold before received); the webshop has nothing to sell then.
    const stock = [...totals].map(([id, qty]) => ({
      supplierExternalId: 'odoo',
      productExternalId: skus.get(id) ?? keyOf(null, 'product.product', id),
      quantity: Math.max(0, qty),
    }));
    return async (tx) => [
      await inBatches(
        stock,
        (r) => `${r.supplierExternalId} ${r.productExternalId}`,
        (b) => ingestStock(tx, b),
      ),
    ];
  },
};

/**
 * Odoo's product.pricelist.item `_order` (applied_on, min_quantity desc,
 * categ_id desc, id desc; categories play no part among product and variant
 * rules): the first applicable rule is the one Odoo prices with.
 */
function ruleOrder(a: RawRecord, b: RawRecord): number {
  return (
    String(a.applied_on).localeCompare(String(b.applied_on)) ||
    Number(b.min_quantity) - Number(a.min_quantity) ||
    b.id - a.id
  );
}

const RULE_FIELDS = [
  'pricelist_id',
  'product_id',
  'product_tmpl_id',
  'applied_on',
  'compute_price',
  'fixed_price',
  'min_quantity',
];

/**
 * Pricelist rules on one product (template) or one variant. A changed rule
 * makes the hub price again every variant of its template on its pricelist,
 * the way Odoo prices one unit: among the rules of that pricelist for the
 * variant or its template with a minimum quantity of at most 1, the first in
 * Odoo's rule order (variant before template, larger minimum quantity first,
 * newer first). When that rule is a fixed price, it becomes the PricelistItem
 * `odoo:product.pricelist:<id>`; other computations (discounts, formulas) and
 * category or global rules are not the hub's to compute.
 */
const PRICELIST_ITEMS: PulledModel = {
  entityType: EntityType.PRICELIST_ITEM,
  model: 'product.pricelist.item',
  fields: RULE_FIELDS,
  domain: [['applied_on', 'in', ['0_product_variant', '1_product']]],
  async load(odoo, page) {
    // A variant rule may come without its template (older clients): look it up.
    const variantOnly = ids(page.filter((r) => many2oneId(r.product_tmpl_id) === null).map((r) => r.product_id));
    const templateOf = new Map(
      (await odoo.read('product.product', variantOnly, ['product_tmpl_id'], WITH_ARCHIVED)).map((v) => [
        v.id,
        many2oneId(v.product_tmpl_id),
      ]),
    );
    const pricelists = ids(page.map((r) => r.pricelist_id));
    const templates = [
      ...new Set(
        page
          .map((r) => many2oneId(r.product_tmpl_id) ?? templateOf.get(many2oneId(r.product_id) ?? -1) ?? null)
          .filter((id): id is number => id !== null),
      ),
    ];
    if (!pricelists.length || !templates.length) return () => Promise.resolve([nothingIngested()]);
    const [rules, variants] = await Promise.all([
      odoo.searchRead(
        'product.pricelist.item',
        [
          ['pricelist_id', 'in', pricelists],
          ['applied_on', 'in', ['0_product_variant', '1_product']],
          ['min_quantity', '<=', 1],
          '|',
          ['product_tmpl_id', 'in', templates],
          ['product_id.product_tmpl_id', 'in', templates],
        ],
        { fields: RULE_FIELDS },
      ),
      odoo.searchRead('product.product', [['product_tmpl_id', 'in', templates]], {
        fields: ['product_tmpl_id', 'default_code'],
        context: WITH_ARCHIVED,
      }),
    ]);
    rules.sort(ruleOrder);
    // Only the pairs the page touched are priced again (the rules read cover their whole templates).
    const touched = new Set(
      page.map(
        (r) =>
          `${many2oneId(r.pricelist_id)}/${many2oneId(r.product_tmpl_id) ?? templateOf.get(many2oneId(r.product_id) ?? -1)}`,
      ),
    );
    const items: PricelistItemIngest[] = [];
    for (const pricelist of pricelists) {
      for (const v of variants) {
        const template = many2oneId(v.product_tmpl_id);
        if (!touched.has(`${pricelist}/${template}`)) continue;
        const winner = rules.find(
          (r) =>
            many2oneId(r.pricelist_id) === pricelist &&
            (r.applied_on === '0_product_variant'
              ? many2oneId(r.product_id) === v.id
              : many2oneId(r.product_tmpl_id) === template),
        );
        if (winner?.compute_price !== 'fixed') continue;
        items.push({
          pricelistExternalId: `odoo:product.pricelist:${pricelist}`,
          productExternalId: keyOf(v.default_code, 'product.product', v.id),
          price: String(winner.fixed_price),
        });
      }
    }
    return async (tx) => [await inBatches(items, byPriceKey, (b) => ingestPricelistItems(tx, b))];
  },
};

/**
 * How each entity type is read from Odoo: every type of the registry has its
 * pull here (a missing one is a compile error), from the registry's model and
 * companions (tests/db/registry.test.ts checks they agree).
 */
export const PULLED_MODELS: { readonly [T in EntityType]: PulledModel } = {
  [EntityType.PRODUCT]: PRODUCTS,
  [EntityType.PARTNER]: PARTNERS,
  [EntityType.SALE_ORDER]: SALE_ORDERS,
  [EntityType.PURCHASE_ORDER]: PURCHASE_ORDERS,
  [EntityType.STOCK]: STOCK,
  [EntityType.PRICELIST_ITEM]: PRICELIST_ITEMS,
};
