import type { EntityClass } from '@mikro-orm/core';
import type { PushedType } from '../../domain/syncable-types.js';
import { EntityType } from '../../domain/enums.js';
import type { SyncableEntity } from '../../modules/common/base.entity.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import { PurchaseOrder } from '../../modules/purchase-order/purchase-order.entity.js';
import { SaleOrder } from '../../modules/sale-order/sale-order.entity.js';
import type { PushScope } from './push-scope.js';
import { pushPurchaseOrder } from './purchase-order.js';
import { ORDER_READ_ALSO, pushSaleOrder } from './sale-order.js';
import { searchOrderByPayload } from './sale-order-lookup.js';
import { partnersByPayload, pushCustomer } from './partner.js';
import type { OdooClient } from '../odoo-client.js';

/**
 * How one pushed entity type reaches Odoo: the record's entity, and the push
 * that returns its Odoo id (null: nothing was made in Odoo, as for an order
 * cancelled before it got there). The OutboundQueue row's payload says what to
 * do where a type has more than one action (a sale order's `cancel`).
 */
export interface Push {
  entity: EntityClass<SyncableEntity>;
  /**
   * The Odoo models the push creates or writes, lines included (an order's
   * lines go in as `(0, 0, vals)` / `(1, id, vals)` commands, which Odoo runs
   * as creates and writes of the line model): `odoo:check` asks for these
   * rights before the first push needs them.
   */
  writes: ReadonlyArray<{ model: string; operations: ReadonlyArray<'create' | 'write'> }>;
  push: (scope: PushScope, record: never, payload: Record<string, unknown>) => Promise<number | null>;
  /**
   * What else the push needs from the database, as an SQL expression over the
   * record (alias `r`), read with the record under the push's lock instead of in
   * a statement of its own: the push finds it as `scope.readAlso`.
   */
  readAlso?: string;
  /**
   * The push's searches started from the queue row's payload as soon as the push
   * holds its lock and has claimed the row, so they run beside the read under the
   * lock: its record's by the hub's reference (`recordSearch`, used where the
   * record's reference is the payload's), and the partners' the lock statement
   * locked for it (`lockedPartners`: partnersByPayload, partner.ts).
   */
  searchAhead?: (
    odoo: OdooClient,
    payload: Record<string, unknown>,
    lockedPartners: readonly string[],
  ) => Pick<PushScope, 'recordSearch' | 'partnersAhead'>;
}

const CREATE_WRITE = ['create', 'write'] as const;

/** Every type the registry pushes has its push here: a missing one is a compile error. */
export const PUSHES: { readonly [T in PushedType]: Push } = {
  [EntityType.PARTNER]: {
    entity: Partner,
    push: pushCustomer as Push['push'],
    writes: [{ model: 'res.partner', operations: CREATE_WRITE }],
  },
  [EntityType.SALE_ORDER]: {
    entity: SaleOrder,
    push: pushSaleOrder as Push['push'],
    readAlso: ORDER_READ_ALSO,
    searchAhead: (odoo, payload, lockedPartners) => ({
      recordSearch: searchOrderByPayload(odoo, payload),
      partnersAhead: partnersByPayload(odoo, payload, lockedPartners),
    }),
    writes: [
      { model: 'sale.order', operations: CREATE_WRITE },
      { model: 'sale.order.line', operations: CREATE_WRITE },
    ],
  },
  [EntityType.PURCHASE_ORDER]: {
    entity: PurchaseOrder,
    push: pushPurchaseOrder as Push['push'],
    writes: [
      { model: 'purchase.order', operations: CREATE_WRITE },
      { model: 'purchase.order.line', operations: CREATE_WRITE },
    ],
  },
};
