/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EntityType =
  | 'PARTNER'
  | 'PRICELIST_ITEM'
  | 'PRODUCT'
  | 'PURCHASE_ORDER'
  | 'SALE_ORDER'
  | 'STOCK';

export type FailureSource =
  | 'ODOO'
  | 'WEBSHOP';

export type FailureStatus =
  | 'OPEN'
  | 'RESOLVED';

/** CLOSED: pushes to this Odoo run. OPEN: Odoo was out of reach; pushes wait until a probe gets an answer. */
export type OdooCircuitState =
  | 'CLOSED'
  | 'OPEN';

export type OutboundQueueStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING';

export type ProcessingState =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING';

/** RUNNING; RETRYING: an attempt failed and another follows after a backoff; SUCCEEDED; FAILED: given up (a sync failure is open). */
export type PullState =
  | 'FAILED'
  | 'RETRYING'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Where a record was made: ODOO (pull, receiver, ingest with sync:write) or WEBSHOP (placeSaleOrder, saveCustomer, createPurchaseOrder). The webshop's doors never change an ODOO record. */
export type RecordOrigin =
  | 'ODOO'
  | 'WEBSHOP';

export type Role =
  | 'ADMIN'
  | 'INTEGRATOR'
  | 'VIEWER'
  | 'WEBSHOP';

export type WebhookDirection =
  | 'TO_ODOO'
  | 'TO_WEBSHOP';

export type ConsoleLiveSubscriptionVariables = Exact<{
  entityType?: EntityType | null | undefined;
  fields?: Array<string> | string | null | undefined;
}>;


export type ConsoleLiveSubscription = { entityChanged: { id: string, entityType: EntityType, externalId: string, changedFields: Array<string>, changedAt: string, isNew: boolean } };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWebhookEndpointsQuery = { webhookConfigs: Array<{ id: string, url: string, entityType: EntityType, direction: WebhookDirection, isActive: boolean }> };

export type ConsoleWebhookHealthQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWebhookHealthQuery = { failed: { totalCount: number, nodes: Array<{ id: string, lastError: string | null, responseStatus: number | null, updatedAt: string }> }, pending: { totalCount: number }, delivered: { totalCount: number } };

export type ConsolePullFieldsFragment = { entityType: EntityType, state: PullState, full: boolean, pages: number, records: number, estimatedTotal: number | null, startedAt: string, finishedAt: string | null, updatedAt: string, lastError: string | null };

export type ConsoleOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewQuery = { syncStatus: { openFailures: number, lastOdooPullAt: string | null, changes: Array<{ entityType: EntityType, state: ProcessingState, count: number }>, outboundQueue: Array<{ status: OutboundQueueStatus, count: number }>, pulls: Array<{ entityType: EntityType, state: PullState, full: boolean, pages: number, records: number, estimatedTotal: number | null, startedAt: string, finishedAt: string | null, updatedAt: string, lastError: string | null }>, odooConnection: { ok: boolean, version: string | null, protocol: string | null, checkedAt: string } | null, odooCircuits: Array<{ connection: string, state: OdooCircuitState, openedAt: string | null, lastError: string | null, pausedItems: number }> }, pending: { totalCount: number, nodes: Array<{ id: string, createdAt: string }> }, failed: { totalCount: number, nodes: Array<{ id: string, createdAt: string }> }, openFailures: { totalCount: number, nodes: Array<{ id: string, entityType: EntityType, externalId: string, source: FailureSource, errorMessage: string, createdAt: string }> } };

export type ConsoleOverviewProgressSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewProgressSubscription = { syncProgress: { entityType: EntityType, state: PullState, full: boolean, pages: number, records: number, estimatedTotal: number | null, startedAt: string, finishedAt: string | null, updatedAt: string, lastError: string | null } };

export type ConsoleOverviewChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewChangesSubscription = { entityChanged: { id: string, changedAt: string } };

export type ConsoleOverviewFailuresSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewFailuresSubscription = { syncFailureChanged: { id: string, status: FailureStatus } };

