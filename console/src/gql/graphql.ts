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
}>;


export type ConsoleFailuresQuery = { syncFailures: { totalCount: number, nodes: Array<{ id: string, createdAt: string, entityType: EntityType, externalId: string, source: FailureSource, status: FailureStatus, errorMessage: string }> } };

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

export type ConsoleOutboundQueryVariables = Exact<{
  filter?: OutboundQueueFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ConsoleOutboundQuery = { outboundQueue: { totalCount: number, nodes: Array<{ id: string, createdAt: string, updatedAt: string, entityType: EntityType, entityId: string, status: OutboundQueueStatus, attempts: number, nextAttemptAt: string | null, pausedAt: string | null, lastError: string | null, payload: Record<string, unknown> }> } };

export type ConsoleRetryOutboundMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRetryOutboundMutation = { retryOutboundItem: { id: string, status: OutboundQueueStatus } };

export type ConsoleOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewQuery = { syncStatus: { openFailures: number, lastOdooPullAt: string | null, changes: Array<{ entityType: EntityType, state: ProcessingState, count: number }>, outboundQueue: Array<{ status: OutboundQueueStatus, count: number }> } };

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
}>;


export type ConsoleWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, messageId: string, createdAt: string, status: DeliveryStatus, attempts: number, responseStatus: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, payload: Record<string, unknown> }> } };

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
    query ConsoleFailures($filter: SyncFailureFilter, $first: Int) {
  syncFailures(filter: $filter, first: $first) {
    totalCount
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
export const ConsoleOutboundDocument = new TypedDocumentString(`
    query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int) {
  outboundQueue(filter: $filter, first: $first) {
    totalCount
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
  }
}
    `) as unknown as TypedDocumentString<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
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
    query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int) {
  webhookDeliveries(filter: $filter, first: $first) {
    totalCount
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