import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../domain/errors.js';

/** Codes a client may see as they are; anything else is a bug and gets masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

// Validation errors about a value the client wrote (a wrong enum value, a bad
// scalar literal), or about a limit (depth), are bad input, not a malformed document.
const BAD_VALUE =
  /does not exist in "\w+" enum|Expected value of type|Expected type|cannot represent|got invalid value|limit of \d+ exceeded/i;

/** graphql-js's words (its typo included) for a document past `parseOptions.maxTokens`. */
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * The one place where errors become what clients see: a DomainError's code goes to
 * `extensions.code`; GraphQL's own request errors pass (without stack traces);
 * everything else is masked as INTERNAL_SERVER_ERROR (and logged by the plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tokens) {
    return {
      ...base,
      message:
        `Token limit of ${tokens[1]} exceeded: the query text is too long. ` +
        'Send bulk data in variables, not in the query text.',
      extensions: { code: 'BAD_USER_INPUT', maxTokens: Number(tokens[1]) },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const clientCode =
      code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE.test(formatted.message) ? 'BAD_USER_INPUT' : code;
    // Details a client can use (e.g. maxCost) stay; transport and debug fields go.
    const { http: _http, stacktrace: _stack, exception: _exception, ...rest } = formatted.extensions ?? {};
    return { ...base, extensions: { ...rest, code: clientCode } };
  }
  if (original instanceof GraphQLError && original.extensions?.code === 'BAD_USER_INPUT') {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** True for errors that formatError masks, i.e. bugs worth a log line. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return false;
  const code = (error as GraphQLError).extensions?.code ?? (original as GraphQLError)?.extensions?.code;
  return !(typeof code === 'string' && (CLIENT_CODES.has(code) || code === 'BAD_USER_INPUT'));
}