type ConsoleRecordFields_Partner_Fragment = { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null };

type ConsoleRecordFields_Product_Fragment = { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null };

type ConsoleRecordFields_PurchaseOrder_Fragment = { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null };

type ConsoleRecordFields_SaleOrder_Fragment = { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null };

export type ConsoleRecordFieldsFragment =
  | ConsoleRecordFields_Partner_Fragment
  | ConsoleRecordFields_Product_Fragment
  | ConsoleRecordFields_PurchaseOrder_Fragment
  | ConsoleRecordFields_SaleOrder_Fragment
;

export type ConsoleRecordProductQueryVariables = Exact<{
  externalId: string;
}>;


export type ConsoleRecordProductQuery = { product: { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null };

export type ConsoleRecordPartnerQueryVariables = Exact<{
  externalId: string;
}>;


export type ConsoleRecordPartnerQuery = { partner: { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null };

export type ConsoleRecordSaleOrderQueryVariables = Exact<{
  externalId: string;
}>;


export type ConsoleRecordSaleOrderQuery = { saleOrder: { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null };

export type ConsoleRecordPurchaseOrderQueryVariables = Exact<{
  externalId: string;
}>;


export type ConsoleRecordPurchaseOrderQuery = { purchaseOrder: { id: string, externalId: string, odooId: number | null, origin: RecordOrigin, processingState: ProcessingState, isNew: boolean, changedFields: Array<string>, currentData: Record<string, unknown>, previousData: Record<string, unknown> | null, errorMessage: string | null, retryCount: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { scopes: Array<string>, user: { id: string, email: string, roles: Array<Role> } | null, token: { id: string, name: string, expiresAt: string | null } | null } };

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsolePullFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsolePullFields on PullProgress {
  entityType
  state
  full
  pages
  records
  estimatedTotal
  startedAt
  finishedAt
  updatedAt
  lastError
}
    `, {"fragmentName":"ConsolePullFields"}) as unknown as TypedDocumentString<ConsolePullFieldsFragment, unknown>;
export const ConsoleRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleRecordFields on Syncable {
  id
  externalId
  odooId
  origin
  processingState
  isNew
  changedFields
  currentData
  previousData
  errorMessage
  retryCount
  createdAt
  updatedAt
  deletedAt
}
    `, {"fragmentName":"ConsoleRecordFields"}) as unknown as TypedDocumentString<ConsoleRecordFieldsFragment, unknown>;
export const ConsoleLiveDocument = new TypedDocumentString(`
    subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {
  entityChanged(entityType: $entityType, fields: $fields) {
    id
    entityType
    externalId
    changedFields
    changedAt
    isNew
  }
}
    `) as unknown as TypedDocumentString<ConsoleLiveSubscription, ConsoleLiveSubscriptionVariables>;
export const ConsoleWebhookEndpointsDocument = new TypedDocumentString(`
    query ConsoleWebhookEndpoints {
  webhookConfigs {
    id
    url
    entityType
    direction
    isActive
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleWebhookHealthDocument = new TypedDocumentString(`
    query ConsoleWebhookHealth($id: ID!) {
  failed: webhookDeliveries(
    filter: {webhookConfigId: $id, status: FAILED}
    first: 1
  ) {
    totalCount
    nodes {
      id
      lastError
      responseStatus
      updatedAt
    }
  }
  pending: webhookDeliveries(
    filter: {webhookConfigId: $id, status: PENDING}
    first: 0
  ) {
    totalCount
  }
  delivered: webhookDeliveries(
    filter: {webhookConfigId: $id, status: DELIVERED}
    first: 0
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookHealthQuery, ConsoleWebhookHealthQueryVariables>;
export const ConsoleOverviewDocument = new TypedDocumentString(`
    query ConsoleOverview {
  syncStatus {
    openFailures
    lastOdooPullAt
    changes {
      entityType
      state
      count
    }
    outboundQueue {
      status
      count
    }
    pulls {
      ...ConsolePullFields
    }
    odooConnection {
      ok
      version
      protocol
      checkedAt
    }
    odooCircuits {
      connection
      state
      openedAt
      lastError
      pausedItems
    }
  }
  pending: outboundQueue(filter: {status: PENDING}, first: 1) {
    totalCount
    nodes {
      id
      createdAt
    }
  }
  failed: outboundQueue(filter: {status: FAILED}, first: 1) {
    totalCount
    nodes {
      id
      createdAt
    }
  }
  openFailures: syncFailures(filter: {status: OPEN}, first: 5) {
    totalCount
    nodes {
      id
      entityType
      externalId
      source
      errorMessage
      createdAt
    }
  }
}
    fragment ConsolePullFields on PullProgress {
  entityType
  state
  full
  pages
  records
  estimatedTotal
  startedAt
  finishedAt
  updatedAt
  lastError
}`) as unknown as TypedDocumentString<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
export const ConsoleOverviewProgressDocument = new TypedDocumentString(`
    subscription ConsoleOverviewProgress {
  syncProgress {
    ...ConsolePullFields
  }
}
    fragment ConsolePullFields on PullProgress {
  entityType
  state
  full
  pages
  records
  estimatedTotal
  startedAt
  finishedAt
  updatedAt
  lastError
}`) as unknown as TypedDocumentString<ConsoleOverviewProgressSubscription, ConsoleOverviewProgressSubscriptionVariables>;
export const ConsoleOverviewChangesDocument = new TypedDocumentString(`
    subscription ConsoleOverviewChanges {
  entityChanged {
    id
    changedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleOverviewChangesSubscription, ConsoleOverviewChangesSubscriptionVariables>;
export const ConsoleOverviewFailuresDocument = new TypedDocumentString(`
    subscription ConsoleOverviewFailures {
  syncFailureChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleOverviewFailuresSubscription, ConsoleOverviewFailuresSubscriptionVariables>;
export const ConsoleRecordProductDocument = new TypedDocumentString(`
    query ConsoleRecordProduct($externalId: String!) {
  product(externalId: $externalId) {
    ...ConsoleRecordFields
  }
}
    fragment ConsoleRecordFields on Syncable {
  id
  externalId
  odooId
  origin
  processingState
  isNew
  changedFields
  currentData
  previousData
  errorMessage
  retryCount
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<ConsoleRecordProductQuery, ConsoleRecordProductQueryVariables>;
export const ConsoleRecordPartnerDocument = new TypedDocumentString(`
    query ConsoleRecordPartner($externalId: String!) {
  partner(externalId: $externalId) {
    ...ConsoleRecordFields
  }
}
    fragment ConsoleRecordFields on Syncable {
  id
  externalId
  odooId
  origin
  processingState
  isNew
  changedFields
  currentData
  previousData
  errorMessage
  retryCount
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<ConsoleRecordPartnerQuery, ConsoleRecordPartnerQueryVariables>;
export const ConsoleRecordSaleOrderDocument = new TypedDocumentString(`
    query ConsoleRecordSaleOrder($externalId: String!) {
  saleOrder(externalId: $externalId) {
    ...ConsoleRecordFields
  }
}
    fragment ConsoleRecordFields on Syncable {
  id
  externalId
  odooId
  origin
  processingState
  isNew
  changedFields
  currentData
  previousData
  errorMessage
  retryCount
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<ConsoleRecordSaleOrderQuery, ConsoleRecordSaleOrderQueryVariables>;
export const ConsoleRecordPurchaseOrderDocument = new TypedDocumentString(`
    query ConsoleRecordPurchaseOrder($externalId: String!) {
  purchaseOrder(externalId: $externalId) {
    ...ConsoleRecordFields
  }
}
    fragment ConsoleRecordFields on Syncable {
  id
  externalId
  odooId
  origin
  processingState
  isNew
  changedFields
  currentData
  previousData
  errorMessage
  retryCount
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<ConsoleRecordPurchaseOrderQuery, ConsoleRecordPurchaseOrderQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    scopes
    user {
      id
      email
      roles
    }
    token {
      id
      name
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;