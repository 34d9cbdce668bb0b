import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityType, PartnerType, PurchaseOrderState } from '../modules/common/enums.js';
import {
  ingestPartners,
  ingestPricelistItems,
  ingestProducts,
  ingestPurchaseOrders,
  ingestSaleOrders,
  ingestStock,
  type PurchaseOrderLineIngest,
} from '../sync/ingest/ingest.service.js';
import type { IngestOutcome } from '../sync/ingest/ingest.types.js';
import type { Domain, OdooClient, RawRecord } from './odoo-client.js';
import { many2oneId, normalizeRecord } from './odoo-values.js';

/** Archived records arrive too (and are marked `active: false` in their data). */
export const WITH_ARCHIVED = { active_test: false };

/**
 * One Odoo model the hub pulls: what to read, and how a page of its raw records
 * becomes ingest calls (reading related records from Odoo where the hub's shape
 * needs their business keys).
 */
export interface PulledModel {
  entityType: EntityType;
  model: string;
  fields: string[];
  domain: Domain;
  ingest(odoo: OdooClient, em: EntityManager, page: RawRecord[]): Promise<IngestOutcome[]>;
}

/** The business key of a record from Odoo, or `odoo:<model>:<id>` when it has none. */
export function keyOf(value: unknown, model: string, id: number): string {
  return typeof value === 'string' && value.trim() ? value : `odoo:${model}:${id}`;
}

