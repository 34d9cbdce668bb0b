import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../modules/common/request-context.js';
import type { Metrics } from '../observability/metrics.js';
import { isUnexpected } from './format-error.js';
import { operationLabel } from './operation-label.js';

/**
 * Every GraphQL response says `cache-control: no-store` (nothing the hub
 * answers may be kept by a proxy), as Apollo's cacheControl plugin said when no
 * field had a hint. That plugin is off (apollo-server.ts): no field has a hint,
 * and it made Apollo wrap every field's resolver to look for one.
 */
export function noStorePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/**
 * Counts and times every operation (labelled by its root field: see operation-label.ts), logs errors that formatError will mask
 * (with the request id), and adds that id to masked errors so a client can
 * quote it to an operator. Notes the operation name for the request's ApiLog row
 * and names the request's trace span after the operation.
 */
export function observabilityPlugin(schema: GraphQLSchema, metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let unexpected = false;
      return {
        async didResolveOperation({ operation, operationName }) {
          // The request's span becomes the operation's (semantic conventions: `<type> <name>`).
          const span = contextValue.httpLocals?.requestSpan;
          if (!span || !operation) return;
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            unexpected = true;
            contextValue.logger.error(
              { err: error.originalError ?? error, operationName },
              'unexpected error in a GraphQL operation',
            );
          }
        },
        async willSendResponse({ request, response, document, operation, operationName, errors }) {
          // The name the client sent stands in when the document never resolved (a parse or validation error).
          const name = operationName ?? request.operationName;
          if (contextValue.httpLocals && name) contextValue.httpLocals.operationName = name;
          const labels = {
            operation: operationLabel(schema, document, operation),
            type: operation?.operation ?? 'unknown',
          };
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe(labels, seconds);
          metrics.graphqlOperations.inc({
            ...labels,
            outcome: errors?.length ? (unexpected ? 'error' : 'rejected') : 'ok',
          });
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            for (const e of response.body.singleResult.errors) {
              if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
                (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
              }
            }
          }
        },
      };
    },
  };
}
