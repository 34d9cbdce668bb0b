/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiLogDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type ApiLogFilter = {
  direction?: ApiLogDirection | null | undefined;
  minStatusCode?: number | null | undefined;
  pathPrefix?: string | null | undefined;
  since?: string | null | undefined;
  /** Only the calls made for this webhook config. */
  webhookConfigId?: string | number | null | undefined;
};

export type CreateApiTokenInput = {
  /** The consumer whose change feed and flags the token uses (consumers); absent: the default consumer. */
  consumerId?: string | number | null | undefined;
  expiresAt?: string | null | undefined;
  name: string;
  scopes: Array<string>;
};

export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

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

export type OutboundQueueFilter = {
  entityType?: EntityType | null | undefined;
  status?: OutboundQueueStatus | null | undefined;
};

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

export type SyncFailureFilter = {
  entityType?: EntityType | null | undefined;
  /** Only the failures of this record (its externalId, exactly). */
  externalId?: string | null | undefined;
  source?: FailureSource | null | undefined;
  status?: FailureStatus | null | undefined;
};

export type WebhookConfigInput = {
  direction: WebhookDirection;
  entityType: EntityType;
  isActive?: boolean | null | undefined;
  url: string;
};

export type WebhookConfigUpdateInput = {
  isActive?: boolean | null | undefined;
  url?: string | null | undefined;
};

export type WebhookDeliveryFilter = {
  status?: DeliveryStatus | null | undefined;
  webhookConfigId?: string | number | null | undefined;
};

export type WebhookDirection =
  | 'TO_ODOO'
  | 'TO_WEBSHOP';

export type ConsoleApiLogQueryVariables = Exact<{
  filter?: ApiLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleApiLogQuery = { apiLogs: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, createdAt: string, direction: ApiLogDirection, method: string, path: string, statusCode: number, duration: number, operationName: string | null, webhookConfigId: string | null }> } };

export type ConsoleFailuresQueryVariables = Exact<{
  filter?: SyncFailureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleFailuresQuery = { syncFailures: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, createdAt: string, entityType: EntityType, externalId: string, source: FailureSource, status: FailureStatus, errorMessage: string }> } };

export type ConsoleFailureQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleFailureQuery = { syncFailure: { id: string, createdAt: string, updatedAt: string, entityType: EntityType, externalId: string, source: FailureSource, status: FailureStatus, errorMessage: string, resolutionNote: string | null, resolvedAt: string | null, outboundQueueItem: { id: string, status: OutboundQueueStatus, attempts: number, lastError: string | null, nextAttemptAt: string | null, payload: Record<string, unknown> } | null } | null };

export type ConsoleFailureRecordQueryVariables = Exact<{
  externalId: string;
  product: boolean;
  partner: boolean;
  saleOrder: boolean;
  purchaseOrder: boolean;
}>;


export type ConsoleFailureRecordQuery = { product?: { currentData: Record<string, unknown> } | null, partner?: { currentData: Record<string, unknown> } | null, saleOrder?: { currentData: Record<string, unknown> } | null, purchaseOrder?: { currentData: Record<string, unknown> } | null };

export type ConsoleRetryFailuresMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleRetryFailuresMutation = { retrySyncFailures: { retried: Array<{ id: string }>, refused: Array<{ id: string, code: string, message: string }> } };

export type ConsoleResolveFailureMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleResolveFailureMutation = { resolveSyncFailure: { id: string, status: FailureStatus } };

export type ConsoleFailureChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFailureChangedSubscription = { syncFailureChanged: { id: string, status: FailureStatus } };

export type ConsoleLiveSubscriptionVariables = Exact<{
  entityType?: EntityType | null | undefined;
  fields?: Array<string> | string | null | undefined;
}>;


export type ConsoleLiveSubscription = { entityChanged: { id: string, entityType: EntityType, externalId: string, changedFields: Array<string>, changedAt: string, isNew: boolean } };

export type ConsoleOutboundQueryVariables = Exact<{
  filter?: OutboundQueueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleOutboundQuery = { outboundQueue: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, createdAt: string, updatedAt: string, entityType: EntityType, entityId: string, status: OutboundQueueStatus, attempts: number, nextAttemptAt: string | null, pausedAt: string | null, lastError: string | null, payload: Record<string, unknown> }> } };

export type ConsoleRetryOutboundMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRetryOutboundMutation = { retryOutboundItem: { id: string, status: OutboundQueueStatus } };

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

export type ConsoleTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTokensQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, parentId: string | null }>, users: Array<{ id: string, email: string, isVerified: boolean, roles: Array<Role>, createdAt: string }> };

export type ConsoleCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ConsoleCreateTokenMutation = { createApiToken: { token: string, apiToken: { id: string } } };

export type ConsoleRevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ConsoleSetRolesMutationVariables = Exact<{
  userId: string | number;
  roles: Array<Role> | Role;
}>;


export type ConsoleSetRolesMutation = { setUserRoles: { id: string, roles: Array<Role> } };

export type ConsoleWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWebhooksQuery = { webhookConfigs: Array<{ id: string, url: string, entityType: EntityType, direction: WebhookDirection, isActive: boolean, createdAt: string, health: { recentDeliveries: number, recentSuccessRate: number | null, consecutiveFailures: number, lastStatus: DeliveryStatus | null, lastResponseStatus: number | null, lastFinishedAt: string | null, pendingDeliveries: number, failingSince: string | null } }> };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  filter?: WebhookDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, messageId: string, createdAt: string, status: DeliveryStatus, attempts: number, responseStatus: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, payload: Record<string, unknown> }> } };

export type ConsoleCreateWebhookMutationVariables = Exact<{
  input: WebhookConfigInput;
}>;


export type ConsoleCreateWebhookMutation = { createWebhookConfig: { secret: string, webhookConfig: { id: string } } };

export type ConsoleUpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: WebhookConfigUpdateInput;
}>;


export type ConsoleUpdateWebhookMutation = { updateWebhookConfig: { id: string, isActive: boolean } };

export type ConsoleRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string } };

export type ConsoleTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTestWebhookMutation = { sendTestWebhook: { id: string } };

export type ConsoleDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWebhookMutation = { deleteWebhookConfig: boolean };

export type ConsoleRedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type ConsoleRedeliverWebhookMutation = { redeliverWebhook: { id: string, status: DeliveryStatus } };

export type ConsoleRecoverWebhookMutationVariables = Exact<{
  webhookConfigId: string | number;
  since: string;
}>;


