/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleApiLog($filter: ApiLogFilter, $first: Int, $after: String) {\n    apiLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        direction\n        method\n        path\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n": typeof types.ConsoleApiLogDocument,
    "\n  query ConsoleFailures($filter: SyncFailureFilter, $first: Int, $after: String) {\n    syncFailures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n  }\n": typeof types.ConsoleFailuresDocument,
    "\n  query ConsoleFailure($id: ID!) {\n    syncFailure(id: $id) {\n      id\n      createdAt\n      updatedAt\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n      resolutionNote\n      resolvedAt\n      outboundQueueItem {\n        id\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        payload\n      }\n    }\n  }\n": typeof types.ConsoleFailureDocument,
    "\n  query ConsoleFailureRecord(\n    $externalId: String!\n    $product: Boolean!\n    $partner: Boolean!\n    $saleOrder: Boolean!\n    $purchaseOrder: Boolean!\n  ) {\n    product(externalId: $externalId) @include(if: $product) {\n      currentData\n    }\n    partner(externalId: $externalId) @include(if: $partner) {\n      currentData\n    }\n    saleOrder(externalId: $externalId) @include(if: $saleOrder) {\n      currentData\n    }\n    purchaseOrder(externalId: $externalId) @include(if: $purchaseOrder) {\n      currentData\n    }\n  }\n": typeof types.ConsoleFailureRecordDocument,
    "\n  mutation ConsoleRetryFailures($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConsoleRetryFailuresDocument,
    "\n  mutation ConsoleResolveFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleResolveFailureDocument,
    "\n  subscription ConsoleFailureChanged {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleFailureChangedDocument,
    "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n": typeof types.ConsoleLiveDocument,
    "\n  query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int, $after: String) {\n    outboundQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        updatedAt\n        entityType\n        entityId\n        status\n        attempts\n        nextAttemptAt\n        pausedAt\n        lastError\n        payload\n      }\n    }\n  }\n": typeof types.ConsoleOutboundDocument,
    "\n  mutation ConsoleRetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRetryOutboundDocument,
    "\n  query ConsoleWebhookEndpoints {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n": typeof types.ConsoleWebhookEndpointsDocument,
    "\n  query ConsoleWebhookHealth($id: ID!) {\n    failed: webhookDeliveries(filter: { webhookConfigId: $id, status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        lastError\n        responseStatus\n        updatedAt\n      }\n    }\n    pending: webhookDeliveries(filter: { webhookConfigId: $id, status: PENDING }, first: 0) {\n      totalCount\n    }\n    delivered: webhookDeliveries(filter: { webhookConfigId: $id, status: DELIVERED }, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ConsoleWebhookHealthDocument,
    "\n  fragment ConsolePullFields on PullProgress {\n    entityType\n    state\n    full\n    pages\n    records\n    estimatedTotal\n    startedAt\n    finishedAt\n    updatedAt\n    lastError\n  }\n": typeof types.ConsolePullFieldsFragmentDoc,
    "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      pulls {\n        ...ConsolePullFields\n      }\n      odooConnection {\n        ok\n        version\n        protocol\n        checkedAt\n      }\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastError\n        pausedItems\n      }\n    }\n    pending: outboundQueue(filter: { status: PENDING }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    failed: outboundQueue(filter: { status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    openFailures: syncFailures(filter: { status: OPEN }, first: 5) {\n      totalCount\n      nodes {\n        id\n        entityType\n        externalId\n        source\n        errorMessage\n        createdAt\n      }\n    }\n  }\n": typeof types.ConsoleOverviewDocument,
    "\n  subscription ConsoleOverviewProgress {\n    syncProgress {\n      ...ConsolePullFields\n    }\n  }\n": typeof types.ConsoleOverviewProgressDocument,
    "\n  subscription ConsoleOverviewChanges {\n    entityChanged {\n      id\n      changedAt\n    }\n  }\n": typeof types.ConsoleOverviewChangesDocument,
    "\n  subscription ConsoleOverviewFailures {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleOverviewFailuresDocument,
    "\n  fragment ConsoleRecordFields on Syncable {\n    id\n    externalId\n    odooId\n    origin\n    processingState\n    isNew\n    changedFields\n    currentData\n    previousData\n    errorMessage\n    retryCount\n    createdAt\n    updatedAt\n    deletedAt\n  }\n": typeof types.ConsoleRecordFieldsFragmentDoc,
    "\n  query ConsoleRecordProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": typeof types.ConsoleRecordProductDocument,
    "\n  query ConsoleRecordPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": typeof types.ConsoleRecordPartnerDocument,
    "\n  query ConsoleRecordSaleOrder($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": typeof types.ConsoleRecordSaleOrderDocument,
    "\n  query ConsoleRecordPurchaseOrder($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": typeof types.ConsoleRecordPurchaseOrderDocument,
    "\n  query ConsoleTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      parentId\n    }\n    users {\n      id\n      email\n      isVerified\n      roles\n      createdAt\n    }\n  }\n": typeof types.ConsoleTokensDocument,
    "\n  mutation ConsoleCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleCreateTokenDocument,
    "\n  mutation ConsoleRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.ConsoleRevokeTokenDocument,
    "\n  mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.ConsoleSetRolesDocument,
    "\n  query ConsoleWebhooks {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n": typeof types.ConsoleWebhooksDocument,
    "\n  query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String) {\n    webhookDeliveries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        messageId\n        createdAt\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n": typeof types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n": typeof types.ConsoleUpdateWebhookDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleTestWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": typeof types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRedeliverWebhookDocument,
    "\n  mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n": typeof types.ConsoleRecoverWebhookDocument,
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ConsoleLoginDocument,
};
const documents: Documents = {
    "\n  query ConsoleApiLog($filter: ApiLogFilter, $first: Int, $after: String) {\n    apiLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        direction\n        method\n        path\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n": types.ConsoleApiLogDocument,
    "\n  query ConsoleFailures($filter: SyncFailureFilter, $first: Int, $after: String) {\n    syncFailures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n  }\n": types.ConsoleFailuresDocument,
    "\n  query ConsoleFailure($id: ID!) {\n    syncFailure(id: $id) {\n      id\n      createdAt\n      updatedAt\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n      resolutionNote\n      resolvedAt\n      outboundQueueItem {\n        id\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        payload\n      }\n    }\n  }\n": types.ConsoleFailureDocument,
    "\n  query ConsoleFailureRecord(\n    $externalId: String!\n    $product: Boolean!\n    $partner: Boolean!\n    $saleOrder: Boolean!\n    $purchaseOrder: Boolean!\n  ) {\n    product(externalId: $externalId) @include(if: $product) {\n      currentData\n    }\n    partner(externalId: $externalId) @include(if: $partner) {\n      currentData\n    }\n    saleOrder(externalId: $externalId) @include(if: $saleOrder) {\n      currentData\n    }\n    purchaseOrder(externalId: $externalId) @include(if: $purchaseOrder) {\n      currentData\n    }\n  }\n": types.ConsoleFailureRecordDocument,
    "\n  mutation ConsoleRetryFailures($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n": types.ConsoleRetryFailuresDocument,
    "\n  mutation ConsoleResolveFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.ConsoleResolveFailureDocument,
    "\n  subscription ConsoleFailureChanged {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n": types.ConsoleFailureChangedDocument,
    "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n": types.ConsoleLiveDocument,
    "\n  query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int, $after: String) {\n    outboundQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        updatedAt\n        entityType\n        entityId\n        status\n        attempts\n        nextAttemptAt\n        pausedAt\n        lastError\n        payload\n      }\n    }\n  }\n": types.ConsoleOutboundDocument,
    "\n  mutation ConsoleRetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRetryOutboundDocument,
    "\n  query ConsoleWebhookEndpoints {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n": types.ConsoleWebhookEndpointsDocument,
    "\n  query ConsoleWebhookHealth($id: ID!) {\n    failed: webhookDeliveries(filter: { webhookConfigId: $id, status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        lastError\n        responseStatus\n        updatedAt\n      }\n    }\n    pending: webhookDeliveries(filter: { webhookConfigId: $id, status: PENDING }, first: 0) {\n      totalCount\n    }\n    delivered: webhookDeliveries(filter: { webhookConfigId: $id, status: DELIVERED }, first: 0) {\n      totalCount\n    }\n  }\n": types.ConsoleWebhookHealthDocument,
    "\n  fragment ConsolePullFields on PullProgress {\n    entityType\n    state\n    full\n    pages\n    records\n    estimatedTotal\n    startedAt\n    finishedAt\n    updatedAt\n    lastError\n  }\n": types.ConsolePullFieldsFragmentDoc,
    "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      pulls {\n        ...ConsolePullFields\n      }\n      odooConnection {\n        ok\n        version\n        protocol\n        checkedAt\n      }\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastError\n        pausedItems\n      }\n    }\n    pending: outboundQueue(filter: { status: PENDING }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    failed: outboundQueue(filter: { status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    openFailures: syncFailures(filter: { status: OPEN }, first: 5) {\n      totalCount\n      nodes {\n        id\n        entityType\n        externalId\n        source\n        errorMessage\n        createdAt\n      }\n    }\n  }\n": types.ConsoleOverviewDocument,
    "\n  subscription ConsoleOverviewProgress {\n    syncProgress {\n      ...ConsolePullFields\n    }\n  }\n": types.ConsoleOverviewProgressDocument,
    "\n  subscription ConsoleOverviewChanges {\n    entityChanged {\n      id\n      changedAt\n    }\n  }\n": types.ConsoleOverviewChangesDocument,
    "\n  subscription ConsoleOverviewFailures {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n": types.ConsoleOverviewFailuresDocument,
    "\n  fragment ConsoleRecordFields on Syncable {\n    id\n    externalId\n    odooId\n    origin\n    processingState\n    isNew\n    changedFields\n    currentData\n    previousData\n    errorMessage\n    retryCount\n    createdAt\n    updatedAt\n    deletedAt\n  }\n": types.ConsoleRecordFieldsFragmentDoc,
    "\n  query ConsoleRecordProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": types.ConsoleRecordProductDocument,
    "\n  query ConsoleRecordPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": types.ConsoleRecordPartnerDocument,
    "\n  query ConsoleRecordSaleOrder($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": types.ConsoleRecordSaleOrderDocument,
    "\n  query ConsoleRecordPurchaseOrder($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n": types.ConsoleRecordPurchaseOrderDocument,
    "\n  query ConsoleTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      parentId\n    }\n    users {\n      id\n      email\n      isVerified\n      roles\n      createdAt\n    }\n  }\n": types.ConsoleTokensDocument,
    "\n  mutation ConsoleCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.ConsoleCreateTokenDocument,
    "\n  mutation ConsoleRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.ConsoleRevokeTokenDocument,
    "\n  mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.ConsoleSetRolesDocument,
    "\n  query ConsoleWebhooks {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n": types.ConsoleWebhooksDocument,
    "\n  query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String) {\n    webhookDeliveries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        messageId\n        createdAt\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n": types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n": types.ConsoleUpdateWebhookDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n": types.ConsoleTestWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.ConsoleRedeliverWebhookDocument,
    "\n  mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n": types.ConsoleRecoverWebhookDocument,
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ConsoleLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiLog($filter: ApiLogFilter, $first: Int, $after: String) {\n    apiLogs(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        direction\n        method\n        path\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleApiLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFailures($filter: SyncFailureFilter, $first: Int, $after: String) {\n    syncFailures(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleFailuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFailure($id: ID!) {\n    syncFailure(id: $id) {\n      id\n      createdAt\n      updatedAt\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n      resolutionNote\n      resolvedAt\n      outboundQueueItem {\n        id\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        payload\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFailureRecord(\n    $externalId: String!\n    $product: Boolean!\n    $partner: Boolean!\n    $saleOrder: Boolean!\n    $purchaseOrder: Boolean!\n  ) {\n    product(externalId: $externalId) @include(if: $product) {\n      currentData\n    }\n    partner(externalId: $externalId) @include(if: $partner) {\n      currentData\n    }\n    saleOrder(externalId: $externalId) @include(if: $saleOrder) {\n      currentData\n    }\n    purchaseOrder(externalId: $externalId) @include(if: $purchaseOrder) {\n      currentData\n    }\n  }\n"): typeof import('./graphql.js').ConsoleFailureRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryFailures($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRetryFailuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResolveFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ConsoleResolveFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleFailureChanged {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ConsoleFailureChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n"): typeof import('./graphql.js').ConsoleLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int, $after: String) {\n    outboundQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        updatedAt\n        entityType\n        entityId\n        status\n        attempts\n        nextAttemptAt\n        pausedAt\n        lastError\n        payload\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOutboundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRetryOutboundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookEndpoints {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookHealth($id: ID!) {\n    failed: webhookDeliveries(filter: { webhookConfigId: $id, status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        lastError\n        responseStatus\n        updatedAt\n      }\n    }\n    pending: webhookDeliveries(filter: { webhookConfigId: $id, status: PENDING }, first: 0) {\n      totalCount\n    }\n    delivered: webhookDeliveries(filter: { webhookConfigId: $id, status: DELIVERED }, first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWebhookHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePullFields on PullProgress {\n    entityType\n    state\n    full\n    pages\n    records\n    estimatedTotal\n    startedAt\n    finishedAt\n    updatedAt\n    lastError\n  }\n"): typeof import('./graphql.js').ConsolePullFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      pulls {\n        ...ConsolePullFields\n      }\n      odooConnection {\n        ok\n        version\n        protocol\n        checkedAt\n      }\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastError\n        pausedItems\n      }\n    }\n    pending: outboundQueue(filter: { status: PENDING }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    failed: outboundQueue(filter: { status: FAILED }, first: 1) {\n      totalCount\n      nodes {\n        id\n        createdAt\n      }\n    }\n    openFailures: syncFailures(filter: { status: OPEN }, first: 5) {\n      totalCount\n      nodes {\n        id\n        entityType\n        externalId\n        source\n        errorMessage\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleOverviewProgress {\n    syncProgress {\n      ...ConsolePullFields\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOverviewProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleOverviewChanges {\n    entityChanged {\n      id\n      changedAt\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOverviewChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleOverviewFailures {\n    syncFailureChanged {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOverviewFailuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleRecordFields on Syncable {\n    id\n    externalId\n    odooId\n    origin\n    processingState\n    isNew\n    changedFields\n    currentData\n    previousData\n    errorMessage\n    retryCount\n    createdAt\n    updatedAt\n    deletedAt\n  }\n"): typeof import('./graphql.js').ConsoleRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRecordProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRecordPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordSaleOrder($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRecordSaleOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordPurchaseOrder($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      ...ConsoleRecordFields\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRecordPurchaseOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      parentId\n    }\n    users {\n      id\n      email\n      isVerified\n      roles\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): typeof import('./graphql.js').ConsoleSetRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhooks {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String) {\n    webhookDeliveries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        messageId\n        createdAt\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n"): typeof import('./graphql.js').ConsoleUpdateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhook($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"): typeof import('./graphql.js').ConsoleDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n"): typeof import('./graphql.js').ConsoleRecoverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').ConsoleLoginDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
