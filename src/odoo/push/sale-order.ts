import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import type { OdooStatus } from '../../modules/sale-order/odoo-status.type.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import type { RawRecord } from '../odoo-client.js';
import { mayHaveRun, OdooError } from '../odoo-error.js';
import { readOrderStatus } from '../order-status.js';
import { companyVals } from './company-vals.js';
import { createOnce, noteCreatesAhead } from './create-once.js';
import { confirmJoined, readOrderStatusJoined } from './joined-calls.js';
import { ourOrder, searchOrderAhead } from './sale-order-lookup.js';
import { lockPartners, lookAheadPartners, partnerLockSql, partnersToCreate, pushPartner } from './partner.js';
import { productIds } from './product-ids.js';
import { missingInOdoo, type PushScope } from './push-scope.js';
import { cancelInOdoo } from './sale-order-cancel.js';
import { recordBeforeFailing, recordInPush } from './sale-order-record.js';
import { applyShopPrices, totalMismatch, type ShopLine } from './sale-order-prices.js';

/** The model orders are pulled from is the one they are pushed to. */
const ODOO_MODEL = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull.model;

/**
 * What an order's push reads with the order under its lock (the push's
 * `readAlso`, pushes.ts) rather than in statements of its own:
 * - `products`: the hub's Odoo ids of the order's products, by SKU (products are
 *   not locked; this is only the hub's knowledge, a SKU without an id is searched in Odoo);
 * - `family`: the partners the push handles, as rows: the customer, every address
 *   sent with the order (not only the two it names), and those two, by id;
 * - `parents`: the rows of their parents (an address may name another customer);
 * - `partnersLocked`: lockPartners' locks (partner.ts), taken in the same statement
 *   and the same key order (the sort before the locking projection, as there) for
 *   an order not in Odoo and not cancelled; null where it took none.
 * The products are looked up by `= any(array(…))` of the lines' SKUs: an index
 * read of each (a join with jsonb_array_elements, which the planner guesses at
 * 100 rows, hash-joined a scan of the whole product table, 3–6 ms at 5,000
 * products against 0.2–0.4 ms).
 * The customer's lock is the push's own, so these are what a read after it gives;
 * the family is read before the partners' locks are held, as it was when it was
 * read in a statement of its own before lockPartners. The customer's addresses are
 * those whose parent is `=` the customer's id (a scalar: external ids are unique),
 * not `in` a subquery: so the family's rows come from the two indexes (external id,
 * parent) in one bitmap scan, not from a scan of the whole partner table.
 */
export const ORDER_READ_ALSO = `(with "fam" as (
    select f.* from "partner" f
     where f."external_id" in (r."current_data"->>'customerExternalId', r."current_data"->>'invoiceAddressExternalId',
                               r."current_data"->>'shippingAddressExternalId')
        or f."parent_id" = (select c."id" from "partner" c where c."external_id" = r."current_data"->>'customerExternalId'))
  select json_build_object(
    'products', (select json_object_agg(p."external_id", p."odoo_id") from "product" p
      where p."external_id" = any(array(select l->>'productExternalId' from jsonb_array_elements(
          case when jsonb_typeof(r."current_data"->'lines') = 'array' then r."current_data"->'lines' else '[]' end) l))),
    'family', (select json_agg(to_jsonb(f) order by f."id") from "fam" f),
    'parents', (select json_agg(to_jsonb(a)) from "partner" a where a."id" in (select "parent_id" from "fam")),
    'partnersLocked', case when r."odoo_id" is null
                            and coalesce(jsonb_typeof(r."current_data"->'cancellation'), 'null') = 'null' then (
      select count(l."v") from (
        select ${partnerLockSql('k."k"')}::text as "v"
          from (select f."external_id" as "k" from "fam" f
                union select a."external_id" from "partner" a where a."id" in (select "parent_id" from "fam")) k
         order by k."k") l) end))`;