export type ConsoleRecoverWebhookMutation = { recoverWebhookDeliveries: number };

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
export const ConsoleApiLogDocument = new TypedDocumentString(`
    query ConsoleApiLog($filter: ApiLogFilter, $first: Int, $after: String) {
  apiLogs(filter: $filter, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      createdAt
      direction
      method
      path
      statusCode
      duration
      operationName
      webhookConfigId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleApiLogQuery, ConsoleApiLogQueryVariables>;
export const ConsoleFailuresDocument = new TypedDocumentString(`
    query ConsoleFailures($filter: SyncFailureFilter, $first: Int, $after: String) {
  syncFailures(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      createdAt
      entityType
      externalId
      source
      status
      errorMessage
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailuresQuery, ConsoleFailuresQueryVariables>;
export const ConsoleFailureDocument = new TypedDocumentString(`
    query ConsoleFailure($id: ID!) {
  syncFailure(id: $id) {
    id
    createdAt
    updatedAt
    entityType
    externalId
    source
    status
    errorMessage
    resolutionNote
    resolvedAt
    outboundQueueItem {
      id
      status
      attempts
      lastError
      nextAttemptAt
      payload
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailureQuery, ConsoleFailureQueryVariables>;
export const ConsoleFailureRecordDocument = new TypedDocumentString(`
    query ConsoleFailureRecord($externalId: String!, $product: Boolean!, $partner: Boolean!, $saleOrder: Boolean!, $purchaseOrder: Boolean!) {
  product(externalId: $externalId) @include(if: $product) {
    currentData
  }
  partner(externalId: $externalId) @include(if: $partner) {
    currentData
  }
  saleOrder(externalId: $externalId) @include(if: $saleOrder) {
    currentData
  }
  purchaseOrder(externalId: $externalId) @include(if: $purchaseOrder) {
    currentData
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailureRecordQuery, ConsoleFailureRecordQueryVariables>;
export const ConsoleRetryFailuresDocument = new TypedDocumentString(`
    mutation ConsoleRetryFailures($ids: [ID!]!) {
  retrySyncFailures(ids: $ids) {
    retried {
      id
    }
    refused {
      id
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRetryFailuresMutation, ConsoleRetryFailuresMutationVariables>;
export const ConsoleResolveFailureDocument = new TypedDocumentString(`
    mutation ConsoleResolveFailure($id: ID!, $note: String) {
  resolveSyncFailure(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleResolveFailureMutation, ConsoleResolveFailureMutationVariables>;
export const ConsoleFailureChangedDocument = new TypedDocumentString(`
    subscription ConsoleFailureChanged {
  syncFailureChanged {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailureChangedSubscription, ConsoleFailureChangedSubscriptionVariables>;
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
export const ConsoleOutboundDocument = new TypedDocumentString(`
    query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int, $after: String) {
  outboundQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      createdAt
      updatedAt
      entityType
      entityId
      status
      attempts
      nextAttemptAt
      pausedAt
      lastError
      payload
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOutboundQuery, ConsoleOutboundQueryVariables>;
export const ConsoleRetryOutboundDocument = new TypedDocumentString(`
    mutation ConsoleRetryOutbound($id: ID!) {
  retryOutboundItem(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRetryOutboundMutation, ConsoleRetryOutboundMutationVariables>;
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
export const ConsoleTokensDocument = new TypedDocumentString(`
    query ConsoleTokens {
  apiTokens {
    id
    name
    scopes
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
    parentId
  }
  users {
    id
    email
    isVerified
    roles
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleTokensQuery, ConsoleTokensQueryVariables>;
export const ConsoleCreateTokenDocument = new TypedDocumentString(`
    mutation ConsoleCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateTokenMutation, ConsoleCreateTokenMutationVariables>;
export const ConsoleRevokeTokenDocument = new TypedDocumentString(`
    mutation ConsoleRevokeToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleRevokeTokenMutation, ConsoleRevokeTokenMutationVariables>;
export const ConsoleSetRolesDocument = new TypedDocumentString(`
    mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {
  setUserRoles(userId: $userId, roles: $roles) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetRolesMutation, ConsoleSetRolesMutationVariables>;
export const ConsoleWebhooksDocument = new TypedDocumentString(`
    query ConsoleWebhooks {
  webhookConfigs {
    id
    url
    entityType
    direction
    isActive
    createdAt
    health {
      recentDeliveries
      recentSuccessRate
      consecutiveFailures
      lastStatus
      lastResponseStatus
      lastFinishedAt
      pendingDeliveries
      failingSince
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhooksQuery, ConsoleWebhooksQueryVariables>;
export const ConsoleWebhookDeliveriesDocument = new TypedDocumentString(`
    query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String) {
  webhookDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      messageId
      createdAt
      status
      attempts
      responseStatus
      lastError
      nextAttemptAt
      deliveredAt
      payload
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleCreateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {
  createWebhookConfig(input: $input) {
    secret
    webhookConfig {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateWebhookMutation, ConsoleCreateWebhookMutationVariables>;
export const ConsoleUpdateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {
  updateWebhookConfig(id: $id, input: $input) {
    id
    isActive
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateWebhookMutation, ConsoleUpdateWebhookMutationVariables>;
export const ConsoleRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>;
export const ConsoleTestWebhookDocument = new TypedDocumentString(`
    mutation ConsoleTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleTestWebhookMutation, ConsoleTestWebhookMutationVariables>;
export const ConsoleDeleteWebhookDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhook($id: ID!) {
  deleteWebhookConfig(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookMutation, ConsoleDeleteWebhookMutationVariables>;
export const ConsoleRedeliverWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRedeliverWebhookMutation, ConsoleRedeliverWebhookMutationVariables>;
export const ConsoleRecoverWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {
  recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)
}
    `) as unknown as TypedDocumentString<ConsoleRecoverWebhookMutation, ConsoleRecoverWebhookMutationVariables>;
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