/** SKUs of product.product ids, read in one call. */
async function productKeys(odoo: OdooClient, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const rows = await odoo.read('product.product', unique, ['default_code'], WITH_ARCHIVED);
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

const PRODUCTS: PulledModel = {
  entityType: EntityType.PRODUCT,
  model: 'product.product',
  fields: PRODUCT_FIELDS,
  domain: [],
  async ingest(_odoo, em, page) {
    // The sales price goes to a PricelistItem, never into product data, so a price change does not rewrite the product.
    const products = page.map((r) => ({
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
    const prices = page
      .filter((r) => typeof (r.lst_price ?? r.list_price) === 'number')
      .map((r) => ({
        pricelistExternalId: 'list_price',
        productExternalId: keyOf(r.default_code, 'product.product', r.id),
        price: String(r.lst_price ?? r.list_price),
      }));
    return [await ingestProducts(em, products), await ingestPricelistItems(em, prices)];
  },
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
  async ingest(odoo, em, page) {
    const inPage = new Map(page.map((r) => [r.id, r]));
    const missing = page
      .map((r) => many2oneId(r.parent_id))
      .filter((id): id is number => id !== null && !inPage.has(id));
    const parents = new Map(
      (await odoo.read('res.partner', [...new Set(missing)], ['ref'], WITH_ARCHIVED)).map((r) => [r.id, r]),
    );
    const partnerKey = (id: number) => keyOf((inPage.get(id) ?? parents.get(id))?.ref, 'res.partner', id);
    const partners = page.map((r) => {
      const parentId = many2oneId(r.parent_id);
      const type = String(r.type || 'contact');
      return {
        externalId: partnerKey(r.id),
        odooId: r.id,
        // Odoo 16's `private` addresses have no counterpart in the hub: OTHER.
        type: (Object.values(PartnerType) as string[]).includes(type) ? (type as PartnerType) : PartnerType.OTHER,
        externalParentId: parentId === null ? null : partnerKey(parentId),
        data: normalizeRecord(r, { booleans: ['active', 'is_company'], omit: ['id'] }),
      };
    });
    return [await ingestPartners(em, partners)];
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
  async ingest(_odoo, em, page) {
    const orders = page.map((r) => ({
      externalId: keyOf(r.client_order_ref || r.name, 'sale.order', r.id),
      odooId: r.id,
      data: normalizeRecord(r, { omit: ['id'] }),
    }));
    return [await ingestSaleOrders(em, orders)];
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
  async ingest(odoo, em, page) {
    const lineIds = page.flatMap((r) => (Array.isArray(r.order_line) ? (r.order_line as number[]) : []));
    const lines = await odoo.read('purchase.order.line', lineIds, [
      'order_id',
      'product_id',
      'product_qty',
      'price_unit',
    ]);
    const skus = await productKeys(
      odoo,
      lines.map((l) => many2oneId(l.product_id)).filter((id): id is number => id !== null),
    );
    const byOrder = new Map<number, PurchaseOrderLineIngest[]>();
    for (const l of lines) {
      const orderId = many2oneId(l.order_id);
      const productId = many2oneId(l.product_id);
      if (orderId === null || productId === null) continue; // section and note lines carry no product
      byOrder.set(orderId, [
        ...(byOrder.get(orderId) ?? []),
        {
          productExternalId: skus.get(productId)!,
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
    return [await ingestPurchaseOrders(em, orders)];
  },
};

/**
 * Stock is read from stock.quant: the quants changed since the cursor name the
 * products whose stock moved; their quantity is then summed over all internal
 * locations (supplier `odoo`), so a move between shelves changes nothing.
 */
const STOCK: PulledModel = {
  entityType: EntityType.STOCK,
  model: 'stock.quant',
  fields: ['product_id'],
  domain: [],
  async ingest(odoo, em, page) {
    const productIds = [
      ...new Set(page.map((q) => many2oneId(q.product_id)).filter((id): id is number => id !== null)),
    ];
    const quants = await odoo.searchRead(
      'stock.quant',
      [
        ['product_id', 'in', productIds],
        ['location_id.usage', '=', 'internal'],
      ],
      { fields: ['product_id', 'quantity'] },
    );
    const totals = new Map<number, number>(productIds.map((id) => [id, 0]));
    for (const q of quants) {
      const id = many2oneId(q.product_id);
      if (id !== null) totals.set(id, (totals.get(id) ?? 0) + Number(q.quantity));
    }
    const skus = await productKeys(odoo, productIds);
    // Odoo allows negative quants (sold before received); the webshop has nothing to sell then.
    const stock = [...totals].map(([id, qty]) => ({
      supplierExternalId: 'odoo',
      productExternalId: skus.get(id)!,
      quantity: Math.max(0, qty),
    }));
    return [await ingestStock(em, stock)];
  },
};

/** Fixed-price pricelist rules for one product or one template (whose variants all get the price). */
const PRICELIST_ITEMS: PulledModel = {
  entityType: EntityType.PRICELIST_ITEM,
  model: 'product.pricelist.item',
  fields: [
    'pricelist_id',
    'product_id',
    'product_tmpl_id',
    'applied_on',
    'compute_price',
    'fixed_price',
    'min_quantity',
  ],
  domain: [['compute_price', '=', 'fixed']],
  async ingest(odoo, em, page) {
    const templateIds = page
      .filter((r) => many2oneId(r.product_id) === null)
      .map((r) => many2oneId(r.product_tmpl_id))
      .filter((id): id is number => id !== null);
    const variants = templateIds.length
      ? await odoo.searchRead('product.product', [['product_tmpl_id', 'in', [...new Set(templateIds)]]], {
          fields: ['product_tmpl_id', 'default_code'],
          context: WITH_ARCHIVED,
        })
      : [];
    const byTemplate = new Map<number, string[]>();
    for (const v of variants) {
      const t = many2oneId(v.product_tmpl_id);
      if (t !== null) byTemplate.set(t, [...(byTemplate.get(t) ?? []), keyOf(v.default_code, 'product.product', v.id)]);
    }
    const skus = await productKeys(
      odoo,
      page.map((r) => many2oneId(r.product_id)).filter((id): id is number => id !== null),
    );
    const seen = new Set<string>();
    const items = page.flatMap((r) => {
      const pricelist = many2oneId(r.pricelist_id);
      if (pricelist === null || Number(r.min_quantity) > 1) return [];
      const productId = many2oneId(r.product_id);
      const products =
        productId !== null ? [skus.get(productId)!] : (byTemplate.get(many2oneId(r.product_tmpl_id) ?? -1) ?? []);
      return products.flatMap((sku) => {
        const key = `${pricelist}/${sku}`;
        if (seen.has(key)) return []; // a variant rule and a template rule: the later (variant) read wins
        seen.add(key);
        return [
          {
            pricelistExternalId: `odoo:product.pricelist:${pricelist}`,
            productExternalId: sku,
            price: String(r.fixed_price),
          },
        ];
      });
    });
    return [await ingestPricelistItems(em, items)];
  },
};

export const PULLED_MODELS: Record<string, PulledModel> = Object.fromEntries(
  [PRODUCTS, PARTNERS, SALE_ORDERS, PURCHASE_ORDERS, STOCK, PRICELIST_ITEMS].map((m) => [m.entityType, m]),
);

/** The Odoo models whose webhook notifications the receiver accepts, and what the hub pulls for them. */
export const MODEL_ENTITY: Record<string, EntityType> = {
  'product.product': EntityType.PRODUCT,
  'product.template': EntityType.PRODUCT,
  'res.partner': EntityType.PARTNER,
  'sale.order': EntityType.SALE_ORDER,
  'purchase.order': EntityType.PURCHASE_ORDER,
  'stock.quant': EntityType.STOCK,
  'product.pricelist.item': EntityType.PRICELIST_ITEM,
};