/** What ORDER_READ_ALSO gives. */
interface OrderReadAlso {
  products: Record<string, number | null> | null;
  family: Record<string, unknown>[] | null;
  parents: Record<string, unknown>[] | null;
  partnersLocked: number | null;
}

/**
 * The family's rows as Partner entities, each with its parent (when the rows hold
 * it), not managed: the push writes with statements (completePush), so nothing
 * flushes them, and the commit has no snapshots to compare.
 */
function familyOf(em: EntityManager, read: OrderReadAlso): Partner[] {
  const toPartner = (row: Record<string, unknown>) => em.map(Partner, row, { disableIdentityMap: true });
  const byId = new Map<string, Partner>();
  for (const row of read.parents ?? []) byId.set(String(row.id), toPartner(row));
  const family = (read.family ?? []).map(toPartner);
  for (const p of family) byId.set(p.id, p);
  for (const p of [...byId.values()]) {
    const parent = p.parent ? byId.get(p.parent.id) : undefined;
    if (parent) p.parent = parent;
  }
  return family;
}

/** An INBOUND order's data as placeSaleOrder stores it. */
export interface PlacedOrderData {
  customerExternalId: string;
  invoiceAddressExternalId: string;
  shippingAddressExternalId: string;
  lines: ShopLine[];
  note?: string;
  origin?: string;
  expectedTotal?: string;
  /** Set by cancelSaleOrder: the order must never be created (or confirmed) in Odoo from then on. */
  cancellation?: { reason: string | null; requestedAt: string };
}

/**
 * push_sale_order. An OutboundQueue row either places the order (the default)
 * or cancels it (`payload.action: 'cancel'`, see sale-order-cancel.ts).
 *
 * Placing: the customer and its addresses first, then the order with its lines
 * as (0, 0, vals) commands, created once (create-once.ts). Lines carry product
 * and quantity, and Odoo's pricelist, taxes and fiscal position price them
 * (ODOO_ORDER_PRICES=odoo), or the shop's prices made Odoo's
 * (sale-order-prices.ts). Then the order is read back; when the shop gave an
 * `expectedTotal` that Odoo's total misses by a cent or more, the push fails
 * (a SyncFailure with both totals) and the order stays a quotation. Else it is
 * confirmed (ODOO_CONFIRM_ORDERS): `action_confirm` is called only on a
 * quotation, with its state read first, so a retried push, or one after a
 * crash between Odoo's confirmation and the hub's commit, never confirms twice
 * (a second call raises "not in a state requiring confirmation" on 17+ and
 * silently re-dates the order on 16: addons/sale/models/sale_order.py).
 * What became of the order is recorded as its odooStatus.
 */
