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
    "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n": typeof types.ConsoleLiveDocument,
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
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ConsoleLoginDocument,
};
const documents: Documents = {
    "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n": types.ConsoleLiveDocument,
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
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ConsoleLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {\n    entityChanged(entityType: $entityType, fields: $fields) {\n      id\n      entityType\n      externalId\n      changedFields\n      changedAt\n      isNew\n    }\n  }\n"): typeof import('./graphql.js').ConsoleLiveDocument;
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
export function graphql(source: "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').ConsoleLoginDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
