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
    "\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.BadInputPageDocument,
    "\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.BadInputLookupDocument,
    "\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n": typeof types.BadInputDeliveriesDocument,
    "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n": typeof types.ProductLookupDocument,
    "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.ProductsWithPricesAndStockDocument,
    "\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.ProductPricesDocument,
    "\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.PartnerTreeDocument,
    "\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrdersWithRelationsDocument,
};
const documents: Documents = {
    "\n  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n    }\n  }\n": types.BadInputPageDocument,
    "\n  query BadInputLookup($id: ID) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.BadInputLookupDocument,
    "\n  query BadInputDeliveries($configId: ID) {\n    webhookDeliveries(filter: { webhookConfigId: $configId }) {\n      totalCount\n    }\n  }\n": types.BadInputDeliveriesDocument,
    "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n": types.ProductLookupDocument,
    "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n": types.ProductsWithPricesAndStockDocument,
    "\n  query ProductPrices($externalId: String!, $pricelist: String) {\n    product(externalId: $externalId) {\n      prices(pricelistExternalId: $pricelist) {\n        pricelistExternalId\n        productExternalId\n        price\n        previousPrice\n        priceChanged\n        product {\n          externalId\n        }\n      }\n      stock {\n        supplierExternalId\n        quantity\n        previousQuantity\n        isQuantityChanged\n        product {\n          externalId\n        }\n      }\n    }\n  }\n": types.ProductPricesDocument,
    "\n  query PartnerTree($externalId: String!) {\n    partner(externalId: $externalId) {\n      externalId\n      type\n      parentId\n      externalParentId\n      parent {\n        externalId\n      }\n      children {\n        externalId\n        type\n        parentId\n        parent {\n          externalId\n        }\n      }\n    }\n  }\n": types.PartnerTreeDocument,
    "\n  query OrdersWithRelations {\n    saleOrders(first: 10) {\n      nodes {\n        externalId\n        direction\n        customer {\n          externalId\n        }\n      }\n    }\n    purchaseOrders(first: 10) {\n      nodes {\n        externalId\n        name\n        vendor\n        state\n        lines {\n          id\n          purchaseOrderId\n          productExternalId\n          quantity\n          priceUnit\n          product {\n            externalId\n          }\n        }\n      }\n    }\n  }\n": types.OrdersWithRelationsDocument,
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
export function graphql(source: "\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($first: Int, $after: String, $filter: SyncableFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          externalId\n        }\n      }\n      nodes {\n        externalId\n        processingState\n        changedFields\n        isNew\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n"): (typeof documents)["\n  query ProductLookup($id: ID, $externalId: String) {\n    product(id: $id, externalId: $externalId) {\n      id\n      externalId\n      odooId\n      currentData\n      previousData\n      changedFields\n      processingState\n      isNew\n      idempotencyKey\n      fetchedAt\n      errorMessage\n      retryCount\n      createdAt\n      updatedAt\n      context\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductsWithPricesAndStock($first: Int) {\n    products(first: $first) {\n      nodes {\n        externalId\n        prices {\n          price\n          pricelistExternalId\n        }\n        stock {\n          quantity\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;