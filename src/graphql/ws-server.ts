import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { FormattedExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SocketAuth } from '../auth/socket-auth.js';
import type { Config } from '../config.js';
import { LruMap } from '../domain/lru-map.js';
import type { ApiLogWriter } from '../observability/api-log-writer.js';
import type { Logger } from '../observability/logger.js';
import type { AuthState } from '../modules/api-token/authenticate.js';
import type { GraphQLContext } from '../modules/common/request-context.js';
import { formatError, isUnexpected } from './format-error.js';
import type { PersistedDocuments } from './persisted-documents.js';
import { limitRules, variablesLimitError } from './limits.js';
import { CostBounds, selectOperation } from './query-cost.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { SocketLimits } from './ws-limits.js';
import { REFUSED, TOO_MANY, WsOperations } from './ws-operations.js';

/** Validated documents kept by their text (as Apollo's document store does over HTTP), and the longest text kept. */
const CACHED_DOCUMENTS = 500;
const MAX_CACHED_QUERY_CHARS = 20_000;

export interface GraphQLWsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  socketAuth: SocketAuth;
  /** Where each operation's row goes; null when ApiLog is off. */
  apiLog: ApiLogWriter | null;
  maxPayload: number;
  makeContext: (id: string, auth: AuthState, request: IncomingMessage) => GraphQLContext;
  /** The manifest of PERSISTED_DOCUMENTS_FILE (possibly empty). */
  documents: PersistedDocuments;
}

/**
 * graphql-ws on the HTTP server's `/graphql`, with what HTTP requests get too:
 * the token check (onConnect), the limits (tokens, depth, root fields, string lengths, cost),
 * introspection off in production, errors mapped and masked by the same
 * formatError, and an ApiLog row per operation; and caps of its own on sockets
 * per token and operations per socket.
 */
export function startGraphQLWs(options: GraphQLWsOptions) {
  const { schema, config, logger, socketAuth } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: options.maxPayload,
  });
  const rules = [
    ...specifiedRules,
    ...limitRules(config),
    ...(config.nodeEnv === 'production' ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const limits = new SocketLimits(config.ws.maxSocketsPerToken, config.ws.maxSubscriptionsPerSocket);
  const operations = new WsOperations(options.apiLog);
  // Parsing, validation (depth and root-field limits included) and the cost bound run once per document text.
  const validated = new LruMap<string, DocumentNode>(CACHED_DOCUMENTS);
  const bounds = new CostBounds(schema, config);
  const format = (errors: readonly GraphQLError[], requestId?: string) =>
    errors.map((error) => {
      if (isUnexpected(error))
        logger.error({ err: error.originalError ?? error, requestId }, 'unexpected error in a GraphQL operation');
      return formatError(error.toJSON(), error);
    });

  const cleanup = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      // One execution per event for all subscriptions of the same document and variables.
      subscribe: sharedSubscribe(),
      onConnect: async (ctx) => {
        if (!(await socketAuth.onConnect(ctx))) return false;
        const auth = socketAuth.authOf(ctx.extra.socket);
        return auth.kind === 'authenticated' && limits.admit(ctx.extra.socket, auth.principal.token.id);
      },
      // A fresh context (and EntityManager) per operation; resolvers fork again per event.
      context: (ctx, id) =>
        options.makeContext(operations.requestIdOf(ctx, id), socketAuth.authOf(ctx.extra.socket), ctx.extra.request),
      onSubscribe: (ctx, id, payload) => {
        operations.start(ctx, id, payload.operationName ?? null);
        const refuse = (errors: readonly GraphQLError[], status = REFUSED) => {
          operations.refuse(ctx, id, status);
          return [...errors];
        };
        // ctx.subscriptions holds this operation too, and the queries and mutations still running.
        const tooMany = limits.operationError(Object.keys(ctx.subscriptions).length);
        if (tooMany) return refuse([tooMany], TOO_MANY);
        const source = options.documents.sourceOf(payload, socketAuth.authOf(ctx.extra.socket));
        if (source instanceof GraphQLError) return refuse([source]);
        let document = validated.get(source);
        if (!document) {
          try {
            document = parse(source, { maxTokens: config.maxQueryTokens });
          } catch (err) {
            return refuse([withCode(err as GraphQLError, 'GRAPHQL_PARSE_FAILED')]);
          }
          operations.name(ctx, id, selectOperation(document, payload.operationName)?.name?.value);
          const errors = validate(schema, document, rules);
          if (errors.length) return refuse(errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')));
          if (source.length <= MAX_CACHED_QUERY_CHARS) validated.set(source, document);
        } else {
          operations.name(ctx, id, selectOperation(document, payload.operationName)?.name?.value);
        }
        const { variables, operationName } = payload;
        const beyond = variablesLimitError({ schema, document, variables, operationName }, config, bounds);
        if (beyond) return refuse([beyond]);
        // Returned, so graphql-ws neither parses nor validates the document again.
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onError: (ctx, id, _payload, errors) => {
        const formatted = format(errors, operations.requestIdOf(ctx, id));
        operations.end(ctx, id, 'failed');
        return formatted;
      },
      onComplete: (ctx, id) => operations.end(ctx, id, 'completed'),
      onNext: (_ctx, _id, _payload, args, result): FormattedExecutionResult | void => {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: format(result.errors, (args.contextValue as GraphQLContext | undefined)?.requestId),
        };
      },
    },
    wsServer,
  );
  return { wsServer, cleanup };
}

/** The error as Apollo reports the same over HTTP, so formatError maps both alike. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
