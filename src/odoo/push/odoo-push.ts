import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityType } from '../../domain/enums.js';
import { findCreate, noteCreate } from '../../modules/odoo-create/odoo-create.service.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import { Product } from '../../modules/product/product.entity.js';
import { PurchaseOrderLine } from '../../modules/purchase-order/purchase-order-line.entity.js';
import { PurchaseOrder } from '../../modules/purchase-order/purchase-order.entity.js';
import type { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import type { OdooClient } from '../odoo-client.js';
import { OdooError } from '../odoo-error.js';
import { WITH_ARCHIVED } from '../pull/odoo-models.js';
import { sqlQuery } from '../../db/sql.js';

/**
 * Pushes of webshop records into Odoo. Every create is preceded by a search on
 * the record's external reference (`ref`, `client_order_ref`, `partner_ref`),
 * and the record the hub created before is adopted: a crash between Odoo's
 * create and the hub's commit can never make a duplicate. Odoo's ids are
 * recorded as odooId.
 *
 * Odoo owns what it made. The hub writes only Odoo records it created itself
 * (noted in `odoo_create` before each create: see isOurs). Anything else found
 * by a reference or an e-mail is Odoo's: a customer is linked to it (its id
 * used, nothing written), an order or purchase order that would be adopted or
 * rewritten fails instead.
 */

/** What one push works with. */
export interface PushScope {
  odoo: OdooClient;
  /** The push's transaction, which holds its advisory locks. */
  tx: EntityManager;
  /** Outside that transaction: notes of the hub's creates, which must outlive its rollback or a crash. */
  outside: EntityManager;
  /** How far Odoo's clock may be behind the database's (see isOurs). */
  clockSkewMs: number;
}

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
  scope: PushScope,
  partner: Partner,
  pushed = new Map<string, number>(),
): Promise<number> {
  const done = pushed.get(partner.id);
  if (done !== undefined) return done;
  const parentOdooId = partner.parent
    ? await pushPartner(scope, await scope.tx.findOneOrFail(Partner, { id: partner.parent.id }), pushed)
    : null;
  const id = await pushOnePartner(scope, partner, parentOdooId);
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
export async function pushCustomer(scope: PushScope, partner: Partner): Promise<number> {
  const pushed = new Map<string, number>();
  const addresses = await scope.tx.find(
    Partner,
    { parent: partner.id },
    { populate: ['parent'], orderBy: { id: 'asc' } },
  );
  await lockPartners(scope.tx, [partner, ...addresses]);
  const id = await pushPartner(scope, partner, pushed);
  for (const address of addresses) await pushPartner(scope, address, pushed);
  return id;
}

/**
 * One partner: the Odoo record the hub made for it gets what differs written;
 * an Odoo partner that carries its reference, or (for a customer) its e-mail,
 * but that Odoo made is linked (its id is used, nothing is written); else a
 * new partner is created.
 */
async function pushOnePartner(scope: PushScope, partner: Partner, parentOdooId: number | null): Promise<number> {
  const { odoo } = scope;
  const wanted = {
    ...(await partnerVals(odoo, partner.currentData)),
    name: String(partner.currentData.name ?? partner.externalId),
    type: partner.type,
    ...(parentOdooId ? { parent_id: parentOdooId } : {}),
  };
  const found = partner.odooId ?? (await findByReference(odoo, 'res.partner', 'ref', partner.externalId));
  let odooId: number | null = null;
  if (found) {
    // Ours (known, or found after an earlier try): write what differs from Odoo's
    // values, so no edit is lost however many came between pushes. Odoo's own: linked.
    if (await isOurs(scope, 'res.partner', EntityType.PARTNER, partner.id, found)) {
      await writeDifferences(odoo, 'res.partner', found, wanted);
    }
    odooId = found;
  } else if (!partner.parent) {
    odooId = await customerByEmail(odoo, partner.currentData.email);
  }
  odooId ??= await createOnce(scope, 'res.partner', EntityType.PARTNER, partner.id, {
    ...wanted,
    ref: partner.externalId,
  });
  // A statement, not a change to the entity (updated_at stays: it is the change feed's).
  await sqlQuery(scope.tx, 'update "partner" set "odoo_id" = $2 where "id" = $1 and "odoo_id" is distinct from $2', [
    partner.id,
    odooId,
  ]);
  return odooId;
}

/** The Odoo record of `model` whose `field` holds the hub's reference, archived ones included. */
async function findByReference(
  odoo: OdooClient,
  model: string,
  field: string,
  reference: string,
): Promise<number | undefined> {
  const [id] = await odoo.search(model, [[field, '=', reference]], { limit: 1, context: WITH_ARCHIVED });
  return id;
}

/**
 * The customer (a partner without a parent) Odoo already has for this e-mail,
 * the oldest if several: a webshop customer who exists in Odoo is linked to it.
 * Compared as Odoo's own portal and shop do (`=ilike`, case-insensitive), with
 * LIKE's wildcards escaped so `a_b@x` matches only itself.
 */
async function customerByEmail(odoo: OdooClient, email: unknown): Promise<number | null> {
  if (typeof email !== 'string' || !email.trim()) return null;
  const pattern = email.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const [id] = await odoo.search(
    'res.partner',
    [
      ['email', '=ilike', pattern],
      ['parent_id', '=', false],
    ],
    { limit: 1, order: 'id asc' },
  );
  return id ?? null;
}

/**
 * Whether Odoo record `id` is the one the hub created for hub record `entityId`:
 * the create the hub noted answered with that id, or its answer was lost and Odoo
 * dated the record no earlier than the hub's first try (less the clock skew). A
 * record the hub never tried to create, or one Odoo made before, is Odoo's own.
 */
async function isOurs(
  scope: PushScope,
  model: string,
  entityType: EntityType,
  entityId: string,
  id: number,
): Promise<boolean> {
  const note = await findCreate(scope.tx, entityType, entityId);
  if (!note) return false;
  if (note.odooId !== null) return note.odooId === id;
  const [record] = await scope.odoo.read(model, [id], ['create_date'], WITH_ARCHIVED);
  // Odoo's datetimes are naive UTC.
  const created = record ? Date.parse(`${String(record.create_date).replace(' ', 'T')}Z`) : NaN;
  if (!(created >= note.attemptedAt.getTime() - scope.clockSkewMs)) return false;
  await noteCreate(scope.outside, entityType, entityId, id);
  return true;
}

/** A permanent failure: Odoo made a record with the hub's reference, and the hub neither adopts nor changes it. */
const madeInOdoo = (model: string, id: number, field: string, reference: string) =>
  new OdooError(
    `Odoo's ${model} ${id} already has ${field} ${JSON.stringify(reference)} and was made in Odoo, not by the hub: ` +
      'the hub neither adopts nor changes it. Give the webshop record another externalId (or clear that reference in Odoo), then retry.',
    { odooName: 'odoo.exceptions.UserError', kind: 'permanent' },
  );

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
 * `create`, noted before and after (outside the push's transaction) so the
 * record is known as the hub's, and marking failures after which Odoo may still
 * have created it (a timeout, a dropped connection, a proxy's error page: Odoo
 * may be running it still); the retry waits until Odoo would have finished
 * before it searches again.
 */
async function createOnce(
  scope: PushScope,
  model: string,
  entityType: EntityType,
  entityId: string,
  vals: Record<string, unknown>,
): Promise<number> {
  await noteCreate(scope.outside, entityType, entityId);
  let id: number;
  try {
    id = await scope.odoo.create(model, vals);
  } catch (err) {
    if (err instanceof OdooError && err.transient && mayHaveRun(err)) err.uncertain = true;
    throw err;
  }
  await noteCreate(scope.outside, entityType, entityId, id);
  return id;
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
export async function pushSaleOrder(scope: PushScope, order: SaleOrder): Promise<number> {
  const { odoo, tx: em } = scope;
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
    return pushPartner(scope, partner, pushed);
  };
  const customer = await partnerId(data.customerExternalId);
  for (const address of family) await pushPartner(scope, address, pushed);
  const invoice = await partnerId(data.invoiceAddressExternalId);
  const shipping = await partnerId(data.shippingAddressExternalId);
  if (order.odooId) return order.odooId;
  const found = await findByReference(odoo, 'sale.order', 'client_order_ref', order.externalId);
  if (found) {
    if (await isOurs(scope, 'sale.order', EntityType.SALE_ORDER, order.id, found)) return found;
    throw madeInOdoo('sale.order', found, 'client_order_ref', order.externalId);
  }
  const products = await productIds(
    odoo,
    em,
    data.lines.map((l) => l.productExternalId),
  );
  return createOnce(scope, 'sale.order', EntityType.SALE_ORDER, order.id, {
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
export async function pushPurchaseOrder(scope: PushScope, order: PurchaseOrder): Promise<number> {
  const { odoo, tx: em } = scope;
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
    // Changed after it reached Odoo: its lines are replaced (command 5, then 0s), in
    // the order the hub made only. Odoo refuses that once the order is confirmed,
    // with a message that becomes the SyncFailure.
    if (!(await isOurs(scope, 'purchase.order', EntityType.PURCHASE_ORDER, order.id, order.odooId))) {
      throw madeInOdoo('purchase.order', order.odooId, 'partner_ref', order.externalId);
    }
    await odoo.write('purchase.order', [order.odooId], { order_line: [[5, 0, 0], ...(await orderLines())] });
    return order.odooId;
  }
  const found = await findByReference(odoo, 'purchase.order', 'partner_ref', order.externalId);
  if (found) {
    if (await isOurs(scope, 'purchase.order', EntityType.PURCHASE_ORDER, order.id, found)) return found;
    throw madeInOdoo('purchase.order', found, 'partner_ref', order.externalId);
  }
  const [vendor] = await odoo.search('res.partner', [['name', '=', order.vendor]], { limit: 1 });
  if (!vendor) throw missingInOdoo(`Vendor ${JSON.stringify(order.vendor)}`);
  return createOnce(scope, 'purchase.order', EntityType.PURCHASE_ORDER, order.id, {
    partner_id: vendor,
    partner_ref: order.externalId,
    order_line: await orderLines(),
  });
}
