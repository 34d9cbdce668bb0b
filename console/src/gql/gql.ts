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
    "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n    }\n  }\n": typeof types.ConsoleOverviewDocument,
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ConsoleLoginDocument,
};
const documents: Documents = {
    "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n    }\n  }\n": types.ConsoleOverviewDocument,
    "\n  query Viewer {\n    me {\n      scopes\n      user {\n        id\n        email\n        roles\n      }\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ConsoleLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOverview {\n    syncStatus {\n      openFailures\n      lastOdooPullAt\n      changes {\n        entityType\n        state\n        count\n      }\n      outboundQueue {\n        status\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleOverviewDocument;
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
