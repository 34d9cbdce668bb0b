import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { FormattedExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SocketAuth } from '../auth/socket-auth.js';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import type { AuthState } from '../auth/authenticate.js';
import type { GraphQLContext } from './context.js';
import { formatError, isUnexpected } from './format-error.js';
import { costError, depthLimitRule } from './limits.js';
import { sharedSubscribe } from './shared-subscribe.js';

export interface GraphQLWsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  socketAuth: SocketAuth;
  maxPayload: number;
  makeContext: (id: string, auth: AuthState) => GraphQLContext;
}

/**
 * graphql-ws on the HTTP server's `/graphql`, with what HTTP requests get too:
 * the token check (onConnect), the depth and cost limits, and errors mapped and
 * masked by the same formatError.
 */
export function startGraphQLWs(options: GraphQLWsOptions) {
  const { schema, config, logger, socketAuth } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: options.maxPayload,
  });
  const rules = [...specifiedRules, depthLimitRule(config.maxQueryDepth)];
  const format = (errors: readonly GraphQLError[], requestId?: string) =>
    errors.map((error) => {
      if (isUnexpected(error))
        logger.error({ err: error.originalError ?? error, requestId }, 'unexpected error in a GraphQL operation');
      return formatError(error.toJSON(), error);
    });

  const cleanup = useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      schema,
      // One execution per event for all subscriptions of the same document and variables.
      subscribe: sharedSubscribe(),
      onConnect: socketAuth.onConnect,
      // A fresh context (and EntityManager) per operation; resolvers fork again per event.
      context: (ctx) => options.makeContext(`ws-${randomUUID()}`, socketAuth.authOf(ctx.extra.socket)),
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        const tooCostly = costError(
          schema,
          document,
          payload.variables,
          payload.operationName,
          config.maxQueryCost,
          config.maxPageSize,
        );
        return tooCostly ? [tooCostly] : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
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
