import { EntityType } from './enums.js';

/**
 * The one registry of the entity types the hub syncs: per type, where its rows
 * live, how the webshop learns of changes, how it reaches Odoo and how Odoo's
 * records reach it, and what a webhook says of it. Every map from entity type to
 * something reads this (see src/domain/glossary.md); `satisfies` below makes a
 * type without an entry, or an entry without a part, a compile error.
 *
 * Adding a type: an EntityType value, an entry here, and its module in
 * src/modules/<type>/ (entity, service, resolver). The compiler then names
 * every place that still needs it: the pull of its Odoo model
 * (src/odoo/pull/pulled-models.ts), its push (src/odoo/push/pushes.ts) when it has one.
 */
export interface SyncableTypeSpec {
  /** Its table. */
  readonly table: string;
  /** Its MikroORM entity (the class's name, in src/modules/<type>/). */
  readonly entity: string;
  /**
   * How the change feed serves it. `claim`: a Syncable row with a processing
   * state, handed out by claimChanges and closed by acknowledgeChanges.
   * `flag`: a keyed row whose changed-flag column the list's `changedOnly`
   * filter reads and acknowledge<Stock|Price>Changes clears.
   */
  readonly feed: { readonly kind: 'claim' } | { readonly kind: 'flag'; readonly column: string };
  /** Into Odoo: the graphile-worker task that pushes an OutboundQueue row of it; null when the hub never pushes it. */
  readonly push: { readonly task: `push_${string}` } | null;
  /**
   * From Odoo: its main model and the companion models that change it without
   * moving the main model's write_date (each pulled by its own cursor). `order`
   * is its place in the scheduled pull: parents before what refers to them.
   */
  readonly pull: { readonly model: string; readonly companions: readonly string[]; readonly order: number };
  /**
   * Webhook fan-out: the SQL expression (over the row as `r`) that a
   * `<type>.changed` message carries as `current`.
   */
  readonly webhookCurrent: string;
}

/** A Syncable row's data is its current_data, as it is. */
const CURRENT_DATA = 'r."current_data"';

export const SYNCABLE_TYPES = {
  [EntityType.PRODUCT]: {
    table: 'product',
    entity: 'Product',
    feed: { kind: 'claim' },
    push: null,
    // product.template carries the name and sales price of its variants.
    // A template's fields, a value's price_extra and name, an attribute's name, a unit's name or factor, a shop
    // category's path (website_sale): each written
    // on its own model, none moving the variant's write_date (src/odoo/pull/product.ts).
    pull: {
      model: 'product.product',
      companions: [
        'product.template',
        'product.template.attribute.value',
        'product.attribute.value',
        'product.attribute',
        'uom.uom',
        'product.public.category',
      ],
      order: 2,
    },
    webhookCurrent: CURRENT_DATA,
  },
  [EntityType.PARTNER]: {
    table: 'partner',
    entity: 'Partner',
    feed: { kind: 'claim' },
    push: { task: 'push_partner' },
    pull: { model: 'res.partner', companions: [], order: 1 },
    webhookCurrent: CURRENT_DATA,
  },
  [EntityType.SALE_ORDER]: {
    table: 'sale_order',
    entity: 'SaleOrder',
    feed: { kind: 'claim' },
    push: { task: 'push_sale_order' },
    // A picking validated or an invoice created moves the order's write_date; a
    // tracking reference or a payment does not: the order's pickings and invoices
    // are followed by their own write_date.
    pull: { model: 'sale.order', companions: ['stock.picking', 'account.move'], order: 6 },
    // The order's data and what became of it in Odoo.
    webhookCurrent: `r."current_data" || jsonb_build_object('odooStatus', r."odoo_status")`,
  },
  [EntityType.PURCHASE_ORDER]: {
    table: 'purchase_order',
    entity: 'PurchaseOrder',
    feed: { kind: 'claim' },
    push: { task: 'push_purchase_order' },
    pull: { model: 'purchase.order', companions: [], order: 5 },
    webhookCurrent: CURRENT_DATA,
  },
  [EntityType.STOCK]: {
    table: 'stock',
    entity: 'Stock',
    feed: { kind: 'flag', column: 'is_quantity_changed' },
    push: null,
    pull: { model: 'stock.quant', companions: [], order: 4 },
    webhookCurrent: `jsonb_build_object(
            'supplierExternalId', r."supplier_external_id", 'productExternalId', r."product_external_id",
            'quantity', r."quantity", 'previousQuantity', r."previous_quantity", 'isQuantityChanged', r."is_quantity_changed",
            'onHandQuantity', r."on_hand_quantity", 'reservedQuantity', r."reserved_quantity")`,
  },
  [EntityType.PRICELIST_ITEM]: {
    table: 'pricelist_item',
    entity: 'PricelistItem',
    feed: { kind: 'flag', column: 'price_changed' },
    push: null,
    pull: { model: 'product.pricelist.item', companions: [], order: 3 },
    webhookCurrent: `jsonb_build_object(
            'pricelistExternalId', r."pricelist_external_id", 'productExternalId', r."product_external_id",
            'minQuantity', r."min_quantity", 'currency', r."currency",
            'price', r."price"::text, 'previousPrice', r."previous_price"::text, 'priceChanged', r."price_changed")`,
  },
} as const satisfies { readonly [T in EntityType]: SyncableTypeSpec };

export type SyncableTypes = typeof SYNCABLE_TYPES;

/** Every entity type, in the registry's order. */
export const ENTITY_TYPES = Object.keys(SYNCABLE_TYPES) as EntityType[];

/** The types whose rows are Syncable (a processing state, handed out by claimChanges). */
export type ClaimedType = {
  [T in EntityType]: SyncableTypes[T]['feed']['kind'] extends 'claim' ? T : never;
}[EntityType];
export const CLAIMED_TYPES = ENTITY_TYPES.filter((t): t is ClaimedType => SYNCABLE_TYPES[t].feed.kind === 'claim');

/** The types the hub pushes into Odoo, and their tasks. */
export type PushedType = { [T in EntityType]: SyncableTypes[T]['push'] extends null ? never : T }[EntityType];
export const PUSHED_TYPES = ENTITY_TYPES.filter((t): t is PushedType => SYNCABLE_TYPES[t].push !== null);
export type PushTaskName = NonNullable<SyncableTypes[PushedType]['push']>['task'];
export const PUSH_TASK_NAMES = PUSHED_TYPES.map((t) => SYNCABLE_TYPES[t].push.task) as PushTaskName[];

/** The types the scheduled pull reads, parents before what refers to them. */
export const PULLED_TYPES = [...ENTITY_TYPES].sort(
  (a, b) => SYNCABLE_TYPES[a].pull.order - SYNCABLE_TYPES[b].pull.order,
);

/**
 * The Odoo models whose webhook notifications the receiver accepts, and the
 * entity type each stands for: every pulled model and its companions.
 */
export const MODEL_ENTITY: Readonly<Record<string, EntityType>> = Object.fromEntries(
  ENTITY_TYPES.flatMap((t) => [SYNCABLE_TYPES[t].pull.model, ...SYNCABLE_TYPES[t].pull.companions].map((m) => [m, t])),
);
