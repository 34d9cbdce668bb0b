import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, SaleOrderDirection } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestSaleOrders } from '../../ingest/ingest.service.js';
import type { IngestOutcome, SaleOrderIngest } from '../../ingest/ingest.types.js';
import { recordOdooStatus } from '../../modules/sale-order/odoo-status.service.js';
import type { OdooStatus } from '../../modules/sale-order/odoo-status.type.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { normalizeRecord } from '../odoo-values.js';
import { orderStatusFields, readOrderStatuses } from '../order-status.js';
import {
  byExternalId,
  ids,
  inBatches,
  keyOf,
  WITH_ARCHIVED,
  type PageWriter,
  type PullSource,
  type PulledModel,
} from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.SALE_ORDER].pull;

/** The order's fields kept in an OUTBOUND order's data (what Odoo made, as Odoo has it). */
const DATA_FIELDS = [
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
];

interface HubOrder {
  id: string;
  external_id: string;
  odoo_id: number | null;
  direction: SaleOrderDirection;
}

/**
 * Odoo's orders, and what became of each, for a page of sale.order records:
 *  - an order the webshop placed (INBOUND, known by its Odoo id) is followed:
 *    its odooStatus is recorded, its data stays the shop's;
 *  - an order made in Odoo (OUTBOUND) is ingested with its status, keyed by
 *    `client_order_ref` (a customer's PO number), else `name`; one the hub
 *    holds already keeps its key. A key that is a webshop order's number
 *    falls back to the name (else `odoo:sale.order:<id>`), so an Odoo order
 *    never overwrites the webshop's.
 * Reads every Odoo value first (the status fields, pickings and invoices).
 */
async function loadOrders(odoo: OdooClient, orders: RawRecord[]): Promise<PageWriter> {
  const withStatus = orders.length
    ? await odoo.read(
        model,
        orders.map((o) => o.id),
        await orderStatusFields(odoo),
        WITH_ARCHIVED,
      )
    : [];
  const statuses = await readOrderStatuses(odoo, withStatus);
  return async (tx) => {
    const hub = await hubOrders(
      tx,
      orders.map((o) => o.id),
      orders.flatMap((o) => [
        keyOf(o.client_order_ref || o.name, model, o.id),
        keyOf(o.name, model, o.id),
        `odoo:${model}:${o.id}`,
      ]),
    );
    const followed: { id: string; odooId: number; status: OdooStatus }[] = [];
    const ingested: SaleOrderIngest[] = [];
    for (const order of orders) {
      const status = statuses.get(order.id);
      const known = hub.byOdooId.get(order.id);
      if (known?.direction === SaleOrderDirection.INBOUND) {
        if (status) followed.push({ id: known.id, odooId: order.id, status });
        continue;
      }
      const externalId = known?.external_id ?? freeKey(order, hub.byKey);
      // The webshop's order whose push has not recorded its Odoo id yet: the push will.
      if (externalId === null) continue;
      // Taken for the rest of the page too: a second order with the same PO number takes its name.
      hub.byKey.set(externalId, {
        id: '',
        external_id: externalId,
        odoo_id: order.id,
        direction: SaleOrderDirection.OUTBOUND,
      });
      ingested.push({
        externalId,
        odooId: order.id,
        data: normalizeRecord(order, { omit: ['id'] }),
        ...(status ? { odooStatus: status as unknown as Record<string, unknown> } : {}),
      });
    }
    const own = await inBatches(ingested, byExternalId, (b) => ingestSaleOrders(tx, b));
    const { changes } = await recordOdooStatus(tx, followed);
    const merged: IngestOutcome = {
      created: own.created,
      updated: own.updated + changes.length,
      unchanged: own.unchanged + followed.length - changes.length,
      changes: [...own.changes, ...changes],
    };
    return [merged];
  };
}

/**
 * The key of an Odoo-made order the hub does not hold yet: its customer
 * reference, else its name, skipping a key a webshop order holds. Null when the
 * reference is a webshop order's own number with no Odoo id yet: that is the
 * hub's own order, created by a push that has not committed (the push adopts it).
 */
function freeKey(order: RawRecord, byKey: Map<string, HubOrder>): string | null {
  const reference = keyOf(order.client_order_ref || order.name, model, order.id);
  const holder = byKey.get(reference);
  if (holder?.direction === SaleOrderDirection.INBOUND && holder.odoo_id === null && order.client_order_ref)
    return null;
  // A key is free when nobody holds it, or an Odoo order without an Odoo id yet (ingested by hand) does;
  // a customer PO number is not unique in Odoo (one PO split into several orders): the next order takes its name.
  const free = (other: HubOrder | undefined) =>
    !other ||
    (other.direction !== SaleOrderDirection.INBOUND && (other.odoo_id === null || other.odoo_id === order.id));
  for (const key of [reference, keyOf(order.name, model, order.id)]) if (free(byKey.get(key))) return key;
  return `odoo:${model}:${order.id}`;
}

async function hubOrders(
  tx: EntityManager,
  odooIds: number[],
  keys: string[],
): Promise<{ byOdooId: Map<number, HubOrder>; byKey: Map<string, HubOrder> }> {
  const rows = await sqlQuery<HubOrder>(
    tx,
    `select "id", "external_id", "odoo_id", "direction" from "sale_order"
      where "odoo_id" = any($1::int[]) or "external_id" = any($2::text[])`,
    [odooIds, keys],
  );
  return {
    byOdooId: new Map(rows.filter((r) => r.odoo_id !== null).map((r) => [r.odoo_id!, r])),
    byKey: new Map(rows.map((r) => [r.external_id, r])),
  };
}

/** The orders of changed companion records, read as the main pull reads them. */
async function ordersById(odoo: OdooClient, orderIds: number[]): Promise<PageWriter> {
  const orders = await odoo.read(model, orderIds, DATA_FIELDS, WITH_ARCHIVED);
  return loadOrders(odoo, orders);
}

/** Deliveries: validating one moves the order's write_date, setting its tracking reference does not. */
const PICKINGS: PullSource = {
  model: 'stock.picking',
  fields: ['sale_id'],
  domain: [['sale_id', '!=', false]],
  load: (odoo, page) => ordersById(odoo, ids(page.map((p) => p.sale_id))),
};

/** Customer invoices and credit notes: a payment changes their payment_state, never the order's write_date. */
const INVOICES: PullSource = {
  model: 'account.move',
  fields: ['move_type'],
  domain: [['move_type', 'in', ['out_invoice', 'out_refund']]],
  async load(odoo, page) {
    const orderIds = await odoo.searchIn(
      model,
      'invoice_ids',
      page.map((m) => m.id),
      [],
      { context: WITH_ARCHIVED },
    );
    return ordersById(odoo, orderIds);
  },
};

export const SALE_ORDERS: PulledModel = {
  entityType: EntityType.SALE_ORDER,
  model,
  fields: DATA_FIELDS,
  // Every order: the webshop's own are followed (odooStatus), Odoo's ingested.
  domain: [],
  load: loadOrders,
  companions: [PICKINGS, INVOICES],
};
