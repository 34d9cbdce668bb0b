/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query BootstrapMe {\n    me {\n      scopes\n    }\n  }\n": typeof types.BootstrapMeDocument,
    "\n  query CliMe {\n    me {\n      scopes\n      token {\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.CliMeDocument,
    "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      apiToken {\n        scopes\n      }\n    }\n  }\n": typeof types.CliLoginDocument,
    "\n  mutation LimitsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LimitsLoginDocument,
    "\n  mutation LimitsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.LimitsRegisterDocument,
    "\n  mutation MailAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n": typeof types.MailAddDomainDocument,
    "\n  mutation MailRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.MailRegisterDocument,
    "\n  mutation MailVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n": typeof types.MailVerifyDocument,
    "\n  mutation SecretsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n": typeof types.SecretsAddDomainDocument,
    "\n  mutation SecretsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SecretsRegisterDocument,
    "\n  mutation SecretsVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n": typeof types.SecretsVerifyDocument,
    "\n  mutation SecretsSetRoles($userId: ID!) {\n    setUserRoles(userId: $userId, roles: [ADMIN]) {\n      roles\n    }\n  }\n": typeof types.SecretsSetRolesDocument,
    "\n  mutation SecretsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.SecretsLoginDocument,
    "\n  mutation SecretsCreateToken($expiresAt: DateTime!) {\n    createApiToken(input: { name: \"shop\", scopes: [\"catalog:read\"], expiresAt: $expiresAt }) {\n      token\n    }\n  }\n": typeof types.SecretsCreateTokenDocument,
    "\n  query SecretsMe {\n    me {\n      scopes\n    }\n  }\n": typeof types.SecretsMeDocument,
    "\n  query CacheMe {\n    me {\n      scopes\n      user {\n        email\n      }\n    }\n  }\n": typeof types.CacheMeDocument,
    "\n  mutation CacheCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CacheCreateDocument,
    "\n  mutation CacheRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.CacheRevokeDocument,
    "\n  mutation LineageCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        parentId\n      }\n    }\n  }\n": typeof types.LineageCreateDocument,
    "\n  mutation LineageRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.LineageRevokeDocument,
    "\n  query LineageTokens {\n    apiTokens {\n      id\n      name\n      parentId\n      revokedAt\n    }\n  }\n": typeof types.LineageTokensDocument,
    "\n  query LineageMe {\n    me {\n      scopes\n    }\n  }\n": typeof types.LineageMeDocument,
    "\n  mutation AddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n      domain\n    }\n  }\n": typeof types.AddDomainDocument,
    "\n  mutation RemoveDomain($id: ID!) {\n    removeAllowedDomain(id: $id)\n  }\n": typeof types.RemoveDomainDocument,
    "\n  mutation Register($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n      email\n      roles\n      isVerified\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Verify($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      isVerified\n    }\n  }\n": typeof types.VerifyDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      email\n      roles\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  query Me {\n    me {\n      user {\n        email\n        roles\n      }\n      token {\n        name\n      }\n      scopes\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        scopes\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateTokenDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDocument,
    "\n  mutation ConsoleOpsSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleOpsSaveCustomerDocument,
    "\n  mutation ConsoleOpsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleOpsCreateWebhookDocument,
    "\n  mutation ConsoleTestIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": typeof types.ConsoleTestIngestDocument,
    "\n  mutation ConsoleTestToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleTestTokenDocument,
    "\n  mutation ConsoleTestRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.ConsoleTestRevokeDocument,
    "\n  mutation ConsolePagingResolve($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.ConsolePagingResolveDocument,
    "\n  query ConsolePagingWebhooks {\n    webhookConfigs {\n      id\n    }\n  }\n": typeof types.ConsolePagingWebhooksDocument,
    "\n  mutation ConsolePersistedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": typeof types.ConsolePersistedTokenDocument,
    "\n  mutation ConsolePersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": typeof types.ConsolePersistedIngestDocument,
    "\n  query ConsolePersistedStatus {\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n": typeof types.ConsolePersistedStatusDocument,
    "\n  query ProductImages($externalId: String!, $size: Int) {\n    product(externalId: $externalId) {\n      changedFields\n      currentData\n      imageUrl(size: $size)\n    }\n  }\n": typeof types.ProductImagesDocument,
    "\n  query ProductListImages {\n    products(first: 100) {\n      nodes {\n        externalId\n        small: imageUrl(size: 128)\n        large: imageUrl\n      }\n    }\n  }\n": typeof types.ProductListImagesDocument,
    "\n  subscription OnProductImage {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": typeof types.OnProductImageDocument,
    "\n  query ApiLogPing {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ApiLogPingDocument,
    "\n  mutation WsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      domain\n    }\n  }\n": typeof types.WsAddDomainDocument,
    "\n  subscription WsOnFailure {\n    syncFailureChanged {\n      externalId\n    }\n  }\n": typeof types.WsOnFailureDocument,
    "\n  query ApiLogRows($filter: ApiLogFilter) {\n    apiLogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n": typeof types.ApiLogRowsDocument,
    "\n  mutation MetricsPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.MetricsPlaceOrderDocument,
    "\n  mutation MetricsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.MetricsCreateWebhookDocument,
    "\n  query MetricsOdooFailures {\n    syncFailures(filter: { source: ODOO, status: OPEN }, first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.MetricsOdooFailuresDocument,
    "\n  mutation MetricsResolve($id: ID!) {\n    resolveSyncFailure(id: $id, note: \"seen in the metrics test\") {\n      id\n    }\n  }\n": typeof types.MetricsResolveDocument,
    "\n  subscription MetricsOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": typeof types.MetricsOnProductDocument,
    "\n  mutation PlaceTracedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n": typeof types.PlaceTracedOrderDocument,
    "\n  mutation CreateTracedWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.CreateTracedWebhookDocument,
    "\n  query TracedOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n    }\n  }\n": typeof types.TracedOrderStateDocument,
    "\n  query DeletionProducts($filter: SyncableFilter) {\n    products(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n": typeof types.DeletionProductsDocument,
    "\n  query DeletionPartners($filter: SyncableFilter) {\n    partners(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n": typeof types.DeletionPartnersDocument,
    "\n  query DeletedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n      processingState\n      prices {\n        price\n      }\n    }\n  }\n": typeof types.DeletedProductDocument,
    "\n  query DeletedPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n    }\n  }\n": typeof types.DeletedPartnerDocument,
    "\n  query DeletionPrices($filter: PricelistItemFilter) {\n    pricelistItems(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        productExternalId\n        deletedAt\n        priceChanged\n      }\n    }\n  }\n": typeof types.DeletionPricesDocument,
    "\n  mutation DeletionFullPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType, full: true)\n  }\n": typeof types.DeletionFullPullDocument,
    "\n  query KeyedRowsOf($sku: String!, $includeDeleted: Boolean = true) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        supplierExternalId\n        quantity\n        deletedAt\n      }\n    }\n    pricelistItems(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        pricelistExternalId\n        price\n        deletedAt\n      }\n    }\n  }\n": typeof types.KeyedRowsOfDocument,
    "\n  subscription OnProductDeletion {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": typeof types.OnProductDeletionDocument,
    "\n  query LateProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n": typeof types.LateProductDocument,
    "\n  mutation RequestLatePull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n": typeof types.RequestLatePullDocument,
    "\n  query OdooConnection {\n    syncStatus {\n      odooConnection {\n        ok\n        protocol\n        version\n        checkedAt\n        notes\n        problems {\n          model\n          operation\n          field\n          message\n          fix\n        }\n      }\n    }\n  }\n": typeof types.OdooConnectionDocument,
    "\n  query PulledCounts {\n    products(first: 1) {\n      totalCount\n    }\n    partners(first: 1) {\n      totalCount\n    }\n    stocks(first: 1) {\n      totalCount\n    }\n    pricelistItems(first: 1) {\n      totalCount\n    }\n    purchaseOrders(first: 1) {\n      totalCount\n    }\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n": typeof types.PulledCountsDocument,
    "\n  query PulledProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      odooId\n      currentData\n      changedFields\n      prices {\n        pricelistExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n      stock {\n        supplierExternalId\n        quantity\n      }\n    }\n  }\n": typeof types.PulledProductDocument,
    "\n  query PulledFailures {\n    syncFailures(filter: { source: ODOO }) {\n      nodes {\n        entityType\n        externalId\n        errorMessage\n      }\n    }\n  }\n": typeof types.PulledFailuresDocument,
    "\n  mutation RequestPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n": typeof types.RequestPullDocument,
    "\n  query ChunkedPullEverything {\n    products(first: 500, filter: { includeDeleted: true }) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        currentData\n        prices {\n          pricelistExternalId\n          minQuantity\n          price\n          currency\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          reservedQuantity\n        }\n      }\n    }\n    partners(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        type\n        externalParentId\n        currentData\n      }\n    }\n    purchaseOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        currentData\n        lines {\n          productExternalId\n          quantity\n          priceUnit\n        }\n      }\n    }\n    saleOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        direction\n        currentData\n        odooStatus {\n          state\n          invoiceStatus\n          deliveryStatus\n          paymentState\n          amountTotal\n          trackingRefs\n        }\n      }\n    }\n    stocks(first: 500) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n      }\n    }\n    pricelistItems(first: 500) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        minQuantity\n        price\n        currency\n      }\n    }\n  }\n": typeof types.ChunkedPullEverythingDocument,
    "\n  subscription OnOdooProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": typeof types.OnOdooProductDocument,
    "\n  query ReceivedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      currentData\n      prices(pricelistExternalId: \"list_price\") {\n        price\n      }\n    }\n  }\n": typeof types.ReceivedProductDocument,
    "\n  query ReceiverLog {\n    apiLogs(first: 100, filter: { pathPrefix: \"/webhooks/odoo\" }) {\n      nodes {\n        method\n        path\n        direction\n        statusCode\n      }\n    }\n    odooCalls: apiLogs(first: 5, filter: { direction: OUTBOUND }) {\n      totalCount\n      nodes {\n        path\n      }\n    }\n  }\n": typeof types.ReceiverLogDocument,
    "\n  query PricelistPrices($pricelist: String!) {\n    pricelistItems(filter: { pricelistExternalId: $pricelist }, first: 500) {\n      nodes {\n        productExternalId\n        minQuantity\n        price\n        previousPrice\n        priceChanged\n        currency\n      }\n    }\n  }\n": typeof types.PricelistPricesDocument,
    "\n  subscription SyncProgress($entityType: EntityType) {\n    syncProgress(entityType: $entityType) {\n      entityType\n      state\n      full\n      startedAt\n      pages\n      records\n      estimatedTotal\n      finishedAt\n      lastError\n    }\n  }\n": typeof types.SyncProgressDocument,
    "\n  query SyncPulls {\n    syncStatus {\n      pulls {\n        entityType\n        state\n        full\n        pages\n        records\n        estimatedTotal\n        finishedAt\n        lastError\n      }\n    }\n  }\n": typeof types.SyncPullsDocument,
    "\n  query ShopCatalogue($forSale: Boolean) {\n    products(forSale: $forSale, first: 100) {\n      nodes {\n        externalId\n        currentData\n      }\n    }\n    categories(forSale: $forSale) {\n      path\n      name\n      parentPath\n      depth\n      productCount\n    }\n  }\n": typeof types.ShopCatalogueDocument,
    "\n  query ShopDefaultCategories {\n    categories {\n      path\n      productCount\n    }\n  }\n": typeof types.ShopDefaultCategoriesDocument,
    "\n  query StockOf($sku: String!, $includeDeleted: Boolean) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        deletedAt\n        supplierExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n        previousQuantity\n        isQuantityChanged\n      }\n    }\n  }\n": typeof types.StockOfDocument,
    "\n  query Localized($sku: String!, $lang: String!) {\n    product(externalId: $sku) {\n      changedFields\n      localized(lang: $lang) {\n        lang\n        name\n        descriptionSale\n        values\n      }\n    }\n  }\n": typeof types.LocalizedDocument,
    "\n  query LocalizedList($lang: String!) {\n    products(first: 10) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LocalizedListDocument,
    "\n  subscription OnTranslation($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      externalId\n      changedFields\n    }\n  }\n": typeof types.OnTranslationDocument,
    "\n  mutation PokeTranslation($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": typeof types.PokeTranslationDocument,
    "\n  mutation ClaimTranslated {\n    claimChanges(entityType: PRODUCT, limit: 100) {\n      id\n      externalId\n      changedFields\n      ... on Product {\n        localized(lang: \"de_DE\") {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClaimTranslatedDocument,
    "\n  mutation AckTranslated($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n    }\n  }\n": typeof types.AckTranslatedDocument,
    "\n  query VariantTemplates($externalIds: [String!], $first: Int, $after: String) {\n    productTemplates(externalIds: $externalIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        externalId\n        variants {\n          externalId\n          templateExternalId\n          currentData\n          prices(pricelistExternalId: \"list_price\") {\n            price\n            previousPrice\n            priceChanged\n          }\n        }\n      }\n    }\n  }\n": typeof types.VariantTemplatesDocument,
    "\n  query VariantProductTemplate($externalId: String!) {\n    product(externalId: $externalId) {\n      template {\n        externalId\n        variants {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.VariantProductTemplateDocument,
    "\n  query VariantChangedPrices {\n    pricelistItems(filter: { pricelistExternalId: \"list_price\", changedOnly: true }) {\n      nodes {\n        productExternalId\n        price\n        previousPrice\n      }\n    }\n  }\n": typeof types.VariantChangedPricesDocument,
    "\n  mutation IngestVariants($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": typeof types.IngestVariantsDocument,
    "\n  mutation PlaceConfirmedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceConfirmedOrderDocument,
    "\n  query ConfirmedOrderStates {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n  }\n": typeof types.ConfirmedOrderStatesDocument,
    "\n  mutation PlaceListOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceListOrderDocument,
    "\n  query ListOrderStates {\n    saleOrders(first: 100) {\n      nodes {\n        id\n        externalId\n        odooId\n        processingState\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        entityId\n        status\n      }\n    }\n  }\n": typeof types.ListOrderStatesDocument,
    "\n  mutation PlaceCircuitOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceCircuitOrderDocument,
    "\n  query CircuitView {\n    syncStatus {\n      openFailures\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastProbeAt\n        lastError\n        pausedItems\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        pausedAt\n      }\n    }\n    saleOrders(first: 500) {\n      nodes {\n        id\n        externalId\n        odooId\n      }\n    }\n  }\n": typeof types.CircuitViewDocument,
    "\n  mutation PlaceOutageOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceOutageOrderDocument,
    "\n  query OutageQueue {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        attempts\n        pausedAt\n      }\n    }\n    syncStatus {\n      openFailures\n      odooCircuits {\n        state\n        pausedItems\n      }\n    }\n  }\n": typeof types.OutageQueueDocument,
    "\n  query OutageDone {\n    outboundQueue(filter: { entityType: SALE_ORDER, status: COMPLETED }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OutageDoneDocument,
    "\n  mutation PlaceTaxedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooStatus {\n        state\n      }\n    }\n  }\n": typeof types.PlaceTaxedOrderDocument,
    "\n  mutation CancelOrder($externalId: String!, $reason: String) {\n    cancelSaleOrder(externalId: $externalId, reason: $reason) {\n      externalId\n      currentData\n      changedFields\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  query OrderFate($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      changedFields\n      odooStatus {\n        state\n        invoiceStatus\n        deliveryStatus\n        paymentState\n        amountUntaxed\n        amountTax\n        amountTotal\n        currency\n        trackingRefs\n        confirmedAt\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        externalId\n        status\n        errorMessage\n      }\n    }\n  }\n": typeof types.OrderFateDocument,
    "\n  mutation RetryOrderFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n    }\n  }\n": typeof types.RetryOrderFailureDocument,
    "\n  subscription OnOrder {\n    entityChanged(entityType: SALE_ORDER) {\n      externalId\n      changedFields\n    }\n  }\n": typeof types.OnOrderDocument,
    "\n  mutation OwnershipSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      externalId\n      origin\n      odooId\n    }\n  }\n": typeof types.OwnershipSaveCustomerDocument,
    "\n  mutation OwnershipPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n": typeof types.OwnershipPlaceOrderDocument,
    "\n  mutation OwnershipCreatePurchase($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n": typeof types.OwnershipCreatePurchaseDocument,
    "\n  mutation OwnershipIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      updated\n    }\n  }\n": typeof types.OwnershipIngestPartnersDocument,
    "\n  query OwnershipRecords($partner: String!, $order: String!, $purchase: String!) {\n    partner(externalId: $partner) {\n      id\n      externalId\n      origin\n      odooId\n      currentData\n      children {\n        externalId\n        origin\n      }\n    }\n    saleOrder(externalId: $order) {\n      externalId\n      origin\n      odooId\n      processingState\n    }\n    purchaseOrder(externalId: $purchase) {\n      externalId\n      origin\n      odooId\n      lines {\n        productExternalId\n        quantity\n      }\n    }\n    products(first: 1) {\n      nodes {\n        origin\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        entityType\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(first: 500) {\n      nodes {\n        externalId\n        errorMessage\n        status\n      }\n    }\n  }\n": typeof types.OwnershipRecordsDocument,
    "\n  mutation PlaceOrderSearchedAhead($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceOrderSearchedAheadDocument,
    "\n  query OrderSearchedAheadState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n      }\n    }\n  }\n": typeof types.OrderSearchedAheadStateDocument,
    "\n  mutation PlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooId\n      direction\n      processingState\n      customer {\n        externalId\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation SaveCustomerToOdoo($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n      externalId\n      type\n      children {\n        externalId\n        type\n      }\n    }\n  }\n": typeof types.SaveCustomerToOdooDocument,
    "\n  mutation CreatePurchaseToOdoo($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n": typeof types.CreatePurchaseToOdooDocument,
    "\n  query OutboundState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n        children {\n          externalId\n          type\n          odooId\n        }\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        id\n        entityType\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n    syncFailures(filter: { source: ODOO }, first: 500) {\n      nodes {\n        id\n        entityType\n        externalId\n        status\n        errorMessage\n        resolutionNote\n      }\n    }\n  }\n": typeof types.OutboundStateDocument,
    "\n  mutation RetryOdooFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetryOdooFailureDocument,
    "\n  mutation ResolveOdooFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n": typeof types.ResolveOdooFailureDocument,
    "\n  mutation RetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.RetryOutboundDocument,
    "\n  mutation PlaceUncertain($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceUncertainDocument,
    "\n  query UncertainState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.UncertainStateDocument,
    "\n  mutation PlaceCrashOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceCrashOrderDocument,
    "\n  mutation CancelCrashOrder($externalId: String!) {\n    cancelSaleOrder(externalId: $externalId, reason: \"changed my mind\") {\n      id\n    }\n  }\n": typeof types.CancelCrashOrderDocument,
    "\n  query CrashOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n      }\n    }\n  }\n": typeof types.CrashOrderStateDocument,
    "\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.BadInputPageDocument,
    "\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.BadInputLookupDocument,
    "\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n": typeof types.BadInputDeliveriesDocument,
    "\n  query ProductsLocalized($first: Int!, $lang: String!) {\n    products(first: $first) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n          descriptionSale\n        }\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.ProductsLocalizedDocument,
    "\n  query ProductsLocalizedWithData($lang: String!) {\n    products(first: 2) {\n      nodes {\n        currentData\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProductsLocalizedWithDataDocument,
    "\n  query StockAndPrices($stock: StockFilter, $prices: PricelistItemFilter) {\n    stocks(filter: $stock) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: $prices) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n": typeof types.StockAndPricesDocument,
    "\n  query QueueAndFailures($queue: OutboundQueueFilter, $failures: SyncFailureFilter) {\n    outboundQueue(filter: $queue) {\n      totalCount\n      nodes {\n        id\n        entityType\n        entityId\n        payload\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        createdAt\n        updatedAt\n      }\n    }\n    syncFailures(filter: $failures) {\n      totalCount\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n        resolutionNote\n        resolvedAt\n      }\n    }\n  }\n": typeof types.QueueAndFailuresDocument,
    "\n  query Webhooks($filter: WebhookDeliveryFilter) {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n        webhookConfig {\n          url\n        }\n        syncFailure {\n          errorMessage\n        }\n      }\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  query ApiLogs($filter: ApiLogFilter) {\n    apiLogs(filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        createdAt\n      }\n    }\n  }\n": typeof types.ApiLogsDocument,
    "\n  query Admin {\n    users {\n      id\n      email\n      roles\n      isVerified\n      createdAt\n    }\n    apiTokens {\n      id\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n    allowedDomains {\n      id\n      domain\n      createdAt\n    }\n    me {\n      user {\n        id\n      }\n      token {\n        id\n      }\n      scopes\n    }\n  }\n": typeof types.AdminDocument,
    "\n  query Status {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      openFailures\n      lastOdooPullAt\n    }\n  }\n": typeof types.StatusDocument,
    "\n  query PersistedCatalogue($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        currentData\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.PersistedCatalogueDocument,
    "\n  query PersistedLookup($externalId: String) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n": typeof types.PersistedLookupDocument,
    "\n  query PersistedPage($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n      }\n    }\n  }\n": typeof types.PersistedPageDocument,
    "\n  query PersistedTooBig {\n    products(first: 500) {\n      nodes {\n        prices {\n          price\n        }\n      }\n    }\n  }\n": typeof types.PersistedTooBigDocument,
    "\n  query PersistedOnInterface {\n    products(first: 3) {\n      nodes {\n        ... on Syncable {\n          externalId\n          changedFields\n        }\n      }\n    }\n  }\n": typeof types.PersistedOnInterfaceDocument,
    "\n  subscription PersistedOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": typeof types.PersistedOnProductDocument,
    "\n  mutation PersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": typeof types.PersistedIngestDocument,
    "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n": typeof types.ProductLookupDocument,
    "\n  query ProductsReadPath($first: Int, $after: String, $filter: SyncableFilter, $pricelist: String) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        externalId\n        odooId\n        currentData\n        previousData\n        changedFields\n        processingState\n        isNew\n        idempotencyKey\n        fetchedAt\n        errorMessage\n        retryCount\n        origin\n        createdAt\n        updatedAt\n        deletedAt\n        context\n        prices {\n          pricelistExternalId\n          price\n          previousPrice\n          minQuantity\n          currency\n          product {\n            externalId\n          }\n        }\n        b2b: prices(pricelistExternalId: $pricelist) {\n          price\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          deletedAt\n        }\n      }\n    }\n  }\n": typeof types.ProductsReadPathDocument,
    "\n  query PartnersAndOrdersReadPath($direction: SaleOrderDirection) {\n    partners(first: 100) {\n      nodes {\n        externalId\n        type\n        parentId\n        externalParentId\n        parent {\n          externalId\n        }\n        children {\n          externalId\n        }\n      }\n    }\n    saleOrders(first: 100, direction: $direction) {\n      nodes {\n        externalId\n        direction\n        odooStatus {\n          state\n        }\n        customer {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.PartnersAndOrdersReadPathDocument,
    "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        imageUrl(size: 256)\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.ProductsWithPricesAndStockDocument,
    "\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.ProductPricesDocument,
    "\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.PartnerTreeDocument,
    "\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrdersWithRelationsDocument,
    "\n  query StorefrontTemplates($first: Int) {\n    productTemplates(forSale: true, first: $first) {\n      nodes {\n        externalId\n        variants {\n          externalId\n          prices {\n            price\n          }\n        }\n      }\n    }\n  }\n": typeof types.StorefrontTemplatesDocument,
    "\n  query StorefrontProductsForSale($first: Int, $skus: [String!]) {\n    products(forSale: true, first: $first, filter: { externalIds: $skus }) {\n      nodes {\n        externalId\n        template {\n          externalId\n          variants {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": typeof types.StorefrontProductsForSaleDocument,
    "\n        query NestedCost {\n          products(first: 500) {\n            nodes {\n              prices {\n                product {\n                  prices {\n                    price\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.NestedCostDocument,
    "\n  query ServerCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ServerCountDocument,
    "\n  fragment IngestCounts on IngestResult {\n    created\n    updated\n    unchanged\n  }\n": typeof types.IngestCountsFragmentDoc,
    "\n  fragment IngestedChange on EntityChange {\n    entityType\n    id\n    externalId\n    changedFields\n  }\n": typeof types.IngestedChangeFragmentDoc,
    "\n  mutation Claim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      __typename\n      id\n      externalId\n      processingState\n      fetchedAt\n      changedFields\n      currentData\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  mutation Ack($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n": typeof types.AckDocument,
    "\n  query FeedState($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        errorMessage\n        retryCount\n      }\n    }\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n": typeof types.FeedStateDocument,
    "\n  mutation RetentionIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n": typeof types.RetentionIngestDocument,
    "\n  subscription OnChangeAfter($since: ID) {\n    entityChanged(since: $since) {\n      externalId\n      position\n    }\n  }\n": typeof types.OnChangeAfterDocument,
    "\n  subscription OnChangeSince($entityType: EntityType, $fields: [String!], $since: ID) {\n    entityChanged(entityType: $entityType, fields: $fields, since: $since) {\n      entityType\n      externalId\n      changedFields\n      isNew\n      position\n    }\n  }\n": typeof types.OnChangeSinceDocument,
    "\n  mutation LogIngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n": typeof types.LogIngestProductsDocument,
    "\n  mutation LogIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      created\n    }\n  }\n": typeof types.LogIngestPartnersDocument,
    "\n  mutation ViewConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n    }\n  }\n": typeof types.ViewConsumerDocument,
    "\n  mutation ViewToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": typeof types.ViewTokenDocument,
    "\n  mutation ViewClaim($limit: Int) {\n    claimChanges(entityType: PRODUCT, limit: $limit) {\n      id\n      externalId\n    }\n  }\n": typeof types.ViewClaimDocument,
    "\n  mutation ViewAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n      failed\n    }\n  }\n": typeof types.ViewAckDocument,
    "\n  query ProductsInState($state: ProcessingState) {\n    products(filter: { processingState: $state }, first: 100) {\n      totalCount\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n": typeof types.ProductsInStateDocument,
    "\n  query PartnersInState($state: ProcessingState) {\n    partners(filter: { processingState: $state }) {\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n": typeof types.PartnersInStateDocument,
    "\n  query ChangeCounts {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n": typeof types.ChangeCountsDocument,
    "\n  mutation CreateConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n      name\n      isDefault\n      entityTypes\n      pricelistExternalId\n      warehouse\n    }\n  }\n": typeof types.CreateConsumerDocument,
    "\n  mutation UpdateConsumer($id: ID!, $input: ConsumerUpdateInput!) {\n    updateConsumer(id: $id, input: $input) {\n      id\n      name\n      entityTypes\n      warehouse\n    }\n  }\n": typeof types.UpdateConsumerDocument,
    "\n  mutation DeleteConsumer($id: ID!) {\n    deleteConsumer(id: $id) {\n      name\n    }\n  }\n": typeof types.DeleteConsumerDocument,
    "\n  query Consumers {\n    consumers {\n      id\n      name\n      isDefault\n    }\n  }\n": typeof types.ConsumersDocument,
    "\n  mutation CreateConsumerToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        consumerId\n      }\n    }\n  }\n": typeof types.CreateConsumerTokenDocument,
    "\n  mutation RevokeConsumerToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeConsumerTokenDocument,
    "\n  mutation ConsumerClaim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      id\n      externalId\n      processingState\n      fetchedAt\n      currentData\n    }\n  }\n": typeof types.ConsumerClaimDocument,
    "\n  mutation ConsumerAck($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n": typeof types.ConsumerAckDocument,
    "\n  query ConsumerProducts($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        fetchedAt\n        errorMessage\n        retryCount\n      }\n    }\n  }\n": typeof types.ConsumerProductsDocument,
    "\n  query ConsumerFailures {\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        externalId\n        consumerId\n        errorMessage\n      }\n    }\n  }\n": typeof types.ConsumerFailuresDocument,
    "\n  query ChangedFlags {\n    stocks(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        supplierExternalId\n        productExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        pricelistExternalId\n        productExternalId\n        priceChanged\n      }\n    }\n  }\n": typeof types.ChangedFlagsDocument,
    "\n  query AllFlags {\n    stocks(first: 500) {\n      nodes {\n        productExternalId\n        supplierExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(first: 500) {\n      nodes {\n        productExternalId\n        pricelistExternalId\n        priceChanged\n      }\n    }\n  }\n": typeof types.AllFlagsDocument,
    "\n  mutation ConsumerAckStock($ids: [ID!]!) {\n    acknowledgeStockChanges(ids: $ids)\n  }\n": typeof types.ConsumerAckStockDocument,
    "\n  mutation ConsumerAckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n": typeof types.ConsumerAckPricesDocument,
    "\n  subscription OnProductChanged($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      entityType\n      id\n      externalId\n      changedFields\n      isNew\n      changedAt\n    }\n  }\n": typeof types.OnProductChangedDocument,
    "\n  subscription OnProductIds {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": typeof types.OnProductIdsDocument,
    "\n  subscription OnFailure {\n    syncFailureChanged(source: WEBSHOP) {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n": typeof types.OnFailureDocument,
    "\n  mutation EventsIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": typeof types.EventsIngestDocument,
    "\n  mutation EventsClaim {\n    claimChanges(entityType: PRODUCT, limit: 1000) {\n      id\n      externalId\n    }\n  }\n": typeof types.EventsClaimDocument,
    "\n  mutation EventsAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      failed\n    }\n  }\n": typeof types.EventsAckDocument,
    "\n  mutation IngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      ...IngestCounts\n      changes {\n        externalId\n        changedFields\n        isNew\n      }\n    }\n  }\n": typeof types.IngestPartnersDocument,
    "\n  query PartnerLinks($externalId: String!) {\n    partner(externalId: $externalId) {\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n      }\n    }\n  }\n": typeof types.PartnerLinksDocument,
    "\n  mutation IngestSaleOrders($input: [SaleOrderInput!]!) {\n    ingestSaleOrders(input: $input) {\n      ...IngestCounts\n    }\n  }\n": typeof types.IngestSaleOrdersDocument,
    "\n  query SaleOrderDirectionOf($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      direction\n      currentData\n    }\n  }\n": typeof types.SaleOrderDirectionOfDocument,
    "\n  mutation IngestPurchaseOrders($input: [PurchaseOrderInput!]!) {\n    ingestPurchaseOrders(input: $input) {\n      ...IngestCounts\n      changes {\n        changedFields\n      }\n    }\n  }\n": typeof types.IngestPurchaseOrdersDocument,
    "\n  query PurchaseOrderLinesOf($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      name\n      vendor\n      state\n      currentData\n      lines {\n        productExternalId\n        quantity\n        priceUnit\n      }\n    }\n  }\n": typeof types.PurchaseOrderLinesOfDocument,
    "\n  mutation IngestStock($input: [StockInput!]!) {\n    ingestStock(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n      }\n    }\n  }\n": typeof types.IngestStockDocument,
    "\n  mutation IngestPrices($input: [PricelistItemInput!]!) {\n    ingestPricelistItems(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n      }\n    }\n  }\n": typeof types.IngestPricesDocument,
    "\n  query ChangedStockAndPrices {\n    stocks(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        updatedAt\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n": typeof types.ChangedStockAndPricesDocument,
    "\n  mutation AckStock($ids: [ID!]!, $seenAt: DateTime) {\n    acknowledgeStockChanges(ids: $ids, seenAt: $seenAt)\n  }\n": typeof types.AckStockDocument,
    "\n  mutation AckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n": typeof types.AckPricesDocument,
    "\n  mutation IngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n        changedAt\n      }\n    }\n  }\n": typeof types.IngestProductsDocument,
    "\n  mutation IngestInlineNested {\n    ingestProducts(\n      input: [\n        { externalId: \"SKU-INLINE\", data: { dims: { w: 1, h: 2 }, tags: [{ a: 1 }] }, context: { lang: \"de_DE\" } }\n      ]\n    ) {\n      ...IngestCounts\n    }\n  }\n": typeof types.IngestInlineNestedDocument,
    "\n  query ProductState($externalId: String!) {\n    product(externalId: $externalId) {\n      id\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      odooId\n      context\n      updatedAt\n    }\n  }\n": typeof types.ProductStateDocument,
    "\n  query ProductCount {\n    products {\n      totalCount\n    }\n  }\n": typeof types.ProductCountDocument,
    "\n  mutation CreateConfig($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n        url\n        entityType\n        direction\n        isActive\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.CreateConfigDocument,
    "\n  mutation UpdateConfig($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      url\n      isActive\n    }\n  }\n": typeof types.UpdateConfigDocument,
    "\n  mutation DeleteConfig($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": typeof types.DeleteConfigDocument,
    "\n  mutation RotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.RotateSecretDocument,
    "\n  query Configs {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n": typeof types.ConfigsDocument,
    "\n  query Deliveries($filter: WebhookDeliveryFilter, $first: Int) {\n    webhookDeliveries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        nextAttemptAt\n        webhookConfig {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverDocument,
    "\n  mutation DeliveryCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.DeliveryCreateDocument,
    "\n  mutation DeliveryDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": typeof types.DeliveryDeleteDocument,
    "\n  mutation DeliveryRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": typeof types.DeliveryRotateDocument,
    "\n  mutation DeliveryRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.DeliveryRedeliverDocument,
    "\n  query DeliveryState($configId: ID!) {\n    webhookConfigs {\n      id\n      isActive\n    }\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 500) {\n      nodes {\n        id\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n        syncFailure {\n          id\n          status\n          source\n          entityType\n          externalId\n          errorMessage\n          resolutionNote\n        }\n      }\n    }\n  }\n": typeof types.DeliveryStateDocument,
    "\n  query DeliveryOutboundLog($configId: ID!) {\n    apiLogs(filter: { direction: OUTBOUND, webhookConfigId: $configId }, first: 100) {\n      nodes {\n        method\n        path\n        statusCode\n        duration\n      }\n    }\n  }\n": typeof types.DeliveryOutboundLogDocument,
    "\n  mutation DeliveryRetryFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeliveryRetryFailureDocument,
    "\n  subscription DeliveryOnFailure {\n    syncFailureChanged {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n": typeof types.DeliveryOnFailureDocument,
    "\n  mutation OpsCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.OpsCreateDocument,
    "\n  mutation OpsUpdate($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n": typeof types.OpsUpdateDocument,
    "\n  mutation OpsDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": typeof types.OpsDeleteDocument,
    "\n  mutation OpsRecover($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n": typeof types.OpsRecoverDocument,
    "\n  mutation OpsTestSend($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      messageId\n      status\n      attempts\n      payload\n      webhookConfig {\n        id\n      }\n    }\n  }\n": typeof types.OpsTestSendDocument,
    "\n  mutation OpsRetryMany($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n        status\n        outboundQueueItem {\n          id\n        }\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n": typeof types.OpsRetryManyDocument,
    "\n  query OpsOneFailure($id: ID!, $externalId: String!) {\n    syncFailure(id: $id) {\n      id\n      externalId\n      errorMessage\n      outboundQueueItem {\n        id\n      }\n    }\n    syncFailures(filter: { externalId: $externalId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.OpsOneFailureDocument,
    "\n  query OpsHealth {\n    webhookConfigs {\n      id\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n": typeof types.OpsHealthDocument,
    "\n  query OpsDeliveries($configId: ID!) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 100) {\n      nodes {\n        id\n        messageId\n        status\n        attempts\n        responseStatus\n        lastError\n        createdAt\n        payload\n        syncFailure {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.OpsDeliveriesDocument,
};
const documents: Documents = {
    "\n  query BootstrapMe {\n    me {\n      scopes\n    }\n  }\n": types.BootstrapMeDocument,
    "\n  query CliMe {\n    me {\n      scopes\n      token {\n        name\n        expiresAt\n      }\n    }\n  }\n": types.CliMeDocument,
    "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      apiToken {\n        scopes\n      }\n    }\n  }\n": types.CliLoginDocument,
    "\n  mutation LimitsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LimitsLoginDocument,
    "\n  mutation LimitsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": types.LimitsRegisterDocument,
    "\n  mutation MailAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n": types.MailAddDomainDocument,
    "\n  mutation MailRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": types.MailRegisterDocument,
    "\n  mutation MailVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n": types.MailVerifyDocument,
    "\n  mutation SecretsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n": types.SecretsAddDomainDocument,
    "\n  mutation SecretsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SecretsRegisterDocument,
    "\n  mutation SecretsVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n": types.SecretsVerifyDocument,
    "\n  mutation SecretsSetRoles($userId: ID!) {\n    setUserRoles(userId: $userId, roles: [ADMIN]) {\n      roles\n    }\n  }\n": types.SecretsSetRolesDocument,
    "\n  mutation SecretsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.SecretsLoginDocument,
    "\n  mutation SecretsCreateToken($expiresAt: DateTime!) {\n    createApiToken(input: { name: \"shop\", scopes: [\"catalog:read\"], expiresAt: $expiresAt }) {\n      token\n    }\n  }\n": types.SecretsCreateTokenDocument,
    "\n  query SecretsMe {\n    me {\n      scopes\n    }\n  }\n": types.SecretsMeDocument,
    "\n  query CacheMe {\n    me {\n      scopes\n      user {\n        email\n      }\n    }\n  }\n": types.CacheMeDocument,
    "\n  mutation CacheCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CacheCreateDocument,
    "\n  mutation CacheRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n": types.CacheRevokeDocument,
    "\n  mutation LineageCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        parentId\n      }\n    }\n  }\n": types.LineageCreateDocument,
    "\n  mutation LineageRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.LineageRevokeDocument,
    "\n  query LineageTokens {\n    apiTokens {\n      id\n      name\n      parentId\n      revokedAt\n    }\n  }\n": types.LineageTokensDocument,
    "\n  query LineageMe {\n    me {\n      scopes\n    }\n  }\n": types.LineageMeDocument,
    "\n  mutation AddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n      domain\n    }\n  }\n": types.AddDomainDocument,
    "\n  mutation RemoveDomain($id: ID!) {\n    removeAllowedDomain(id: $id)\n  }\n": types.RemoveDomainDocument,
    "\n  mutation Register($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n      email\n      roles\n      isVerified\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Verify($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      isVerified\n    }\n  }\n": types.VerifyDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      email\n      roles\n    }\n  }\n": types.SetRolesDocument,
    "\n  query Me {\n    me {\n      user {\n        email\n        roles\n      }\n      token {\n        name\n      }\n      scopes\n    }\n  }\n": types.MeDocument,
    "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        scopes\n        expiresAt\n      }\n    }\n  }\n": types.CreateTokenDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDocument,
    "\n  mutation ConsoleOpsSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n    }\n  }\n": types.ConsoleOpsSaveCustomerDocument,
    "\n  mutation ConsoleOpsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.ConsoleOpsCreateWebhookDocument,
    "\n  mutation ConsoleTestIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": types.ConsoleTestIngestDocument,
    "\n  mutation ConsoleTestToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.ConsoleTestTokenDocument,
    "\n  mutation ConsoleTestRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n": types.ConsoleTestRevokeDocument,
    "\n  mutation ConsolePagingResolve($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n    }\n  }\n": types.ConsolePagingResolveDocument,
    "\n  query ConsolePagingWebhooks {\n    webhookConfigs {\n      id\n    }\n  }\n": types.ConsolePagingWebhooksDocument,
    "\n  mutation ConsolePersistedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": types.ConsolePersistedTokenDocument,
    "\n  mutation ConsolePersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": types.ConsolePersistedIngestDocument,
    "\n  query ConsolePersistedStatus {\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n": types.ConsolePersistedStatusDocument,
    "\n  query ProductImages($externalId: String!, $size: Int) {\n    product(externalId: $externalId) {\n      changedFields\n      currentData\n      imageUrl(size: $size)\n    }\n  }\n": types.ProductImagesDocument,
    "\n  query ProductListImages {\n    products(first: 100) {\n      nodes {\n        externalId\n        small: imageUrl(size: 128)\n        large: imageUrl\n      }\n    }\n  }\n": types.ProductListImagesDocument,
    "\n  subscription OnProductImage {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": types.OnProductImageDocument,
    "\n  query ApiLogPing {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.ApiLogPingDocument,
    "\n  mutation WsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      domain\n    }\n  }\n": types.WsAddDomainDocument,
    "\n  subscription WsOnFailure {\n    syncFailureChanged {\n      externalId\n    }\n  }\n": types.WsOnFailureDocument,
    "\n  query ApiLogRows($filter: ApiLogFilter) {\n    apiLogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n": types.ApiLogRowsDocument,
    "\n  mutation MetricsPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.MetricsPlaceOrderDocument,
    "\n  mutation MetricsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.MetricsCreateWebhookDocument,
    "\n  query MetricsOdooFailures {\n    syncFailures(filter: { source: ODOO, status: OPEN }, first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.MetricsOdooFailuresDocument,
    "\n  mutation MetricsResolve($id: ID!) {\n    resolveSyncFailure(id: $id, note: \"seen in the metrics test\") {\n      id\n    }\n  }\n": types.MetricsResolveDocument,
    "\n  subscription MetricsOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": types.MetricsOnProductDocument,
    "\n  mutation PlaceTracedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n": types.PlaceTracedOrderDocument,
    "\n  mutation CreateTracedWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.CreateTracedWebhookDocument,
    "\n  query TracedOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n    }\n  }\n": types.TracedOrderStateDocument,
    "\n  query DeletionProducts($filter: SyncableFilter) {\n    products(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n": types.DeletionProductsDocument,
    "\n  query DeletionPartners($filter: SyncableFilter) {\n    partners(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n": types.DeletionPartnersDocument,
    "\n  query DeletedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n      processingState\n      prices {\n        price\n      }\n    }\n  }\n": types.DeletedProductDocument,
    "\n  query DeletedPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n    }\n  }\n": types.DeletedPartnerDocument,
    "\n  query DeletionPrices($filter: PricelistItemFilter) {\n    pricelistItems(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        productExternalId\n        deletedAt\n        priceChanged\n      }\n    }\n  }\n": types.DeletionPricesDocument,
    "\n  mutation DeletionFullPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType, full: true)\n  }\n": types.DeletionFullPullDocument,
    "\n  query KeyedRowsOf($sku: String!, $includeDeleted: Boolean = true) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        supplierExternalId\n        quantity\n        deletedAt\n      }\n    }\n    pricelistItems(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        pricelistExternalId\n        price\n        deletedAt\n      }\n    }\n  }\n": types.KeyedRowsOfDocument,
    "\n  subscription OnProductDeletion {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": types.OnProductDeletionDocument,
    "\n  query LateProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n": types.LateProductDocument,
    "\n  mutation RequestLatePull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n": types.RequestLatePullDocument,
    "\n  query OdooConnection {\n    syncStatus {\n      odooConnection {\n        ok\n        protocol\n        version\n        checkedAt\n        notes\n        problems {\n          model\n          operation\n          field\n          message\n          fix\n        }\n      }\n    }\n  }\n": types.OdooConnectionDocument,
    "\n  query PulledCounts {\n    products(first: 1) {\n      totalCount\n    }\n    partners(first: 1) {\n      totalCount\n    }\n    stocks(first: 1) {\n      totalCount\n    }\n    pricelistItems(first: 1) {\n      totalCount\n    }\n    purchaseOrders(first: 1) {\n      totalCount\n    }\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n": types.PulledCountsDocument,
    "\n  query PulledProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      odooId\n      currentData\n      changedFields\n      prices {\n        pricelistExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n      stock {\n        supplierExternalId\n        quantity\n      }\n    }\n  }\n": types.PulledProductDocument,
    "\n  query PulledFailures {\n    syncFailures(filter: { source: ODOO }) {\n      nodes {\n        entityType\n        externalId\n        errorMessage\n      }\n    }\n  }\n": types.PulledFailuresDocument,
    "\n  mutation RequestPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n": types.RequestPullDocument,
    "\n  query ChunkedPullEverything {\n    products(first: 500, filter: { includeDeleted: true }) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        currentData\n        prices {\n          pricelistExternalId\n          minQuantity\n          price\n          currency\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          reservedQuantity\n        }\n      }\n    }\n    partners(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        type\n        externalParentId\n        currentData\n      }\n    }\n    purchaseOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        currentData\n        lines {\n          productExternalId\n          quantity\n          priceUnit\n        }\n      }\n    }\n    saleOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        direction\n        currentData\n        odooStatus {\n          state\n          invoiceStatus\n          deliveryStatus\n          paymentState\n          amountTotal\n          trackingRefs\n        }\n      }\n    }\n    stocks(first: 500) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n      }\n    }\n    pricelistItems(first: 500) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        minQuantity\n        price\n        currency\n      }\n    }\n  }\n": types.ChunkedPullEverythingDocument,
    "\n  subscription OnOdooProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n": types.OnOdooProductDocument,
    "\n  query ReceivedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      currentData\n      prices(pricelistExternalId: \"list_price\") {\n        price\n      }\n    }\n  }\n": types.ReceivedProductDocument,
    "\n  query ReceiverLog {\n    apiLogs(first: 100, filter: { pathPrefix: \"/webhooks/odoo\" }) {\n      nodes {\n        method\n        path\n        direction\n        statusCode\n      }\n    }\n    odooCalls: apiLogs(first: 5, filter: { direction: OUTBOUND }) {\n      totalCount\n      nodes {\n        path\n      }\n    }\n  }\n": types.ReceiverLogDocument,
    "\n  query PricelistPrices($pricelist: String!) {\n    pricelistItems(filter: { pricelistExternalId: $pricelist }, first: 500) {\n      nodes {\n        productExternalId\n        minQuantity\n        price\n        previousPrice\n        priceChanged\n        currency\n      }\n    }\n  }\n": types.PricelistPricesDocument,
    "\n  subscription SyncProgress($entityType: EntityType) {\n    syncProgress(entityType: $entityType) {\n      entityType\n      state\n      full\n      startedAt\n      pages\n      records\n      estimatedTotal\n      finishedAt\n      lastError\n    }\n  }\n": types.SyncProgressDocument,
    "\n  query SyncPulls {\n    syncStatus {\n      pulls {\n        entityType\n        state\n        full\n        pages\n        records\n        estimatedTotal\n        finishedAt\n        lastError\n      }\n    }\n  }\n": types.SyncPullsDocument,
    "\n  query ShopCatalogue($forSale: Boolean) {\n    products(forSale: $forSale, first: 100) {\n      nodes {\n        externalId\n        currentData\n      }\n    }\n    categories(forSale: $forSale) {\n      path\n      name\n      parentPath\n      depth\n      productCount\n    }\n  }\n": types.ShopCatalogueDocument,
    "\n  query ShopDefaultCategories {\n    categories {\n      path\n      productCount\n    }\n  }\n": types.ShopDefaultCategoriesDocument,
    "\n  query StockOf($sku: String!, $includeDeleted: Boolean) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        deletedAt\n        supplierExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n        previousQuantity\n        isQuantityChanged\n      }\n    }\n  }\n": types.StockOfDocument,
    "\n  query Localized($sku: String!, $lang: String!) {\n    product(externalId: $sku) {\n      changedFields\n      localized(lang: $lang) {\n        lang\n        name\n        descriptionSale\n        values\n      }\n    }\n  }\n": types.LocalizedDocument,
    "\n  query LocalizedList($lang: String!) {\n    products(first: 10) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n": types.LocalizedListDocument,
    "\n  subscription OnTranslation($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      externalId\n      changedFields\n    }\n  }\n": types.OnTranslationDocument,
    "\n  mutation PokeTranslation($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": types.PokeTranslationDocument,
    "\n  mutation ClaimTranslated {\n    claimChanges(entityType: PRODUCT, limit: 100) {\n      id\n      externalId\n      changedFields\n      ... on Product {\n        localized(lang: \"de_DE\") {\n          name\n        }\n      }\n    }\n  }\n": types.ClaimTranslatedDocument,
    "\n  mutation AckTranslated($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n    }\n  }\n": types.AckTranslatedDocument,
    "\n  query VariantTemplates($externalIds: [String!], $first: Int, $after: String) {\n    productTemplates(externalIds: $externalIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        externalId\n        variants {\n          externalId\n          templateExternalId\n          currentData\n          prices(pricelistExternalId: \"list_price\") {\n            price\n            previousPrice\n            priceChanged\n          }\n        }\n      }\n    }\n  }\n": types.VariantTemplatesDocument,
    "\n  query VariantProductTemplate($externalId: String!) {\n    product(externalId: $externalId) {\n      template {\n        externalId\n        variants {\n          externalId\n        }\n      }\n    }\n  }\n": types.VariantProductTemplateDocument,
    "\n  query VariantChangedPrices {\n    pricelistItems(filter: { pricelistExternalId: \"list_price\", changedOnly: true }) {\n      nodes {\n        productExternalId\n        price\n        previousPrice\n      }\n    }\n  }\n": types.VariantChangedPricesDocument,
    "\n  mutation IngestVariants($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": types.IngestVariantsDocument,
    "\n  mutation PlaceConfirmedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceConfirmedOrderDocument,
    "\n  query ConfirmedOrderStates {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n  }\n": types.ConfirmedOrderStatesDocument,
    "\n  mutation PlaceListOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceListOrderDocument,
    "\n  query ListOrderStates {\n    saleOrders(first: 100) {\n      nodes {\n        id\n        externalId\n        odooId\n        processingState\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        entityId\n        status\n      }\n    }\n  }\n": types.ListOrderStatesDocument,
    "\n  mutation PlaceCircuitOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceCircuitOrderDocument,
    "\n  query CircuitView {\n    syncStatus {\n      openFailures\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastProbeAt\n        lastError\n        pausedItems\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        pausedAt\n      }\n    }\n    saleOrders(first: 500) {\n      nodes {\n        id\n        externalId\n        odooId\n      }\n    }\n  }\n": types.CircuitViewDocument,
    "\n  mutation PlaceOutageOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceOutageOrderDocument,
    "\n  query OutageQueue {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        attempts\n        pausedAt\n      }\n    }\n    syncStatus {\n      openFailures\n      odooCircuits {\n        state\n        pausedItems\n      }\n    }\n  }\n": types.OutageQueueDocument,
    "\n  query OutageDone {\n    outboundQueue(filter: { entityType: SALE_ORDER, status: COMPLETED }, first: 1) {\n      totalCount\n    }\n  }\n": types.OutageDoneDocument,
    "\n  mutation PlaceTaxedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooStatus {\n        state\n      }\n    }\n  }\n": types.PlaceTaxedOrderDocument,
    "\n  mutation CancelOrder($externalId: String!, $reason: String) {\n    cancelSaleOrder(externalId: $externalId, reason: $reason) {\n      externalId\n      currentData\n      changedFields\n    }\n  }\n": types.CancelOrderDocument,
    "\n  query OrderFate($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      changedFields\n      odooStatus {\n        state\n        invoiceStatus\n        deliveryStatus\n        paymentState\n        amountUntaxed\n        amountTax\n        amountTotal\n        currency\n        trackingRefs\n        confirmedAt\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        externalId\n        status\n        errorMessage\n      }\n    }\n  }\n": types.OrderFateDocument,
    "\n  mutation RetryOrderFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n    }\n  }\n": types.RetryOrderFailureDocument,
    "\n  subscription OnOrder {\n    entityChanged(entityType: SALE_ORDER) {\n      externalId\n      changedFields\n    }\n  }\n": types.OnOrderDocument,
    "\n  mutation OwnershipSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      externalId\n      origin\n      odooId\n    }\n  }\n": types.OwnershipSaveCustomerDocument,
    "\n  mutation OwnershipPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n": types.OwnershipPlaceOrderDocument,
    "\n  mutation OwnershipCreatePurchase($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n": types.OwnershipCreatePurchaseDocument,
    "\n  mutation OwnershipIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      updated\n    }\n  }\n": types.OwnershipIngestPartnersDocument,
    "\n  query OwnershipRecords($partner: String!, $order: String!, $purchase: String!) {\n    partner(externalId: $partner) {\n      id\n      externalId\n      origin\n      odooId\n      currentData\n      children {\n        externalId\n        origin\n      }\n    }\n    saleOrder(externalId: $order) {\n      externalId\n      origin\n      odooId\n      processingState\n    }\n    purchaseOrder(externalId: $purchase) {\n      externalId\n      origin\n      odooId\n      lines {\n        productExternalId\n        quantity\n      }\n    }\n    products(first: 1) {\n      nodes {\n        origin\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        entityType\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(first: 500) {\n      nodes {\n        externalId\n        errorMessage\n        status\n      }\n    }\n  }\n": types.OwnershipRecordsDocument,
    "\n  mutation PlaceOrderSearchedAhead($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceOrderSearchedAheadDocument,
    "\n  query OrderSearchedAheadState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n      }\n    }\n  }\n": types.OrderSearchedAheadStateDocument,
    "\n  mutation PlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooId\n      direction\n      processingState\n      customer {\n        externalId\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation SaveCustomerToOdoo($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n      externalId\n      type\n      children {\n        externalId\n        type\n      }\n    }\n  }\n": types.SaveCustomerToOdooDocument,
    "\n  mutation CreatePurchaseToOdoo($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n": types.CreatePurchaseToOdooDocument,
    "\n  query OutboundState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n        children {\n          externalId\n          type\n          odooId\n        }\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        id\n        entityType\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n    syncFailures(filter: { source: ODOO }, first: 500) {\n      nodes {\n        id\n        entityType\n        externalId\n        status\n        errorMessage\n        resolutionNote\n      }\n    }\n  }\n": types.OutboundStateDocument,
    "\n  mutation RetryOdooFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetryOdooFailureDocument,
    "\n  mutation ResolveOdooFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n": types.ResolveOdooFailureDocument,
    "\n  mutation RetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": types.RetryOutboundDocument,
    "\n  mutation PlaceUncertain($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceUncertainDocument,
    "\n  query UncertainState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n": types.UncertainStateDocument,
    "\n  mutation PlaceCrashOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n": types.PlaceCrashOrderDocument,
    "\n  mutation CancelCrashOrder($externalId: String!) {\n    cancelSaleOrder(externalId: $externalId, reason: \"changed my mind\") {\n      id\n    }\n  }\n": types.CancelCrashOrderDocument,
    "\n  query CrashOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n      }\n    }\n  }\n": types.CrashOrderStateDocument,
    "\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n": types.BadInputPageDocument,
    "\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.BadInputLookupDocument,
    "\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n": types.BadInputDeliveriesDocument,
    "\n  query ProductsLocalized($first: Int!, $lang: String!) {\n    products(first: $first) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n          descriptionSale\n        }\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": types.ProductsLocalizedDocument,
    "\n  query ProductsLocalizedWithData($lang: String!) {\n    products(first: 2) {\n      nodes {\n        currentData\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n": types.ProductsLocalizedWithDataDocument,
    "\n  query StockAndPrices($stock: StockFilter, $prices: PricelistItemFilter) {\n    stocks(filter: $stock) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: $prices) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n": types.StockAndPricesDocument,
    "\n  query QueueAndFailures($queue: OutboundQueueFilter, $failures: SyncFailureFilter) {\n    outboundQueue(filter: $queue) {\n      totalCount\n      nodes {\n        id\n        entityType\n        entityId\n        payload\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        createdAt\n        updatedAt\n      }\n    }\n    syncFailures(filter: $failures) {\n      totalCount\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n        resolutionNote\n        resolvedAt\n      }\n    }\n  }\n": types.QueueAndFailuresDocument,
    "\n  query Webhooks($filter: WebhookDeliveryFilter) {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n        webhookConfig {\n          url\n        }\n        syncFailure {\n          errorMessage\n        }\n      }\n    }\n  }\n": types.WebhooksDocument,
    "\n  query ApiLogs($filter: ApiLogFilter) {\n    apiLogs(filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        createdAt\n      }\n    }\n  }\n": types.ApiLogsDocument,
    "\n  query Admin {\n    users {\n      id\n      email\n      roles\n      isVerified\n      createdAt\n    }\n    apiTokens {\n      id\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n    allowedDomains {\n      id\n      domain\n      createdAt\n    }\n    me {\n      user {\n        id\n      }\n      token {\n        id\n      }\n      scopes\n    }\n  }\n": types.AdminDocument,
    "\n  query Status {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      openFailures\n      lastOdooPullAt\n    }\n  }\n": types.StatusDocument,
    "\n  query PersistedCatalogue($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        currentData\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": types.PersistedCatalogueDocument,
    "\n  query PersistedLookup($externalId: String) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n": types.PersistedLookupDocument,
    "\n  query PersistedPage($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n      }\n    }\n  }\n": types.PersistedPageDocument,
    "\n  query PersistedTooBig {\n    products(first: 500) {\n      nodes {\n        prices {\n          price\n        }\n      }\n    }\n  }\n": types.PersistedTooBigDocument,
    "\n  query PersistedOnInterface {\n    products(first: 3) {\n      nodes {\n        ... on Syncable {\n          externalId\n          changedFields\n        }\n      }\n    }\n  }\n": types.PersistedOnInterfaceDocument,
    "\n  subscription PersistedOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": types.PersistedOnProductDocument,
    "\n  mutation PersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n": types.PersistedIngestDocument,
    "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n": types.ProductLookupDocument,
    "\n  query ProductsReadPath($first: Int, $after: String, $filter: SyncableFilter, $pricelist: String) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        externalId\n        odooId\n        currentData\n        previousData\n        changedFields\n        processingState\n        isNew\n        idempotencyKey\n        fetchedAt\n        errorMessage\n        retryCount\n        origin\n        createdAt\n        updatedAt\n        deletedAt\n        context\n        prices {\n          pricelistExternalId\n          price\n          previousPrice\n          minQuantity\n          currency\n          product {\n            externalId\n          }\n        }\n        b2b: prices(pricelistExternalId: $pricelist) {\n          price\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          deletedAt\n        }\n      }\n    }\n  }\n": types.ProductsReadPathDocument,
    "\n  query PartnersAndOrdersReadPath($direction: SaleOrderDirection) {\n    partners(first: 100) {\n      nodes {\n        externalId\n        type\n        parentId\n        externalParentId\n        parent {\n          externalId\n        }\n        children {\n          externalId\n        }\n      }\n    }\n    saleOrders(first: 100, direction: $direction) {\n      nodes {\n        externalId\n        direction\n        odooStatus {\n          state\n        }\n        customer {\n          externalId\n        }\n      }\n    }\n  }\n": types.PartnersAndOrdersReadPathDocument,
    "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        imageUrl(size: 256)\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": types.ProductsWithPricesAndStockDocument,
    "\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n": types.ProductPricesDocument,
    "\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n": types.PartnerTreeDocument,
    "\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": types.OrdersWithRelationsDocument,
    "\n  query StorefrontTemplates($first: Int) {\n    productTemplates(forSale: true, first: $first) {\n      nodes {\n        externalId\n        variants {\n          externalId\n          prices {\n            price\n          }\n        }\n      }\n    }\n  }\n": types.StorefrontTemplatesDocument,
    "\n  query StorefrontProductsForSale($first: Int, $skus: [String!]) {\n    products(forSale: true, first: $first, filter: { externalIds: $skus }) {\n      nodes {\n        externalId\n        template {\n          externalId\n          variants {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": types.StorefrontProductsForSaleDocument,
    "\n        query NestedCost {\n          products(first: 500) {\n            nodes {\n              prices {\n                product {\n                  prices {\n                    price\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.NestedCostDocument,
    "\n  query ServerCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.ServerCountDocument,
    "\n  fragment IngestCounts on IngestResult {\n    created\n    updated\n    unchanged\n  }\n": types.IngestCountsFragmentDoc,
    "\n  fragment IngestedChange on EntityChange {\n    entityType\n    id\n    externalId\n    changedFields\n  }\n": types.IngestedChangeFragmentDoc,
    "\n  mutation Claim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      __typename\n      id\n      externalId\n      processingState\n      fetchedAt\n      changedFields\n      currentData\n    }\n  }\n": types.ClaimDocument,
    "\n  mutation Ack($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n": types.AckDocument,
    "\n  query FeedState($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        errorMessage\n        retryCount\n      }\n    }\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n": types.FeedStateDocument,
    "\n  mutation RetentionIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n": types.RetentionIngestDocument,
    "\n  subscription OnChangeAfter($since: ID) {\n    entityChanged(since: $since) {\n      externalId\n      position\n    }\n  }\n": types.OnChangeAfterDocument,
    "\n  subscription OnChangeSince($entityType: EntityType, $fields: [String!], $since: ID) {\n    entityChanged(entityType: $entityType, fields: $fields, since: $since) {\n      entityType\n      externalId\n      changedFields\n      isNew\n      position\n    }\n  }\n": types.OnChangeSinceDocument,
    "\n  mutation LogIngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n": types.LogIngestProductsDocument,
    "\n  mutation LogIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      created\n    }\n  }\n": types.LogIngestPartnersDocument,
    "\n  mutation ViewConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n    }\n  }\n": types.ViewConsumerDocument,
    "\n  mutation ViewToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": types.ViewTokenDocument,
    "\n  mutation ViewClaim($limit: Int) {\n    claimChanges(entityType: PRODUCT, limit: $limit) {\n      id\n      externalId\n    }\n  }\n": types.ViewClaimDocument,
    "\n  mutation ViewAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n      failed\n    }\n  }\n": types.ViewAckDocument,
    "\n  query ProductsInState($state: ProcessingState) {\n    products(filter: { processingState: $state }, first: 100) {\n      totalCount\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n": types.ProductsInStateDocument,
    "\n  query PartnersInState($state: ProcessingState) {\n    partners(filter: { processingState: $state }) {\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n": types.PartnersInStateDocument,
    "\n  query ChangeCounts {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n": types.ChangeCountsDocument,
    "\n  mutation CreateConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n      name\n      isDefault\n      entityTypes\n      pricelistExternalId\n      warehouse\n    }\n  }\n": types.CreateConsumerDocument,
    "\n  mutation UpdateConsumer($id: ID!, $input: ConsumerUpdateInput!) {\n    updateConsumer(id: $id, input: $input) {\n      id\n      name\n      entityTypes\n      warehouse\n    }\n  }\n": types.UpdateConsumerDocument,
    "\n  mutation DeleteConsumer($id: ID!) {\n    deleteConsumer(id: $id) {\n      name\n    }\n  }\n": types.DeleteConsumerDocument,
    "\n  query Consumers {\n    consumers {\n      id\n      name\n      isDefault\n    }\n  }\n": types.ConsumersDocument,
    "\n  mutation CreateConsumerToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        consumerId\n      }\n    }\n  }\n": types.CreateConsumerTokenDocument,
    "\n  mutation RevokeConsumerToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeConsumerTokenDocument,
    "\n  mutation ConsumerClaim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      id\n      externalId\n      processingState\n      fetchedAt\n      currentData\n    }\n  }\n": types.ConsumerClaimDocument,
    "\n  mutation ConsumerAck($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n": types.ConsumerAckDocument,
    "\n  query ConsumerProducts($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        fetchedAt\n        errorMessage\n        retryCount\n      }\n    }\n  }\n": types.ConsumerProductsDocument,
    "\n  query ConsumerFailures {\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        externalId\n        consumerId\n        errorMessage\n      }\n    }\n  }\n": types.ConsumerFailuresDocument,
    "\n  query ChangedFlags {\n    stocks(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        supplierExternalId\n        productExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        pricelistExternalId\n        productExternalId\n        priceChanged\n      }\n    }\n  }\n": types.ChangedFlagsDocument,
    "\n  query AllFlags {\n    stocks(first: 500) {\n      nodes {\n        productExternalId\n        supplierExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(first: 500) {\n      nodes {\n        productExternalId\n        pricelistExternalId\n        priceChanged\n      }\n    }\n  }\n": types.AllFlagsDocument,
    "\n  mutation ConsumerAckStock($ids: [ID!]!) {\n    acknowledgeStockChanges(ids: $ids)\n  }\n": types.ConsumerAckStockDocument,
    "\n  mutation ConsumerAckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n": types.ConsumerAckPricesDocument,
    "\n  subscription OnProductChanged($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      entityType\n      id\n      externalId\n      changedFields\n      isNew\n      changedAt\n    }\n  }\n": types.OnProductChangedDocument,
    "\n  subscription OnProductIds {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n": types.OnProductIdsDocument,
    "\n  subscription OnFailure {\n    syncFailureChanged(source: WEBSHOP) {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n": types.OnFailureDocument,
    "\n  mutation EventsIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n": types.EventsIngestDocument,
    "\n  mutation EventsClaim {\n    claimChanges(entityType: PRODUCT, limit: 1000) {\n      id\n      externalId\n    }\n  }\n": types.EventsClaimDocument,
    "\n  mutation EventsAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      failed\n    }\n  }\n": types.EventsAckDocument,
    "\n  mutation IngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      ...IngestCounts\n      changes {\n        externalId\n        changedFields\n        isNew\n      }\n    }\n  }\n": types.IngestPartnersDocument,
    "\n  query PartnerLinks($externalId: String!) {\n    partner(externalId: $externalId) {\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n      }\n    }\n  }\n": types.PartnerLinksDocument,
    "\n  mutation IngestSaleOrders($input: [SaleOrderInput!]!) {\n    ingestSaleOrders(input: $input) {\n      ...IngestCounts\n    }\n  }\n": types.IngestSaleOrdersDocument,
    "\n  query SaleOrderDirectionOf($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      direction\n      currentData\n    }\n  }\n": types.SaleOrderDirectionOfDocument,
    "\n  mutation IngestPurchaseOrders($input: [PurchaseOrderInput!]!) {\n    ingestPurchaseOrders(input: $input) {\n      ...IngestCounts\n      changes {\n        changedFields\n      }\n    }\n  }\n": types.IngestPurchaseOrdersDocument,
    "\n  query PurchaseOrderLinesOf($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      name\n      vendor\n      state\n      currentData\n      lines {\n        productExternalId\n        quantity\n        priceUnit\n      }\n    }\n  }\n": types.PurchaseOrderLinesOfDocument,
    "\n  mutation IngestStock($input: [StockInput!]!) {\n    ingestStock(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n      }\n    }\n  }\n": types.IngestStockDocument,
    "\n  mutation IngestPrices($input: [PricelistItemInput!]!) {\n    ingestPricelistItems(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n      }\n    }\n  }\n": types.IngestPricesDocument,
    "\n  query ChangedStockAndPrices {\n    stocks(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        updatedAt\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n": types.ChangedStockAndPricesDocument,
    "\n  mutation AckStock($ids: [ID!]!, $seenAt: DateTime) {\n    acknowledgeStockChanges(ids: $ids, seenAt: $seenAt)\n  }\n": types.AckStockDocument,
    "\n  mutation AckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n": types.AckPricesDocument,
    "\n  mutation IngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n        changedAt\n      }\n    }\n  }\n": types.IngestProductsDocument,
    "\n  mutation IngestInlineNested {\n    ingestProducts(\n      input: [\n        { externalId: \"SKU-INLINE\", data: { dims: { w: 1, h: 2 }, tags: [{ a: 1 }] }, context: { lang: \"de_DE\" } }\n      ]\n    ) {\n      ...IngestCounts\n    }\n  }\n": types.IngestInlineNestedDocument,
    "\n  query ProductState($externalId: String!) {\n    product(externalId: $externalId) {\n      id\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      odooId\n      context\n      updatedAt\n    }\n  }\n": types.ProductStateDocument,
    "\n  query ProductCount {\n    products {\n      totalCount\n    }\n  }\n": types.ProductCountDocument,
    "\n  mutation CreateConfig($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n        url\n        entityType\n        direction\n        isActive\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.CreateConfigDocument,
    "\n  mutation UpdateConfig($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      url\n      isActive\n    }\n  }\n": types.UpdateConfigDocument,
    "\n  mutation DeleteConfig($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": types.DeleteConfigDocument,
    "\n  mutation RotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.RotateSecretDocument,
    "\n  query Configs {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n": types.ConfigsDocument,
    "\n  query Deliveries($filter: WebhookDeliveryFilter, $first: Int) {\n    webhookDeliveries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        nextAttemptAt\n        webhookConfig {\n          id\n        }\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.RedeliverDocument,
    "\n  mutation DeliveryCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.DeliveryCreateDocument,
    "\n  mutation DeliveryDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": types.DeliveryDeleteDocument,
    "\n  mutation DeliveryRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n": types.DeliveryRotateDocument,
    "\n  mutation DeliveryRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n": types.DeliveryRedeliverDocument,
    "\n  query DeliveryState($configId: ID!) {\n    webhookConfigs {\n      id\n      isActive\n    }\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 500) {\n      nodes {\n        id\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n        syncFailure {\n          id\n          status\n          source\n          entityType\n          externalId\n          errorMessage\n          resolutionNote\n        }\n      }\n    }\n  }\n": types.DeliveryStateDocument,
    "\n  query DeliveryOutboundLog($configId: ID!) {\n    apiLogs(filter: { direction: OUTBOUND, webhookConfigId: $configId }, first: 100) {\n      nodes {\n        method\n        path\n        statusCode\n        duration\n      }\n    }\n  }\n": types.DeliveryOutboundLogDocument,
    "\n  mutation DeliveryRetryFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeliveryRetryFailureDocument,
    "\n  subscription DeliveryOnFailure {\n    syncFailureChanged {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n": types.DeliveryOnFailureDocument,
    "\n  mutation OpsCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.OpsCreateDocument,
    "\n  mutation OpsUpdate($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n": types.OpsUpdateDocument,
    "\n  mutation OpsDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n": types.OpsDeleteDocument,
    "\n  mutation OpsRecover($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n": types.OpsRecoverDocument,
    "\n  mutation OpsTestSend($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      messageId\n      status\n      attempts\n      payload\n      webhookConfig {\n        id\n      }\n    }\n  }\n": types.OpsTestSendDocument,
    "\n  mutation OpsRetryMany($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n        status\n        outboundQueueItem {\n          id\n        }\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n": types.OpsRetryManyDocument,
    "\n  query OpsOneFailure($id: ID!, $externalId: String!) {\n    syncFailure(id: $id) {\n      id\n      externalId\n      errorMessage\n      outboundQueueItem {\n        id\n      }\n    }\n    syncFailures(filter: { externalId: $externalId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.OpsOneFailureDocument,
    "\n  query OpsHealth {\n    webhookConfigs {\n      id\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n": types.OpsHealthDocument,
    "\n  query OpsDeliveries($configId: ID!) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 100) {\n      nodes {\n        id\n        messageId\n        status\n        attempts\n        responseStatus\n        lastError\n        createdAt\n        payload\n        syncFailure {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.OpsDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BootstrapMe {\n    me {\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query BootstrapMe {\n    me {\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliMe {\n    me {\n      scopes\n      token {\n        name\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CliMe {\n    me {\n      scopes\n      token {\n        name\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      apiToken {\n        scopes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CliLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      apiToken {\n        scopes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MailAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MailRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n"): (typeof documents)["\n  mutation MailVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsRegister($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsVerify($token: String!) {\n    verifyEmail(token: $token) {\n      isVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsSetRoles($userId: ID!) {\n    setUserRoles(userId: $userId, roles: [ADMIN]) {\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsSetRoles($userId: ID!) {\n    setUserRoles(userId: $userId, roles: [ADMIN]) {\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsCreateToken($expiresAt: DateTime!) {\n    createApiToken(input: { name: \"shop\", scopes: [\"catalog:read\"], expiresAt: $expiresAt }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SecretsCreateToken($expiresAt: DateTime!) {\n    createApiToken(input: { name: \"shop\", scopes: [\"catalog:read\"], expiresAt: $expiresAt }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsMe {\n    me {\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query SecretsMe {\n    me {\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheMe {\n    me {\n      scopes\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheMe {\n    me {\n      scopes\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CacheRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LineageCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LineageCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LineageRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LineageRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineageTokens {\n    apiTokens {\n      id\n      name\n      parentId\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query LineageTokens {\n    apiTokens {\n      id\n      name\n      parentId\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineageMe {\n    me {\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query LineageMe {\n    me {\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n      domain\n    }\n  }\n"): (typeof documents)["\n  mutation AddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      id\n      domain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDomain($id: ID!) {\n    removeAllowedDomain(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDomain($id: ID!) {\n    removeAllowedDomain(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n      email\n      roles\n      isVerified\n    }\n  }\n"): (typeof documents)["\n  mutation Register($email: String!, $password: String!) {\n    registerUser(email: $email, password: $password) {\n      id\n      email\n      roles\n      isVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Verify($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      isVerified\n    }\n  }\n"): (typeof documents)["\n  mutation Verify($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      isVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        email\n        roles\n      }\n      token {\n        name\n      }\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        email\n        roles\n      }\n      token {\n        name\n      }\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        scopes\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        scopes\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpsSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpsSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePagingResolve($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePagingResolve($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePagingWebhooks {\n    webhookConfigs {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ConsolePagingWebhooks {\n    webhookConfigs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePersistedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePersistedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePersistedStatus {\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n"): (typeof documents)["\n  query ConsolePersistedStatus {\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductImages($externalId: String!, $size: Int) {\n    product(externalId: $externalId) {\n      changedFields\n      currentData\n      imageUrl(size: $size)\n    }\n  }\n"): (typeof documents)["\n  query ProductImages($externalId: String!, $size: Int) {\n    product(externalId: $externalId) {\n      changedFields\n      currentData\n      imageUrl(size: $size)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductListImages {\n    products(first: 100) {\n      nodes {\n        externalId\n        small: imageUrl(size: 128)\n        large: imageUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductListImages {\n    products(first: 100) {\n      nodes {\n        externalId\n        small: imageUrl(size: 128)\n        large: imageUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProductImage {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  subscription OnProductImage {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiLogPing {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ApiLogPing {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      domain\n    }\n  }\n"): (typeof documents)["\n  mutation WsAddDomain($domain: String!) {\n    addAllowedDomain(domain: $domain) {\n      domain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WsOnFailure {\n    syncFailureChanged {\n      externalId\n    }\n  }\n"): (typeof documents)["\n  subscription WsOnFailure {\n    syncFailureChanged {\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiLogRows($filter: ApiLogFilter) {\n    apiLogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiLogRows($filter: ApiLogFilter) {\n    apiLogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        webhookConfigId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsCreateWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsOdooFailures {\n    syncFailures(filter: { source: ODOO, status: OPEN }, first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricsOdooFailures {\n    syncFailures(filter: { source: ODOO, status: OPEN }, first: 10) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsResolve($id: ID!) {\n    resolveSyncFailure(id: $id, note: \"seen in the metrics test\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsResolve($id: ID!) {\n    resolveSyncFailure(id: $id, note: \"seen in the metrics test\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MetricsOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"): (typeof documents)["\n  subscription MetricsOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceTracedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceTracedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTracedWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTracedWebhook($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracedOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n    }\n  }\n"): (typeof documents)["\n  query TracedOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionProducts($filter: SyncableFilter) {\n    products(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletionProducts($filter: SyncableFilter) {\n    products(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionPartners($filter: SyncableFilter) {\n    partners(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletionPartners($filter: SyncableFilter) {\n    partners(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        externalId\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n      processingState\n      prices {\n        price\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n      processingState\n      prices {\n        price\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  query DeletedPartner($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      deletedAt\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionPrices($filter: PricelistItemFilter) {\n    pricelistItems(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        productExternalId\n        deletedAt\n        priceChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletionPrices($filter: PricelistItemFilter) {\n    pricelistItems(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        productExternalId\n        deletedAt\n        priceChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletionFullPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType, full: true)\n  }\n"): (typeof documents)["\n  mutation DeletionFullPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType, full: true)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyedRowsOf($sku: String!, $includeDeleted: Boolean = true) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        supplierExternalId\n        quantity\n        deletedAt\n      }\n    }\n    pricelistItems(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        pricelistExternalId\n        price\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeyedRowsOf($sku: String!, $includeDeleted: Boolean = true) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        supplierExternalId\n        quantity\n        deletedAt\n      }\n    }\n    pricelistItems(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        pricelistExternalId\n        price\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProductDeletion {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  subscription OnProductDeletion {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LateProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n"): (typeof documents)["\n  query LateProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLatePull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n"): (typeof documents)["\n  mutation RequestLatePull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OdooConnection {\n    syncStatus {\n      odooConnection {\n        ok\n        protocol\n        version\n        checkedAt\n        notes\n        problems {\n          model\n          operation\n          field\n          message\n          fix\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OdooConnection {\n    syncStatus {\n      odooConnection {\n        ok\n        protocol\n        version\n        checkedAt\n        notes\n        problems {\n          model\n          operation\n          field\n          message\n          fix\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulledCounts {\n    products(first: 1) {\n      totalCount\n    }\n    partners(first: 1) {\n      totalCount\n    }\n    stocks(first: 1) {\n      totalCount\n    }\n    pricelistItems(first: 1) {\n      totalCount\n    }\n    purchaseOrders(first: 1) {\n      totalCount\n    }\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n"): (typeof documents)["\n  query PulledCounts {\n    products(first: 1) {\n      totalCount\n    }\n    partners(first: 1) {\n      totalCount\n    }\n    stocks(first: 1) {\n      totalCount\n    }\n    pricelistItems(first: 1) {\n      totalCount\n    }\n    purchaseOrders(first: 1) {\n      totalCount\n    }\n    syncStatus {\n      lastOdooPullAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulledProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      odooId\n      currentData\n      changedFields\n      prices {\n        pricelistExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n      stock {\n        supplierExternalId\n        quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulledProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      odooId\n      currentData\n      changedFields\n      prices {\n        pricelistExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n      stock {\n        supplierExternalId\n        quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulledFailures {\n    syncFailures(filter: { source: ODOO }) {\n      nodes {\n        entityType\n        externalId\n        errorMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulledFailures {\n    syncFailures(filter: { source: ODOO }) {\n      nodes {\n        entityType\n        externalId\n        errorMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n"): (typeof documents)["\n  mutation RequestPull($entityType: EntityType!) {\n    requestOdooPull(entityType: $entityType)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChunkedPullEverything {\n    products(first: 500, filter: { includeDeleted: true }) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        currentData\n        prices {\n          pricelistExternalId\n          minQuantity\n          price\n          currency\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          reservedQuantity\n        }\n      }\n    }\n    partners(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        type\n        externalParentId\n        currentData\n      }\n    }\n    purchaseOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        currentData\n        lines {\n          productExternalId\n          quantity\n          priceUnit\n        }\n      }\n    }\n    saleOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        direction\n        currentData\n        odooStatus {\n          state\n          invoiceStatus\n          deliveryStatus\n          paymentState\n          amountTotal\n          trackingRefs\n        }\n      }\n    }\n    stocks(first: 500) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n      }\n    }\n    pricelistItems(first: 500) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        minQuantity\n        price\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChunkedPullEverything {\n    products(first: 500, filter: { includeDeleted: true }) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        currentData\n        prices {\n          pricelistExternalId\n          minQuantity\n          price\n          currency\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          reservedQuantity\n        }\n      }\n    }\n    partners(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        type\n        externalParentId\n        currentData\n      }\n    }\n    purchaseOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        currentData\n        lines {\n          productExternalId\n          quantity\n          priceUnit\n        }\n      }\n    }\n    saleOrders(first: 500) {\n      totalCount\n      nodes {\n        externalId\n        odooId\n        direction\n        currentData\n        odooStatus {\n          state\n          invoiceStatus\n          deliveryStatus\n          paymentState\n          amountTotal\n          trackingRefs\n        }\n      }\n    }\n    stocks(first: 500) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n      }\n    }\n    pricelistItems(first: 500) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        minQuantity\n        price\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnOdooProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  subscription OnOdooProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      currentData\n      prices(pricelistExternalId: \"list_price\") {\n        price\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivedProduct($externalId: String!) {\n    product(externalId: $externalId) {\n      currentData\n      prices(pricelistExternalId: \"list_price\") {\n        price\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceiverLog {\n    apiLogs(first: 100, filter: { pathPrefix: \"/webhooks/odoo\" }) {\n      nodes {\n        method\n        path\n        direction\n        statusCode\n      }\n    }\n    odooCalls: apiLogs(first: 5, filter: { direction: OUTBOUND }) {\n      totalCount\n      nodes {\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceiverLog {\n    apiLogs(first: 100, filter: { pathPrefix: \"/webhooks/odoo\" }) {\n      nodes {\n        method\n        path\n        direction\n        statusCode\n      }\n    }\n    odooCalls: apiLogs(first: 5, filter: { direction: OUTBOUND }) {\n      totalCount\n      nodes {\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricelistPrices($pricelist: String!) {\n    pricelistItems(filter: { pricelistExternalId: $pricelist }, first: 500) {\n      nodes {\n        productExternalId\n        minQuantity\n        price\n        previousPrice\n        priceChanged\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PricelistPrices($pricelist: String!) {\n    pricelistItems(filter: { pricelistExternalId: $pricelist }, first: 500) {\n      nodes {\n        productExternalId\n        minQuantity\n        price\n        previousPrice\n        priceChanged\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncProgress($entityType: EntityType) {\n    syncProgress(entityType: $entityType) {\n      entityType\n      state\n      full\n      startedAt\n      pages\n      records\n      estimatedTotal\n      finishedAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  subscription SyncProgress($entityType: EntityType) {\n    syncProgress(entityType: $entityType) {\n      entityType\n      state\n      full\n      startedAt\n      pages\n      records\n      estimatedTotal\n      finishedAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncPulls {\n    syncStatus {\n      pulls {\n        entityType\n        state\n        full\n        pages\n        records\n        estimatedTotal\n        finishedAt\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncPulls {\n    syncStatus {\n      pulls {\n        entityType\n        state\n        full\n        pages\n        records\n        estimatedTotal\n        finishedAt\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopCatalogue($forSale: Boolean) {\n    products(forSale: $forSale, first: 100) {\n      nodes {\n        externalId\n        currentData\n      }\n    }\n    categories(forSale: $forSale) {\n      path\n      name\n      parentPath\n      depth\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query ShopCatalogue($forSale: Boolean) {\n    products(forSale: $forSale, first: 100) {\n      nodes {\n        externalId\n        currentData\n      }\n    }\n    categories(forSale: $forSale) {\n      path\n      name\n      parentPath\n      depth\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopDefaultCategories {\n    categories {\n      path\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query ShopDefaultCategories {\n    categories {\n      path\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockOf($sku: String!, $includeDeleted: Boolean) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        deletedAt\n        supplierExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n        previousQuantity\n        isQuantityChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockOf($sku: String!, $includeDeleted: Boolean) {\n    stocks(first: 20, filter: { productExternalIds: [$sku], includeDeleted: $includeDeleted }) {\n      nodes {\n        deletedAt\n        supplierExternalId\n        quantity\n        onHandQuantity\n        reservedQuantity\n        previousQuantity\n        isQuantityChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Localized($sku: String!, $lang: String!) {\n    product(externalId: $sku) {\n      changedFields\n      localized(lang: $lang) {\n        lang\n        name\n        descriptionSale\n        values\n      }\n    }\n  }\n"): (typeof documents)["\n  query Localized($sku: String!, $lang: String!) {\n    product(externalId: $sku) {\n      changedFields\n      localized(lang: $lang) {\n        lang\n        name\n        descriptionSale\n        values\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalizedList($lang: String!) {\n    products(first: 10) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalizedList($lang: String!) {\n    products(first: 10) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTranslation($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      externalId\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  subscription OnTranslation($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      externalId\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PokeTranslation($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation PokeTranslation($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTranslated {\n    claimChanges(entityType: PRODUCT, limit: 100) {\n      id\n      externalId\n      changedFields\n      ... on Product {\n        localized(lang: \"de_DE\") {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimTranslated {\n    claimChanges(entityType: PRODUCT, limit: 100) {\n      id\n      externalId\n      changedFields\n      ... on Product {\n        localized(lang: \"de_DE\") {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckTranslated($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n    }\n  }\n"): (typeof documents)["\n  mutation AckTranslated($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantTemplates($externalIds: [String!], $first: Int, $after: String) {\n    productTemplates(externalIds: $externalIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        externalId\n        variants {\n          externalId\n          templateExternalId\n          currentData\n          prices(pricelistExternalId: \"list_price\") {\n            price\n            previousPrice\n            priceChanged\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VariantTemplates($externalIds: [String!], $first: Int, $after: String) {\n    productTemplates(externalIds: $externalIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        externalId\n        variants {\n          externalId\n          templateExternalId\n          currentData\n          prices(pricelistExternalId: \"list_price\") {\n            price\n            previousPrice\n            priceChanged\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantProductTemplate($externalId: String!) {\n    product(externalId: $externalId) {\n      template {\n        externalId\n        variants {\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VariantProductTemplate($externalId: String!) {\n    product(externalId: $externalId) {\n      template {\n        externalId\n        variants {\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantChangedPrices {\n    pricelistItems(filter: { pricelistExternalId: \"list_price\", changedOnly: true }) {\n      nodes {\n        productExternalId\n        price\n        previousPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query VariantChangedPrices {\n    pricelistItems(filter: { pricelistExternalId: \"list_price\", changedOnly: true }) {\n      nodes {\n        productExternalId\n        price\n        previousPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestVariants($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation IngestVariants($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceConfirmedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceConfirmedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmedOrderStates {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfirmedOrderStates {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceListOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceListOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListOrderStates {\n    saleOrders(first: 100) {\n      nodes {\n        id\n        externalId\n        odooId\n        processingState\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        entityId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListOrderStates {\n    saleOrders(first: 100) {\n      nodes {\n        id\n        externalId\n        odooId\n        processingState\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 100) {\n      nodes {\n        entityId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceCircuitOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceCircuitOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircuitView {\n    syncStatus {\n      openFailures\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastProbeAt\n        lastError\n        pausedItems\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        pausedAt\n      }\n    }\n    saleOrders(first: 500) {\n      nodes {\n        id\n        externalId\n        odooId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CircuitView {\n    syncStatus {\n      openFailures\n      odooCircuits {\n        connection\n        state\n        openedAt\n        lastProbeAt\n        lastError\n        pausedItems\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        pausedAt\n      }\n    }\n    saleOrders(first: 500) {\n      nodes {\n        id\n        externalId\n        odooId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOutageOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOutageOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageQueue {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        attempts\n        pausedAt\n      }\n    }\n    syncStatus {\n      openFailures\n      odooCircuits {\n        state\n        pausedItems\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutageQueue {\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        attempts\n        pausedAt\n      }\n    }\n    syncStatus {\n      openFailures\n      odooCircuits {\n        state\n        pausedItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageDone {\n    outboundQueue(filter: { entityType: SALE_ORDER, status: COMPLETED }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutageDone {\n    outboundQueue(filter: { entityType: SALE_ORDER, status: COMPLETED }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceTaxedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooStatus {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceTaxedOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooStatus {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($externalId: String!, $reason: String) {\n    cancelSaleOrder(externalId: $externalId, reason: $reason) {\n      externalId\n      currentData\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($externalId: String!, $reason: String) {\n    cancelSaleOrder(externalId: $externalId, reason: $reason) {\n      externalId\n      currentData\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderFate($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      changedFields\n      odooStatus {\n        state\n        invoiceStatus\n        deliveryStatus\n        paymentState\n        amountUntaxed\n        amountTax\n        amountTotal\n        currency\n        trackingRefs\n        confirmedAt\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        externalId\n        status\n        errorMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderFate($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      changedFields\n      odooStatus {\n        state\n        invoiceStatus\n        deliveryStatus\n        paymentState\n        amountUntaxed\n        amountTax\n        amountTotal\n        currency\n        trackingRefs\n        confirmedAt\n      }\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(filter: { source: ODOO, entityType: SALE_ORDER }, first: 500) {\n      nodes {\n        id\n        externalId\n        status\n        errorMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOrderFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOrderFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnOrder {\n    entityChanged(entityType: SALE_ORDER) {\n      externalId\n      changedFields\n    }\n  }\n"): (typeof documents)["\n  subscription OnOrder {\n    entityChanged(entityType: SALE_ORDER) {\n      externalId\n      changedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnershipSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      externalId\n      origin\n      odooId\n    }\n  }\n"): (typeof documents)["\n  mutation OwnershipSaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      externalId\n      origin\n      odooId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnershipPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n"): (typeof documents)["\n  mutation OwnershipPlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnershipCreatePurchase($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n"): (typeof documents)["\n  mutation OwnershipCreatePurchase($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      externalId\n      origin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnershipIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation OwnershipIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipRecords($partner: String!, $order: String!, $purchase: String!) {\n    partner(externalId: $partner) {\n      id\n      externalId\n      origin\n      odooId\n      currentData\n      children {\n        externalId\n        origin\n      }\n    }\n    saleOrder(externalId: $order) {\n      externalId\n      origin\n      odooId\n      processingState\n    }\n    purchaseOrder(externalId: $purchase) {\n      externalId\n      origin\n      odooId\n      lines {\n        productExternalId\n        quantity\n      }\n    }\n    products(first: 1) {\n      nodes {\n        origin\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        entityType\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(first: 500) {\n      nodes {\n        externalId\n        errorMessage\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnershipRecords($partner: String!, $order: String!, $purchase: String!) {\n    partner(externalId: $partner) {\n      id\n      externalId\n      origin\n      odooId\n      currentData\n      children {\n        externalId\n        origin\n      }\n    }\n    saleOrder(externalId: $order) {\n      externalId\n      origin\n      odooId\n      processingState\n    }\n    purchaseOrder(externalId: $purchase) {\n      externalId\n      origin\n      odooId\n      lines {\n        productExternalId\n        quantity\n      }\n    }\n    products(first: 1) {\n      nodes {\n        origin\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        entityType\n        entityId\n        status\n        lastError\n      }\n    }\n    syncFailures(first: 500) {\n      nodes {\n        externalId\n        errorMessage\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrderSearchedAhead($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrderSearchedAhead($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderSearchedAheadState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderSearchedAheadState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooId\n      direction\n      processingState\n      customer {\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n      externalId\n      odooId\n      direction\n      processingState\n      customer {\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerToOdoo($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n      externalId\n      type\n      children {\n        externalId\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerToOdoo($input: CustomerInput!) {\n    saveCustomer(input: $input) {\n      id\n      externalId\n      type\n      children {\n        externalId\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePurchaseToOdoo($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePurchaseToOdoo($input: PurchaseOrderInput!) {\n    createPurchaseOrder(input: $input) {\n      id\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n        children {\n          externalId\n          type\n          odooId\n        }\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        id\n        entityType\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n    syncFailures(filter: { source: ODOO }, first: 500) {\n      nodes {\n        id\n        entityType\n        externalId\n        status\n        errorMessage\n        resolutionNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboundState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n      errorMessage\n      customer {\n        odooId\n        children {\n          externalId\n          type\n          odooId\n        }\n      }\n    }\n    outboundQueue(first: 500) {\n      nodes {\n        id\n        entityType\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n    syncFailures(filter: { source: ODOO }, first: 500) {\n      nodes {\n        id\n        entityType\n        externalId\n        status\n        errorMessage\n        resolutionNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOdooFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOdooFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveOdooFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveOdooFailure($id: ID!, $note: String) {\n    resolveSyncFailure(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutbound($id: ID!) {\n    retryOutboundItem(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceUncertain($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceUncertain($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UncertainState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query UncertainState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceCrashOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceCrashOrder($input: PlaceSaleOrderInput!) {\n    placeSaleOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCrashOrder($externalId: String!) {\n    cancelSaleOrder(externalId: $externalId, reason: \"changed my mind\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCrashOrder($externalId: String!) {\n    cancelSaleOrder(externalId: $externalId, reason: \"changed my mind\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrashOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrashOrderState($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      id\n      odooId\n      processingState\n    }\n    outboundQueue(filter: { entityType: SALE_ORDER }) {\n      nodes {\n        entityId\n        status\n        attempts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsLocalized($first: Int!, $lang: String!) {\n    products(first: $first) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n          descriptionSale\n        }\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsLocalized($first: Int!, $lang: String!) {\n    products(first: $first) {\n      nodes {\n        externalId\n        localized(lang: $lang) {\n          name\n          descriptionSale\n        }\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsLocalizedWithData($lang: String!) {\n    products(first: 2) {\n      nodes {\n        currentData\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsLocalizedWithData($lang: String!) {\n    products(first: 2) {\n      nodes {\n        currentData\n        localized(lang: $lang) {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockAndPrices($stock: StockFilter, $prices: PricelistItemFilter) {\n    stocks(filter: $stock) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: $prices) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockAndPrices($stock: StockFilter, $prices: PricelistItemFilter) {\n    stocks(filter: $stock) {\n      totalCount\n      nodes {\n        supplierExternalId\n        productExternalId\n        quantity\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: $prices) {\n      totalCount\n      nodes {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueAndFailures($queue: OutboundQueueFilter, $failures: SyncFailureFilter) {\n    outboundQueue(filter: $queue) {\n      totalCount\n      nodes {\n        id\n        entityType\n        entityId\n        payload\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        createdAt\n        updatedAt\n      }\n    }\n    syncFailures(filter: $failures) {\n      totalCount\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n        resolutionNote\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueAndFailures($queue: OutboundQueueFilter, $failures: SyncFailureFilter) {\n    outboundQueue(filter: $queue) {\n      totalCount\n      nodes {\n        id\n        entityType\n        entityId\n        payload\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        createdAt\n        updatedAt\n      }\n    }\n    syncFailures(filter: $failures) {\n      totalCount\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n        resolutionNote\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks($filter: WebhookDeliveryFilter) {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n        webhookConfig {\n          url\n        }\n        syncFailure {\n          errorMessage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks($filter: WebhookDeliveryFilter) {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n        webhookConfig {\n          url\n        }\n        syncFailure {\n          errorMessage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiLogs($filter: ApiLogFilter) {\n    apiLogs(filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiLogs($filter: ApiLogFilter) {\n    apiLogs(filter: $filter) {\n      totalCount\n      nodes {\n        method\n        path\n        direction\n        statusCode\n        duration\n        operationName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Admin {\n    users {\n      id\n      email\n      roles\n      isVerified\n      createdAt\n    }\n    apiTokens {\n      id\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n    allowedDomains {\n      id\n      domain\n      createdAt\n    }\n    me {\n      user {\n        id\n      }\n      token {\n        id\n      }\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query Admin {\n    users {\n      id\n      email\n      roles\n      isVerified\n      createdAt\n    }\n    apiTokens {\n      id\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n    allowedDomains {\n      id\n      domain\n      createdAt\n    }\n    me {\n      user {\n        id\n      }\n      token {\n        id\n      }\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Status {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      openFailures\n      lastOdooPullAt\n    }\n  }\n"): (typeof documents)["\n  query Status {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n      openFailures\n      lastOdooPullAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedCatalogue($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        currentData\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersistedCatalogue($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        currentData\n        prices {\n          price\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedLookup($externalId: String) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n"): (typeof documents)["\n  query PersistedLookup($externalId: String) {\n    product(externalId: $externalId) {\n      externalId\n      currentData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedPage($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersistedPage($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedTooBig {\n    products(first: 500) {\n      nodes {\n        prices {\n          price\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersistedTooBig {\n    products(first: 500) {\n      nodes {\n        prices {\n          price\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedOnInterface {\n    products(first: 3) {\n      nodes {\n        ... on Syncable {\n          externalId\n          changedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersistedOnInterface {\n    products(first: 3) {\n      nodes {\n        ... on Syncable {\n          externalId\n          changedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PersistedOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"): (typeof documents)["\n  subscription PersistedOnProduct {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation PersistedIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n"): (typeof documents)["\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsReadPath($first: Int, $after: String, $filter: SyncableFilter, $pricelist: String) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        externalId\n        odooId\n        currentData\n        previousData\n        changedFields\n        processingState\n        isNew\n        idempotencyKey\n        fetchedAt\n        errorMessage\n        retryCount\n        origin\n        createdAt\n        updatedAt\n        deletedAt\n        context\n        prices {\n          pricelistExternalId\n          price\n          previousPrice\n          minQuantity\n          currency\n          product {\n            externalId\n          }\n        }\n        b2b: prices(pricelistExternalId: $pricelist) {\n          price\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          deletedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsReadPath($first: Int, $after: String, $filter: SyncableFilter, $pricelist: String) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        externalId\n        odooId\n        currentData\n        previousData\n        changedFields\n        processingState\n        isNew\n        idempotencyKey\n        fetchedAt\n        errorMessage\n        retryCount\n        origin\n        createdAt\n        updatedAt\n        deletedAt\n        context\n        prices {\n          pricelistExternalId\n          price\n          previousPrice\n          minQuantity\n          currency\n          product {\n            externalId\n          }\n        }\n        b2b: prices(pricelistExternalId: $pricelist) {\n          price\n        }\n        stock {\n          supplierExternalId\n          quantity\n          onHandQuantity\n          deletedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersAndOrdersReadPath($direction: SaleOrderDirection) {\n    partners(first: 100) {\n      nodes {\n        externalId\n        type\n        parentId\n        externalParentId\n        parent {\n          externalId\n        }\n        children {\n          externalId\n        }\n      }\n    }\n    saleOrders(first: 100, direction: $direction) {\n      nodes {\n        externalId\n        direction\n        odooStatus {\n          state\n        }\n        customer {\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersAndOrdersReadPath($direction: SaleOrderDirection) {\n    partners(first: 100) {\n      nodes {\n        externalId\n        type\n        parentId\n        externalParentId\n        parent {\n          externalId\n        }\n        children {\n          externalId\n        }\n      }\n    }\n    saleOrders(first: 100, direction: $direction) {\n      nodes {\n        externalId\n        direction\n        odooStatus {\n          state\n        }\n        customer {\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        imageUrl(size: 256)\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        imageUrl(size: 256)\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontTemplates($first: Int) {\n    productTemplates(forSale: true, first: $first) {\n      nodes {\n        externalId\n        variants {\n          externalId\n          prices {\n            price\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StorefrontTemplates($first: Int) {\n    productTemplates(forSale: true, first: $first) {\n      nodes {\n        externalId\n        variants {\n          externalId\n          prices {\n            price\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontProductsForSale($first: Int, $skus: [String!]) {\n    products(forSale: true, first: $first, filter: { externalIds: $skus }) {\n      nodes {\n        externalId\n        template {\n          externalId\n          variants {\n            externalId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StorefrontProductsForSale($first: Int, $skus: [String!]) {\n    products(forSale: true, first: $first, filter: { externalIds: $skus }) {\n      nodes {\n        externalId\n        template {\n          externalId\n          variants {\n            externalId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NestedCost {\n          products(first: 500) {\n            nodes {\n              prices {\n                product {\n                  prices {\n                    price\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NestedCost {\n          products(first: 500) {\n            nodes {\n              prices {\n                product {\n                  prices {\n                    price\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ServerCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IngestCounts on IngestResult {\n    created\n    updated\n    unchanged\n  }\n"): (typeof documents)["\n  fragment IngestCounts on IngestResult {\n    created\n    updated\n    unchanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IngestedChange on EntityChange {\n    entityType\n    id\n    externalId\n    changedFields\n  }\n"): (typeof documents)["\n  fragment IngestedChange on EntityChange {\n    entityType\n    id\n    externalId\n    changedFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Claim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      __typename\n      id\n      externalId\n      processingState\n      fetchedAt\n      changedFields\n      currentData\n    }\n  }\n"): (typeof documents)["\n  mutation Claim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      __typename\n      id\n      externalId\n      processingState\n      fetchedAt\n      changedFields\n      currentData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ack($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation Ack($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedState($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        errorMessage\n        retryCount\n      }\n    }\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedState($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        errorMessage\n        retryCount\n      }\n    }\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        entityType\n        externalId\n        source\n        status\n        errorMessage\n      }\n    }\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetentionIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChangeAfter($since: ID) {\n    entityChanged(since: $since) {\n      externalId\n      position\n    }\n  }\n"): (typeof documents)["\n  subscription OnChangeAfter($since: ID) {\n    entityChanged(since: $since) {\n      externalId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChangeSince($entityType: EntityType, $fields: [String!], $since: ID) {\n    entityChanged(entityType: $entityType, fields: $fields, since: $since) {\n      entityType\n      externalId\n      changedFields\n      isNew\n      position\n    }\n  }\n"): (typeof documents)["\n  subscription OnChangeSince($entityType: EntityType, $fields: [String!], $since: ID) {\n    entityChanged(entityType: $entityType, fields: $fields, since: $since) {\n      entityType\n      externalId\n      changedFields\n      isNew\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      changes {\n        externalId\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation LogIngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ViewConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ViewToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewClaim($limit: Int) {\n    claimChanges(entityType: PRODUCT, limit: $limit) {\n      id\n      externalId\n    }\n  }\n"): (typeof documents)["\n  mutation ViewClaim($limit: Int) {\n    claimChanges(entityType: PRODUCT, limit: $limit) {\n      id\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation ViewAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      completed\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsInState($state: ProcessingState) {\n    products(filter: { processingState: $state }, first: 100) {\n      totalCount\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsInState($state: ProcessingState) {\n    products(filter: { processingState: $state }, first: 100) {\n      totalCount\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersInState($state: ProcessingState) {\n    partners(filter: { processingState: $state }) {\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersInState($state: ProcessingState) {\n    partners(filter: { processingState: $state }) {\n      nodes {\n        externalId\n        processingState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeCounts {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeCounts {\n    syncStatus {\n      changes {\n        entityType\n        state\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n      name\n      isDefault\n      entityTypes\n      pricelistExternalId\n      warehouse\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsumer($input: ConsumerInput!) {\n    createConsumer(input: $input) {\n      id\n      name\n      isDefault\n      entityTypes\n      pricelistExternalId\n      warehouse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsumer($id: ID!, $input: ConsumerUpdateInput!) {\n    updateConsumer(id: $id, input: $input) {\n      id\n      name\n      entityTypes\n      warehouse\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsumer($id: ID!, $input: ConsumerUpdateInput!) {\n    updateConsumer(id: $id, input: $input) {\n      id\n      name\n      entityTypes\n      warehouse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConsumer($id: ID!) {\n    deleteConsumer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteConsumer($id: ID!) {\n    deleteConsumer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consumers {\n    consumers {\n      id\n      name\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query Consumers {\n    consumers {\n      id\n      name\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsumerToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        consumerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsumerToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        consumerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsumerToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsumerToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumerClaim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      id\n      externalId\n      processingState\n      fetchedAt\n      currentData\n    }\n  }\n"): (typeof documents)["\n  mutation ConsumerClaim($entityType: EntityType!, $limit: Int) {\n    claimChanges(entityType: $entityType, limit: $limit) {\n      id\n      externalId\n      processingState\n      fetchedAt\n      currentData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumerAck($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation ConsumerAck($entityType: EntityType!, $results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: $entityType, results: $results) {\n      completed\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumerProducts($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        fetchedAt\n        errorMessage\n        retryCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsumerProducts($externalIds: [String!]) {\n    products(filter: { externalIds: $externalIds }, first: 500) {\n      nodes {\n        externalId\n        processingState\n        fetchedAt\n        errorMessage\n        retryCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumerFailures {\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        externalId\n        consumerId\n        errorMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsumerFailures {\n    syncFailures(filter: { source: WEBSHOP }) {\n      nodes {\n        externalId\n        consumerId\n        errorMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedFlags {\n    stocks(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        supplierExternalId\n        productExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        pricelistExternalId\n        productExternalId\n        priceChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangedFlags {\n    stocks(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        supplierExternalId\n        productExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }, first: 500) {\n      totalCount\n      nodes {\n        id\n        pricelistExternalId\n        productExternalId\n        priceChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllFlags {\n    stocks(first: 500) {\n      nodes {\n        productExternalId\n        supplierExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(first: 500) {\n      nodes {\n        productExternalId\n        pricelistExternalId\n        priceChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllFlags {\n    stocks(first: 500) {\n      nodes {\n        productExternalId\n        supplierExternalId\n        isQuantityChanged\n      }\n    }\n    pricelistItems(first: 500) {\n      nodes {\n        productExternalId\n        pricelistExternalId\n        priceChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumerAckStock($ids: [ID!]!) {\n    acknowledgeStockChanges(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation ConsumerAckStock($ids: [ID!]!) {\n    acknowledgeStockChanges(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsumerAckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation ConsumerAckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProductChanged($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      entityType\n      id\n      externalId\n      changedFields\n      isNew\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  subscription OnProductChanged($fields: [String!]) {\n    entityChanged(entityType: PRODUCT, fields: $fields) {\n      entityType\n      id\n      externalId\n      changedFields\n      isNew\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProductIds {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"): (typeof documents)["\n  subscription OnProductIds {\n    entityChanged(entityType: PRODUCT) {\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnFailure {\n    syncFailureChanged(source: WEBSHOP) {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  subscription OnFailure {\n    syncFailureChanged(source: WEBSHOP) {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation EventsIngest($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      created\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsClaim {\n    claimChanges(entityType: PRODUCT, limit: 1000) {\n      id\n      externalId\n    }\n  }\n"): (typeof documents)["\n  mutation EventsClaim {\n    claimChanges(entityType: PRODUCT, limit: 1000) {\n      id\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation EventsAck($results: [AcknowledgeInput!]!) {\n    acknowledgeChanges(entityType: PRODUCT, results: $results) {\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      ...IngestCounts\n      changes {\n        externalId\n        changedFields\n        isNew\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestPartners($input: [PartnerInput!]!) {\n    ingestPartners(input: $input) {\n      ...IngestCounts\n      changes {\n        externalId\n        changedFields\n        isNew\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerLinks($externalId: String!) {\n    partner(externalId: $externalId) {\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerLinks($externalId: String!) {\n    partner(externalId: $externalId) {\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestSaleOrders($input: [SaleOrderInput!]!) {\n    ingestSaleOrders(input: $input) {\n      ...IngestCounts\n    }\n  }\n"): (typeof documents)["\n  mutation IngestSaleOrders($input: [SaleOrderInput!]!) {\n    ingestSaleOrders(input: $input) {\n      ...IngestCounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SaleOrderDirectionOf($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      direction\n      currentData\n    }\n  }\n"): (typeof documents)["\n  query SaleOrderDirectionOf($externalId: String!) {\n    saleOrder(externalId: $externalId) {\n      direction\n      currentData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestPurchaseOrders($input: [PurchaseOrderInput!]!) {\n    ingestPurchaseOrders(input: $input) {\n      ...IngestCounts\n      changes {\n        changedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestPurchaseOrders($input: [PurchaseOrderInput!]!) {\n    ingestPurchaseOrders(input: $input) {\n      ...IngestCounts\n      changes {\n        changedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseOrderLinesOf($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      name\n      vendor\n      state\n      currentData\n      lines {\n        productExternalId\n        quantity\n        priceUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query PurchaseOrderLinesOf($externalId: String!) {\n    purchaseOrder(externalId: $externalId) {\n      name\n      vendor\n      state\n      currentData\n      lines {\n        productExternalId\n        quantity\n        priceUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestStock($input: [StockInput!]!) {\n    ingestStock(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestStock($input: [StockInput!]!) {\n    ingestStock(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestPrices($input: [PricelistItemInput!]!) {\n    ingestPricelistItems(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestPrices($input: [PricelistItemInput!]!) {\n    ingestPricelistItems(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedStockAndPrices {\n    stocks(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        updatedAt\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangedStockAndPrices {\n    stocks(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        updatedAt\n      }\n    }\n    pricelistItems(filter: { changedOnly: true }) {\n      nodes {\n        id\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckStock($ids: [ID!]!, $seenAt: DateTime) {\n    acknowledgeStockChanges(ids: $ids, seenAt: $seenAt)\n  }\n"): (typeof documents)["\n  mutation AckStock($ids: [ID!]!, $seenAt: DateTime) {\n    acknowledgeStockChanges(ids: $ids, seenAt: $seenAt)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation AckPrices($ids: [ID!]!) {\n    acknowledgePriceChanges(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestProducts($input: [ProductInput!]!) {\n    ingestProducts(input: $input) {\n      ...IngestCounts\n      changes {\n        ...IngestedChange\n        isNew\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestInlineNested {\n    ingestProducts(\n      input: [\n        { externalId: \"SKU-INLINE\", data: { dims: { w: 1, h: 2 }, tags: [{ a: 1 }] }, context: { lang: \"de_DE\" } }\n      ]\n    ) {\n      ...IngestCounts\n    }\n  }\n"): (typeof documents)["\n  mutation IngestInlineNested {\n    ingestProducts(\n      input: [\n        { externalId: \"SKU-INLINE\", data: { dims: { w: 1, h: 2 }, tags: [{ a: 1 }] }, context: { lang: \"de_DE\" } }\n      ]\n    ) {\n      ...IngestCounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductState($externalId: String!) {\n    product(externalId: $externalId) {\n      id\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      odooId\n      context\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ProductState($externalId: String!) {\n    product(externalId: $externalId) {\n      id\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      odooId\n      context\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductCount {\n    products {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProductCount {\n    products {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConfig($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n        url\n        entityType\n        direction\n        isActive\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConfig($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n        url\n        entityType\n        direction\n        isActive\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConfig($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      url\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConfig($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      url\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConfig($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConfig($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Configs {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n"): (typeof documents)["\n  query Configs {\n    webhookConfigs {\n      id\n      url\n      entityType\n      direction\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($filter: WebhookDeliveryFilter, $first: Int) {\n    webhookDeliveries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        nextAttemptAt\n        webhookConfig {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($filter: WebhookDeliveryFilter, $first: Int) {\n    webhookDeliveries(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        attempts\n        payload\n        nextAttemptAt\n        webhookConfig {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Redeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeliveryCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeliveryDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation DeliveryRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation DeliveryRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryState($configId: ID!) {\n    webhookConfigs {\n      id\n      isActive\n    }\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 500) {\n      nodes {\n        id\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n        syncFailure {\n          id\n          status\n          source\n          entityType\n          externalId\n          errorMessage\n          resolutionNote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryState($configId: ID!) {\n    webhookConfigs {\n      id\n      isActive\n    }\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 500) {\n      nodes {\n        id\n        status\n        attempts\n        responseStatus\n        lastError\n        nextAttemptAt\n        deliveredAt\n        payload\n        syncFailure {\n          id\n          status\n          source\n          entityType\n          externalId\n          errorMessage\n          resolutionNote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryOutboundLog($configId: ID!) {\n    apiLogs(filter: { direction: OUTBOUND, webhookConfigId: $configId }, first: 100) {\n      nodes {\n        method\n        path\n        statusCode\n        duration\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryOutboundLog($configId: ID!) {\n    apiLogs(filter: { direction: OUTBOUND, webhookConfigId: $configId }, first: 100) {\n      nodes {\n        method\n        path\n        statusCode\n        duration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryRetryFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeliveryRetryFailure($id: ID!) {\n    retrySyncFailure(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryOnFailure {\n    syncFailureChanged {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryOnFailure {\n    syncFailureChanged {\n      id\n      entityType\n      externalId\n      source\n      status\n      errorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreate($input: WebhookConfigInput!) {\n    createWebhookConfig(input: $input) {\n      secret\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsUpdate($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation OpsUpdate($id: ID!, $input: WebhookConfigUpdateInput!) {\n    updateWebhookConfig(id: $id, input: $input) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"): (typeof documents)["\n  mutation OpsDelete($id: ID!) {\n    deleteWebhookConfig(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsRecover($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n"): (typeof documents)["\n  mutation OpsRecover($webhookConfigId: ID!, $since: DateTime!) {\n    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsTestSend($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      messageId\n      status\n      attempts\n      payload\n      webhookConfig {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpsTestSend($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      messageId\n      status\n      attempts\n      payload\n      webhookConfig {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsRetryMany($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n        status\n        outboundQueueItem {\n          id\n        }\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpsRetryMany($ids: [ID!]!) {\n    retrySyncFailures(ids: $ids) {\n      retried {\n        id\n        status\n        outboundQueueItem {\n          id\n        }\n      }\n      refused {\n        id\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsOneFailure($id: ID!, $externalId: String!) {\n    syncFailure(id: $id) {\n      id\n      externalId\n      errorMessage\n      outboundQueueItem {\n        id\n      }\n    }\n    syncFailures(filter: { externalId: $externalId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsOneFailure($id: ID!, $externalId: String!) {\n    syncFailure(id: $id) {\n      id\n      externalId\n      errorMessage\n      outboundQueueItem {\n        id\n      }\n    }\n    syncFailures(filter: { externalId: $externalId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsHealth {\n    webhookConfigs {\n      id\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsHealth {\n    webhookConfigs {\n      id\n      health {\n        recentDeliveries\n        recentSuccessRate\n        consecutiveFailures\n        lastStatus\n        lastResponseStatus\n        lastFinishedAt\n        pendingDeliveries\n        failingSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsDeliveries($configId: ID!) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 100) {\n      nodes {\n        id\n        messageId\n        status\n        attempts\n        responseStatus\n        lastError\n        createdAt\n        payload\n        syncFailure {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsDeliveries($configId: ID!) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 100) {\n      nodes {\n        id\n        messageId\n        status\n        attempts\n        responseStatus\n        lastError\n        createdAt\n        payload\n        syncFailure {\n          id\n          status\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;