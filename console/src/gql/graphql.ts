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
    `, {"hash":"sha256:24c060b67ff4e4465b56c0786bde3fb2425b70cf54308bd0ab61eb8e95fa2ace"}) as unknown as TypedDocumentString<ConsoleApiLogQuery, ConsoleApiLogQueryVariables>;
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
    `, {"hash":"sha256:7fa63747e7d80082b68b4e12033272e71f97912a72f704f92d3ea1c095ca03c7"}) as unknown as TypedDocumentString<ConsoleFailuresQuery, ConsoleFailuresQueryVariables>;
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
    `, {"hash":"sha256:a5db0fdd92bf008b2ef3f1dc9c133daffac2d5e14f69af67b687b5e36c435a9e"}) as unknown as TypedDocumentString<ConsoleFailureQuery, ConsoleFailureQueryVariables>;
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
    `, {"hash":"sha256:93d2d96c606d65216d073dc988cc40b91bc44705cd82fc425eae171c30d2af6b"}) as unknown as TypedDocumentString<ConsoleFailureRecordQuery, ConsoleFailureRecordQueryVariables>;
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
    `, {"hash":"sha256:3d387bf6cea85cc9fca3dd1d9e5e3ef21bfef2c1780cc40ee2fe500150c24d1f"}) as unknown as TypedDocumentString<ConsoleRetryFailuresMutation, ConsoleRetryFailuresMutationVariables>;
export const ConsoleResolveFailureDocument = new TypedDocumentString(`
    mutation ConsoleResolveFailure($id: ID!, $note: String) {
  resolveSyncFailure(id: $id, note: $note) {
    id
    status
  }
}
    `, {"hash":"sha256:0ab005fbe7abec625e744bf5d09e205f468b4696f0401072736db163118484fa"}) as unknown as TypedDocumentString<ConsoleResolveFailureMutation, ConsoleResolveFailureMutationVariables>;
export const ConsoleFailureChangedDocument = new TypedDocumentString(`
    subscription ConsoleFailureChanged {
  syncFailureChanged {
    id
    status
  }
}
    `, {"hash":"sha256:f801193ba1f5bfd9da46a68884fa8b74af3681055d988f6eedca18c3645df220"}) as unknown as TypedDocumentString<ConsoleFailureChangedSubscription, ConsoleFailureChangedSubscriptionVariables>;
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
    `, {"hash":"sha256:4bd87ee5d2aa12887bc694723e8fc22c41ab45317b71e54442b07da6950fb787"}) as unknown as TypedDocumentString<ConsoleLiveSubscription, ConsoleLiveSubscriptionVariables>;
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
    `, {"hash":"sha256:927ae66dfdadeebef47c791c547416888d9e46eb497218ba447d5198347cc1a7"}) as unknown as TypedDocumentString<ConsoleOutboundQuery, ConsoleOutboundQueryVariables>;
export const ConsoleRetryOutboundDocument = new TypedDocumentString(`
    mutation ConsoleRetryOutbound($id: ID!) {
  retryOutboundItem(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:445b862134028a8f5866c4459e1a6930d840840b4ee0d238cb0b67400c4ea217"}) as unknown as TypedDocumentString<ConsoleRetryOutboundMutation, ConsoleRetryOutboundMutationVariables>;
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
    `, {"hash":"sha256:cdab581abab913aa278e2558fb62c80f83fe8d7fddf0e70a2346014fd4a23990"}) as unknown as TypedDocumentString<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
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
    `, {"hash":"sha256:2221d9028026a504cfd474b94086f05283bfe170d3766457e071209a32b2b9bf"}) as unknown as TypedDocumentString<ConsoleWebhookHealthQuery, ConsoleWebhookHealthQueryVariables>;
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
}`, {"hash":"sha256:f375f2482e5b69bf463f02a1f03da369d267e7691680c90397c79bc79334a114"}) as unknown as TypedDocumentString<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
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
}`, {"hash":"sha256:3a642b9c06ccb92895b46a9bded75c782d57e77cb8b2234918ca7a4aeceaf0a8"}) as unknown as TypedDocumentString<ConsoleOverviewProgressSubscription, ConsoleOverviewProgressSubscriptionVariables>;
export const ConsoleOverviewChangesDocument = new TypedDocumentString(`
    subscription ConsoleOverviewChanges {
  entityChanged {
    id
    changedAt
  }
}
    `, {"hash":"sha256:b82ac883a80f26bf24fc0bed65ba9e727524f349f0681c3d309eb99ae7706357"}) as unknown as TypedDocumentString<ConsoleOverviewChangesSubscription, ConsoleOverviewChangesSubscriptionVariables>;
