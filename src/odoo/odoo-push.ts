import type { EntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../modules/partner/partner.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { PurchaseOrderLine } from '../modules/purchase-order/purchase-order-line.entity.js';
import { PurchaseOrder } from '../modules/purchase-order/purchase-order.entity.js';
import type { SaleOrder } from '../modules/sale-order/sale-order.entity.js';
import type { OdooClient } from './odoo-client.js';
import { OdooError } from './odoo-error.js';
import { WITH_ARCHIVED } from './odoo-models.js';
import { sqlQuery } from '../db/sql.js';

/**
 * Pushes of webshop records into Odoo. Every create is preceded by a search on
 * the record's external reference (`ref`, `client_order_ref`, `partner_ref`),
 * and an existing record is adopted: a crash between Odoo's create and the
 * hub's commit can never make a duplicate. Odoo's ids are recorded as odooId.
 */

/** res.partner fields the webshop's data may carry under Odoo's own names. */
const PARTNER_FIELDS = [
  'name',
  'email',
  'phone',
  'mobile',
  'street',
  'street2',
  'zip',
  'city',
  'vat',
  'comment',
  'website',
];

const missingInOdoo = (what: string) =>
  new OdooError(`${what} is not in Odoo; sync it from Odoo (or fix its mapping), then retry.`, {
    odooName: 'odoo.exceptions.MissingError',
    kind: 'permanent',
  });

async function countryId(odoo: OdooClient, code: unknown): Promise<number | false | undefined> {
  if (code === undefined) return undefined;
  if (code === null || code === '') return false;
  const [id] = await odoo.search('res.country', [['code', '=', String(code).toUpperCase()]], { limit: 1 });
  if (!id) throw missingInOdoo(`Country ${JSON.stringify(code)}`);
  return id;
}

/** Odoo values of a partner's data (only keys that are present; unknown keys stay in the hub). */
async function partnerVals(odoo: OdooClient, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const vals: Record<string, unknown> = {};
  for (const field of PARTNER_FIELDS) if (field in data) vals[field] = data[field] ?? false;
  if ('country_code' in data) vals.country_id = await countryId(odoo, data.country_code);
  return vals;
}

/**
 * Makes sure a partner (and first its parent) exists in Odoo; returns its Odoo
 * id. `pushed` remembers the partners this push has already handled, so a
 * customer named by an order three times (customer, invoice and delivery
 * address) is written once.
 */
export async function pushPartner(
  odoo: OdooClient,
  em: EntityManager,
  partner: Partner,
  pushed = new Map<string, number>(),
): Promise<number> {
  const done = pushed.get(partner.id);
  if (done !== undefined) return done;
  const parentOdooId = partner.parent
    ? await pushPartner(odoo, em, await em.findOneOrFail(Partner, { id: partner.parent.id }), pushed)
    : null;
  const id = await pushOnePartner(odoo, em, partner, parentOdooId);
  pushed.set(partner.id, id);
  return id;
}

/**
 * Locks the partners a push will search for and maybe create, in one statement
 * and in key order (so two pushes never deadlock): on top of the customer's lock,
 * this keeps an address moved to another customer from being pushed under both
 * customers' locks at once.
 */
async function lockPartners(em: EntityManager, partners: Partner[]): Promise<void> {
  const keys = new Set<string>();
  for (const p of partners) {
    keys.add(p.externalId);
    if (p.parent?.externalId) keys.add(p.parent.externalId);
  }
  await sqlQuery(
    em,
    `select pg_advisory_xact_lock(hashtext('odoo_push:partner:' || k)) from unnest($1::text[]) as k order by k`,
    [[...keys]],
  );
}

/** `saveCustomer`'s push: the customer (after its parent, if any), then each of its addresses. */
export async function pushCustomer(odoo: OdooClient, em: EntityManager, partner: Partner): Promise<number> {
  const pushed = new Map<string, number>();
  const addresses = await em.find(Partner, { parent: partner.id }, { populate: ['parent'], orderBy: { id: 'asc' } });
  await lockPartners(em, [partner, ...addresses]);
  const id = await pushPartner(odoo, em, partner, pushed);
  for (const address of addresses) await pushPartner(odoo, em, address, pushed);
  return id;
}

async function pushOnePartner(
  odoo: OdooClient,
  em: EntityManager,
  partner: Partner,
  parentOdooId: number | null,
): Promise<number> {
  const wanted = {
    ...(await partnerVals(odoo, partner.currentData)),
    name: String(partner.currentData.name ?? partner.externalId),
    type: partner.type,
    ...(parentOdooId ? { parent_id: parentOdooId } : {}),
  };
  const id =
    partner.odooId ??
    (
      await odoo.search('res.partner', [['ref', '=', partner.externalId]], {
        limit: 1,
        context: WITH_ARCHIVED,
      })
    )[0];
  if (id) {
    // Already in Odoo (known, or found after an earlier try): write what differs
    // from Odoo's values, so no edit is lost however many came between pushes.
    await writeDifferences(odoo, 'res.partner', id, wanted);
  }
  const odooId = id ?? (await createOnce(odoo, 'res.partner', { ...wanted, ref: partner.externalId }));
  // A statement, not a change to the entity (updated_at stays: it is the change feed's).
  await sqlQuery(em, 'update "partner" set "odoo_id" = $2 where "id" = $1 and "odoo_id" is distinct from $2', [
    partner.id,
    odooId,
  ]);
  return odooId;
}

/** Writes the fields of `wanted` whose value in Odoo differs (many2one compared by id); nothing when none do. */
async function writeDifferences(
  odoo: OdooClient,
  model: string,
  id: number,
  wanted: Record<string, unknown>,
): Promise<void> {
  const [current] = await odoo.read(model, [id], Object.keys(wanted), WITH_ARCHIVED);
  if (!current) throw missingInOdoo(`${model} ${id}`);
  const differs = Object.entries(wanted).filter(([field, value]) => {
    const have = current[field];
    const haveId = Array.isArray(have) ? have[0] : have;
    return (haveId ?? false) !== (value ?? false);
  });
  if (differs.length) await odoo.write(model, [id], Object.fromEntries(differs));
}

/**
 * `create`, marking failures after which Odoo may still have created the record
 * (a timeout, a dropped connection, a proxy's error page: Odoo may be running it
 * still); the retry waits until Odoo would have finished before it searches again.
 */
async function createOnce(odoo: OdooClient, model: string, vals: Record<string, unknown>): Promise<number> {
  try {
    return await odoo.create(model, vals);
  } catch (err) {
    if (err instanceof OdooError && err.transient && mayHaveRun(err)) err.uncertain = true;
    throw err;
  }
}

function mayHaveRun(err: OdooError): boolean {
  // Odoo's own error envelope means it rolled back; a refused connection never reached it.
  if (!['timeout', 'network', 'html', 'http'].includes(err.odooName)) return false;
  const code = (err.cause as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code !== 'ECONNREFUSED';
}

/** Odoo's product.product id for each SKU: from the hub's odooId, else by `default_code`. */
async function productIds(odoo: OdooClient, em: EntityManager, skus: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of await em.find(Product, { externalId: { $in: skus } })) if (p.odooId) ids.set(p.externalId, p.odooId);
  const unknown = skus.filter((s) => !ids.has(s));
  if (unknown.length) {
    const rows = await odoo.searchRead('product.product', [['default_code', 'in', unknown]], {
      fields: ['default_code'],
      context: WITH_ARCHIVED,
    });
    for (const r of rows) ids.set(String(r.default_code), r.id);
  }
  const missing = skus.filter((s) => !ids.has(s));
  if (missing.length) throw missingInOdoo(`Product ${missing.join(', ')}`);
  return ids;
}

/** The customer and its addresses first, then the order with its lines as (0, 0, vals) commands. */
export async function pushSaleOrder(odoo: OdooClient, em: EntityManager, order: SaleOrder): Promise<number> {
  const data = order.currentData as {
    customerExternalId: string;
    invoiceAddressExternalId: string;
    shippingAddressExternalId: string;
    lines: { productExternalId: string; quantity: number; priceUnit: string | null }[];
    note?: string;
    origin?: string;
  };
  // The customer, every address sent with the order (not only the two it names), and those two, in one read.
  const named = [data.customerExternalId, data.invoiceAddressExternalId, data.shippingAddressExternalId];
  const family = await em.find(
    Partner,
    { $or: [{ externalId: { $in: named } }, { parent: { externalId: data.customerExternalId } }] },
    { populate: ['parent'], orderBy: { id: 'asc' } },
  );
  await lockPartners(em, family);
  const byKey = new Map(family.map((p) => [p.externalId, p]));
  const pushed = new Map<string, number>();
  const partnerId = (externalId: string) => {
    const partner = byKey.get(externalId);
    if (!partner) throw missingInOdoo(`Partner ${externalId} of the order (in the hub)`);
    return pushPartner(odoo, em, partner, pushed);
  };
  const customer = await partnerId(data.customerExternalId);
  for (const address of family) await pushPartner(odoo, em, address, pushed);
  const invoice = await partnerId(data.invoiceAddressExternalId);
  const shipping = await partnerId(data.shippingAddressExternalId);
  if (order.odooId) return order.odooId;
  const [found] = await odoo.search('sale.order', [['client_order_ref', '=', order.externalId]], {
    limit: 1,
    context: WITH_ARCHIVED,
  });
  if (found) return found;
  const products = await productIds(
    odoo,
    em,
    data.lines.map((l) => l.productExternalId),
  );
  return createOnce(odoo, 'sale.order', {
    partner_id: customer,
    partner_invoice_id: invoice,
    partner_shipping_id: shipping,
    client_order_ref: order.externalId,
    ...(data.origin ? { origin: data.origin } : {}),
    ...(data.note ? { note: data.note } : {}),
    order_line: data.lines.map((l) => [
      0,
      0,
      {
        product_id: products.get(l.productExternalId),
        product_uom_qty: l.quantity,
        ...(l.priceUnit != null ? { price_unit: Number(l.priceUnit) } : {}),
      },
    ]),
  });
}

/** The vendor (by name) and the purchase order, found again by `partner_ref` (the hub's externalId). */
export async function pushPurchaseOrder(odoo: OdooClient, em: EntityManager, order: PurchaseOrder): Promise<number> {
  const lines = await em.find(PurchaseOrderLine, { purchaseOrder: order.id }, { orderBy: { id: 'asc' } });
  const orderLines = async () => {
    const products = await productIds(
      odoo,
      em,
      lines.map((l) => l.productExternalId),
    );
    return lines.map((l) => [
      0,
      0,
      {
        product_id: products.get(l.productExternalId),
        product_qty: l.quantity,
        price_unit: Number(l.priceUnit),
        name: l.productExternalId,
      },
    ]);
  };
  if (order.odooId) {
    // Changed after it reached Odoo: its lines are replaced (command 5, then 0s).
    // Odoo refuses that once the order is confirmed, with a message that becomes the SyncFailure.
    await odoo.write('purchase.order', [order.odooId], { order_line: [[5, 0, 0], ...(await orderLines())] });
    return order.odooId;
  }
  const [found] = await odoo.search('purchase.order', [['partner_ref', '=', order.externalId]], {
    limit: 1,
    context: WITH_ARCHIVED,
  });
  if (found) return found;
  const [vendor] = await odoo.search('res.partner', [['name', '=', order.vendor]], { limit: 1 });
  if (!vendor) throw missingInOdoo(`Vendor ${JSON.stringify(order.vendor)}`);
  return createOnce(odoo, 'purchase.order', {
    partner_id: vendor,
    partner_ref: order.externalId,
    order_line: await orderLines(),
  });
}