export async function pushSaleOrder(
  scope: PushScope,
  order: SaleOrder,
  payload: Record<string, unknown> = {},
): Promise<number | null> {
  if (payload.action === 'cancel') return cancelInOdoo(scope, order);
  const { odoo, tx: em } = scope;
  const data = order.currentData as unknown as PlacedOrderData;
  // The order's own search in Odoo goes out now, beside the family's read and the partners' locks.
  const orderSearch = searchOrderAhead(scope, order);
  // The customer, every address sent with the order (not only the two it names), and those two:
  // read with the order (ORDER_READ_ALSO), or here where the push was given the order alone.
  const readAlso = scope.readAlso as OrderReadAlso | null | undefined;
  const family = readAlso
    ? familyOf(em, readAlso)
    : await em.find(
        Partner,
        {
          $or: [
            {
              externalId: {
                $in: [data.customerExternalId, data.invoiceAddressExternalId, data.shippingAddressExternalId],
              },
            },
            { parent: { externalId: data.customerExternalId } },
          ],
        },
        { populate: ['parent'], orderBy: { id: 'asc' } },
      );
  let products: Promise<Map<string, number>> | null = null;
  if (!order.odooId && !data.cancellation) {
    // The partners' locks first (taken with the read where it could), so that their searches can run beside the order's own.
    if (readAlso?.partnersLocked == null) await lockPartners(em, family);
    lookAheadPartners(scope, family);
    // The products' Odoo ids: the hub's were read with the order (ORDER_PRODUCT_IDS); any it lacks
    // are searched in Odoo meanwhile.
    products = productIds(
      odoo,
      scope.outside,
      data.lines.map((l) => l.productExternalId),
      readAlso ? readAlso.products : undefined,
    );
    products.catch(() => undefined); // awaited below, unless the order is found
  }
  let odooId = order.odooId ?? (await ourOrder(scope, order, orderSearch));
  // Cancelled before it reached Odoo: it never will. Cancelled while an earlier try's create was in
  // flight: that order is cancelled now (its cancellation push may have found nothing yet).
  if (data.cancellation) return odooId ? cancelInOdoo(scope, order) : null;
  let created = false;
  if (!odooId) {
    const byKey = new Map(family.map((p) => [p.externalId, p]));
    const pushed = new Map<string, number>();
    const partnerId = (externalId: string) => {
      const partner = byKey.get(externalId);
      if (!partner) throw missingInOdoo(`Partner ${externalId} of the order (in the hub)`);
      return pushPartner(scope, partner, pushed);
    };
    // The creates to come (the partners the searches found nothing for, the order) noted in one statement.
    await noteCreatesAhead(scope, [
      ...(await partnersToCreate(scope, family)).map((p) => ({ entityType: EntityType.PARTNER, entityId: p.id })),
      { entityType: EntityType.SALE_ORDER, entityId: order.id },
    ]);
    const customer = await partnerId(data.customerExternalId);
    for (const address of family) await pushPartner(scope, address, pushed);
    const invoice = await partnerId(data.invoiceAddressExternalId);
    const shipping = await partnerId(data.shippingAddressExternalId);
    const productIdsOf = await (products ??
      productIds(
        odoo,
        em,
        data.lines.map((l) => l.productExternalId),
      ));
    const shopPrices = scope.orders.prices === 'webshop';
    odooId = await createOnce(scope, ODOO_MODEL, EntityType.SALE_ORDER, order.id, {
      partner_id: customer,
      partner_invoice_id: invoice,
      partner_shipping_id: shipping,
      client_order_ref: order.externalId,
      ...(await companyVals(odoo, ODOO_MODEL)),
      ...(data.origin ? { origin: data.origin } : {}),
      ...(data.note ? { note: data.note } : {}),
      order_line: data.lines.map((l) => [
        0,
        0,
        {
          product_id: productIdsOf.get(l.productExternalId),
          product_uom_qty: l.quantity,
          // The shop's price, converted below where the line's taxes need it; else Odoo's pricelist prices the
          // line. No pricelist discount on top of the shop's price (Odoo computes one from the pricelist even
          // for a given price_unit: sale_order_line.py `_compute_discount`).
          ...(shopPrices && l.priceUnit != null ? { price_unit: Number(l.priceUnit), discount: 0 } : {}),
        },
      ]),
    });
    created = true;
  }
  try {
    return await settle(scope, order, data, odooId, created);
  } catch (err) {
    // Whatever fails after Odoo has the order, the hub keeps its Odoo id (so the pull follows it).
    if (err instanceof OdooError && !err.transient) await noteOdooId(scope, order, odooId);
    throw err;
  }
}