export const ConsoleOverviewFailuresDocument = new TypedDocumentString(`
    subscription ConsoleOverviewFailures {
  syncFailureChanged {
    id
    status
  }
}
    `, {"hash":"sha256:8c11106e440cc9c75836fe1175767797f5779a14b1794e1915c17fc859b961da"}) as unknown as TypedDocumentString<ConsoleOverviewFailuresSubscription, ConsoleOverviewFailuresSubscriptionVariables>;
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
}`, {"hash":"sha256:ba01c1026aec7614837770538fc423fbb68440fa9ce12bbb4e4c047944f52212"}) as unknown as TypedDocumentString<ConsoleRecordProductQuery, ConsoleRecordProductQueryVariables>;
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
}`, {"hash":"sha256:3497937a354b7e8ba89389f5880ab93361e51a6e2a7a8b9b7ebb55cce450d134"}) as unknown as TypedDocumentString<ConsoleRecordPartnerQuery, ConsoleRecordPartnerQueryVariables>;
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
}`, {"hash":"sha256:0ce265dc5e63b6bb7f3d32a0e470d250caddfde26afd3c92650e8001233ab692"}) as unknown as TypedDocumentString<ConsoleRecordSaleOrderQuery, ConsoleRecordSaleOrderQueryVariables>;
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
}`, {"hash":"sha256:33749f808898cec1032d513b1f80fd283d84d7ee155c6e857e4d389b708bb827"}) as unknown as TypedDocumentString<ConsoleRecordPurchaseOrderQuery, ConsoleRecordPurchaseOrderQueryVariables>;
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
    `, {"hash":"sha256:08f35f4058f5357ef7e45ddbc92b97335bafd79cbb4c5f08ccff9b6d2d791cc9"}) as unknown as TypedDocumentString<ConsoleTokensQuery, ConsoleTokensQueryVariables>;
export const ConsoleCreateTokenDocument = new TypedDocumentString(`
    mutation ConsoleCreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
    }
  }
}
    `, {"hash":"sha256:f0dd7f597a7822bb30f0154eed480a9a84ccf46727ed503d4ec5fc58c8ffbe3f"}) as unknown as TypedDocumentString<ConsoleCreateTokenMutation, ConsoleCreateTokenMutationVariables>;
export const ConsoleRevokeTokenDocument = new TypedDocumentString(`
    mutation ConsoleRevokeToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `, {"hash":"sha256:11d97b403e54e281c309c0bc00ecc4e4904752e9730fd8fef40c13dae4c0afba"}) as unknown as TypedDocumentString<ConsoleRevokeTokenMutation, ConsoleRevokeTokenMutationVariables>;
export const ConsoleSetRolesDocument = new TypedDocumentString(`
    mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {
  setUserRoles(userId: $userId, roles: $roles) {
    id
    roles
  }
}
    `, {"hash":"sha256:4f6152b4ae9c4dd325403e20a5d6dc646fcb9952660c2d8446189af169b6223d"}) as unknown as TypedDocumentString<ConsoleSetRolesMutation, ConsoleSetRolesMutationVariables>;
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
    `, {"hash":"sha256:415992a4c2009cd505dfd5fe6e954a56f5b0a0f169d18cc758d6d7134a3d485c"}) as unknown as TypedDocumentString<ConsoleWebhooksQuery, ConsoleWebhooksQueryVariables>;
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
    `, {"hash":"sha256:56d63cc48a9fa7523535fb5a4f74157bf433ae6f86665a87013ea08bb842042d"}) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleCreateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {
  createWebhookConfig(input: $input) {
    secret
    webhookConfig {
      id
    }
  }
}
    `, {"hash":"sha256:f804e8500fa96e3e32cca655dece7891803d5cc96e64383e51cd2ddd6d98cfc6"}) as unknown as TypedDocumentString<ConsoleCreateWebhookMutation, ConsoleCreateWebhookMutationVariables>;
export const ConsoleUpdateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {
  updateWebhookConfig(id: $id, input: $input) {
    id
    isActive
  }
}
    `, {"hash":"sha256:46b06cbc5c4a419e66c96e0cbab64ca9fd7c2c3f0496af8f7d20f2b0398acfca"}) as unknown as TypedDocumentString<ConsoleUpdateWebhookMutation, ConsoleUpdateWebhookMutationVariables>;
export const ConsoleRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
  }
}
    `, {"hash":"sha256:79bba5e7a8f2e707786c5ff08b917d2697ab7be74aca43cba72f018bf3e9e0c5"}) as unknown as TypedDocumentString<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>;
export const ConsoleTestWebhookDocument = new TypedDocumentString(`
    mutation ConsoleTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    id
  }
}
    `, {"hash":"sha256:71460f4f18d7980b3eb665b743244b2ebb504ebd8f097a7d3dbc6454900a20af"}) as unknown as TypedDocumentString<ConsoleTestWebhookMutation, ConsoleTestWebhookMutationVariables>;
export const ConsoleDeleteWebhookDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhook($id: ID!) {
  deleteWebhookConfig(id: $id)
}
    `, {"hash":"sha256:e5a71abd817ce9f97cb682ad2a4179ab568523c4cab6f52d58bec597f8132e69"}) as unknown as TypedDocumentString<ConsoleDeleteWebhookMutation, ConsoleDeleteWebhookMutationVariables>;
export const ConsoleRedeliverWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    status
  }
}
    `, {"hash":"sha256:5bb867493a36a442001ec6ae44348fa06a793a051d7fe2ac03133c3f2f9d9446"}) as unknown as TypedDocumentString<ConsoleRedeliverWebhookMutation, ConsoleRedeliverWebhookMutationVariables>;
export const ConsoleRecoverWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {
  recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)
}
    `, {"hash":"sha256:0191d8befe8cb6201714a461962d2d8a4b36b8fb2ab052a4eaff632919575d06"}) as unknown as TypedDocumentString<ConsoleRecoverWebhookMutation, ConsoleRecoverWebhookMutationVariables>;
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
    `, {"hash":"sha256:b6db37b11b70ad30992dcd59605c65daab2f75389427ce993415bc0c6d5e79cd"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `, {"hash":"sha256:51f436e271c1bb279e315091599d81b7d7bdfb6109f4e7d37ad2809eed10870d"}) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;