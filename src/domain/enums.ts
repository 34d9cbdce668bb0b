import { registerEnumType } from 'type-graphql';

/**
 * Enums as stored (lower case, see design "Enums as stored"); GraphQL shows the
 * keys, in upper case. type-graphql maps one to the other at the edge.
 */
export enum ProcessingState {
  PENDING = 'pending',
  PROCESSING = 'processing',
  COMPLETED = 'completed',
  FAILED = 'failed',
}

export enum OutboundQueueStatus {
  PENDING = 'pending',
  PROCESSING = 'processing',
  COMPLETED = 'completed',
  FAILED = 'failed',
}

export enum EntityType {
  PRODUCT = 'product',
  PARTNER = 'partner',
  SALE_ORDER = 'sale_order',
  PURCHASE_ORDER = 'purchase_order',
  STOCK = 'stock',
  PRICELIST_ITEM = 'pricelist_item',
}

export enum ApiLogDirection {
  INBOUND = 'inbound',
  OUTBOUND = 'outbound',
}

export enum FailureSource {
  ODOO = 'odoo',
  WEBSHOP = 'webshop',
}

export enum FailureStatus {
  OPEN = 'open',
  RESOLVED = 'resolved',
}

export enum WebhookDirection {
  TO_ODOO = 'to_odoo',
  TO_WEBSHOP = 'to_webshop',
}

export enum DeliveryStatus {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
}

/** Odoo's res.partner `type`; `private` (Odoo 16 only) is mapped to OTHER at the Odoo edge. */
export enum PartnerType {
  CONTACT = 'contact',
  INVOICE = 'invoice',
  DELIVERY = 'delivery',
  OTHER = 'other',
}

export enum SaleOrderDirection {
  INBOUND = 'inbound',
  OUTBOUND = 'outbound',
}

/** Odoo's purchase.order `state`, with `to approve` stored as `to_approve`. */
export enum PurchaseOrderState {
  DRAFT = 'draft',
  SENT = 'sent',
  TO_APPROVE = 'to_approve',
  PURCHASE = 'purchase',
  DONE = 'done',
  CANCEL = 'cancel',
}

/** Where a Syncable record was made; the webshop's doors never change an ODOO record. */
export enum RecordOrigin {
  ODOO = 'odoo',
  WEBSHOP = 'webshop',
}

/** An Odoo connection's circuit (src/odoo/odoo-circuit.ts): CLOSED, pushes run; OPEN, they wait for a probe to get an answer. */
export enum CircuitState {
  CLOSED = 'closed',
  OPEN = 'open',
}

/** Where the current or last pull of an entity type is (src/modules/odoo-pull/pull-progress.service.ts). */
export enum PullState {
  RUNNING = 'running',
  /** An attempt failed with an error that may pass; graphile-worker runs it again after its backoff. */
  RETRYING = 'retrying',
  SUCCEEDED = 'succeeded',
  /** Given up: a permanent error, or the last attempt's (a SyncFailure is open). */
  FAILED = 'failed',
}

export enum Role {
  ADMIN = 'admin',
  INTEGRATOR = 'integrator',
  WEBSHOP = 'webshop',
  VIEWER = 'viewer',
}

registerEnumType(ProcessingState, { name: 'ProcessingState' });
registerEnumType(OutboundQueueStatus, { name: 'OutboundQueueStatus' });
registerEnumType(EntityType, { name: 'EntityType' });
registerEnumType(ApiLogDirection, { name: 'ApiLogDirection' });
registerEnumType(FailureSource, { name: 'FailureSource' });
registerEnumType(FailureStatus, { name: 'FailureStatus' });
registerEnumType(WebhookDirection, { name: 'WebhookDirection' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
registerEnumType(PartnerType, { name: 'PartnerType' });
registerEnumType(SaleOrderDirection, {
  name: 'SaleOrderDirection',
  description: 'INBOUND: placed in the webshop and pushed into Odoo. OUTBOUND: made in Odoo and sent to the webshop.',
});
registerEnumType(PurchaseOrderState, { name: 'PurchaseOrderState' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(PullState, {
  name: 'PullState',
  description:
    'RUNNING; RETRYING: an attempt failed and another follows after a backoff; SUCCEEDED; FAILED: given up (a sync failure is open).',
});
registerEnumType(CircuitState, {
  name: 'OdooCircuitState',
  description:
    'CLOSED: pushes to this Odoo run. OPEN: Odoo was out of reach; pushes wait until a probe gets an answer.',
});
registerEnumType(RecordOrigin, {
  name: 'RecordOrigin',
  description:
    "Where a record was made: ODOO (pull, receiver, ingest with sync:write) or WEBSHOP (placeSaleOrder, saveCustomer, createPurchaseOrder). The webshop's doors never change an ODOO record.",
});