/** After the create (or on a retry): shop prices, the totals check, confirmation, and the status recorded. */
async function settle(
  scope: PushScope,
  order: SaleOrder,
  data: PlacedOrderData,
  odooId: number,
  created: boolean,
): Promise<number> {
  const { odoo } = scope;
  if (created && scope.orders.confirm && scope.orders.prices === 'odoo' && data.expectedTotal == null) {
    // Made by this push a moment ago: a quotation (Odoo creates sale orders as drafts), with nothing to
    // price or check before it is confirmed, so it is not read first. Should Odoo have confirmed it on
    // create (an automation), action_confirm refuses and confirm reads the state, as on a retry.
    await confirm(scope, order, odooId, null);
    return recordInPush(scope, order.id, odooId, (await readBack(scope, odooId)).status);
  }
  let read = await readBack(scope, odooId);
  if (isQuotation(read.status) && scope.orders.prices === 'webshop') {
    await applyShopPrices(odoo, odooId, lineIds(read.order), data.lines, scope.orders.pricesIncludeTax);
    read = await readBack(scope, odooId);
  }
  if (data.expectedTotal != null && isQuotation(read.status)) {
    let mismatch = await checkTotal(scope, order, read, data);
    if (mismatch && !created && scope.orders.prices === 'odoo') {
      // A retry after the prices were fixed in Odoo: re-price the quotation as "Update Prices" does.
      await odoo.call(ODOO_MODEL, 'action_update_prices', [odooId]);
      read = await readBack(scope, odooId);
      mismatch = await checkTotal(scope, order, read, data);
    }
    if (mismatch) {
      await recordBeforeFailing(scope, order.id, odooId, read.status);
      throw mismatch;
    }
  }
  if (scope.orders.confirm && isQuotation(read.status)) {
    await confirm(scope, order, odooId, read);
    read = await readBack(scope, odooId);
  }
  return recordInPush(scope, order.id, odooId, read.status);
}

/** The Odoo id alone, outside the push's transaction (a status write of its own already did, where there was one). */
async function noteOdooId(scope: PushScope, order: SaleOrder, odooId: number): Promise<void> {
  await sqlQuery(scope.outside, 'update "sale_order" set "odoo_id" = $2 where "id" = $1 and "odoo_id" is null', [
    order.id,
    odooId,
  ]);
}

type ReadBack = { order: RawRecord; status: OdooStatus };

async function readBack(scope: PushScope, odooId: number): Promise<ReadBack> {
  const read = await readOrderStatusJoined(scope.odoo, odooId);
  if (!read) throw missingInOdoo(`Sale order ${odooId} (deleted in Odoo since the hub created it)`);
  return read;
}

const isQuotation = (status: OdooStatus) => status.state === 'draft' || status.state === 'sent';

/** The order's line ids, in Odoo's order (the status read asks for them). */
const lineIds = (order: RawRecord): number[] => (Array.isArray(order.order_line) ? (order.order_line as number[]) : []);

async function checkTotal(
  scope: PushScope,
  order: SaleOrder,
  read: ReadBack,
  data: PlacedOrderData,
): Promise<OdooError | null> {
  return totalMismatch(
    scope.odoo,
    {
      name: String(read.order.name),
      externalId: order.externalId,
      amountTotal: read.status.amountTotal,
      currency: read.status.currency,
      lineIds: lineIds(read.order),
    },
    data.expectedTotal!,
    data.lines,
    scope.orders.pricesIncludeTax,
    scope.orders.prices === 'webshop',
  );
}

/**
 * `action_confirm`, once. Odoo's refusal (a UserError or ValidationError) fails
 * the push with Odoo's message and leaves the quotation as it is. An answer lost
 * in transit may hide a confirmation that happened: the state is read again
 * before anything else is concluded, and a retry waits until Odoo must be done.
 */
async function confirm(scope: PushScope, order: SaleOrder, odooId: number, read: ReadBack | null): Promise<void> {
  try {
    await confirmJoined(scope.odoo, odooId);
  } catch (err) {
    if (!(err instanceof OdooError)) throw err;
    const now = await readOrderStatus(scope.odoo, odooId).catch(() => null);
    if (now && !isQuotation(now.status)) return; // it was confirmed after all
    if (err.transient) {
      if (mayHaveRun(err)) err.uncertain = true;
      throw err;
    }
    const before = now ?? read;
    if (before) await recordBeforeFailing(scope, order.id, odooId, before.status);
    const name = before ? String(before.order.name) : `id ${odooId}`;
    throw new OdooError(`Odoo refused to confirm sale order ${name}: ${err.message}`, {
      odooName: err.odooName,
      httpStatus: err.httpStatus,
      kind: 'permanent',
      cause: err,
    });
  }
}
