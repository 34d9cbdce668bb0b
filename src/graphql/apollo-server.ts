import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../modules/common/request-context.js';
import type { Metrics } from '../observability/metrics.js';
import { formatError } from './format-error.js';
import { stringifyHttpResult } from '../modules/common/raw-json.js';
import { apolloExecution } from './jit-execution.js';
import { limitRules, variablesLimitPlugin } from './limits.js';
import type { PersistedDocuments } from './persisted-documents.js';
import { noStorePlugin, observabilityPlugin } from './plugins.js';

export interface ApolloDeps {
  schema: GraphQLSchema;
  config: Config;
  /** The manifest of PERSISTED_DOCUMENTS_FILE (possibly empty). */
  documents: PersistedDocuments;
  metrics: Metrics;
  /** Drained (its open requests finished) when Apollo stops. */
  httpServer: Server;
  /** Called when Apollo stops, after the HTTP server: closes the graphql-ws sockets. */
  drainSockets: () => Promise<void>;
}

/** GraphQL over HTTP: Apollo with the hub's limits, error format and metrics, started. */
export async function startApollo(deps: ApolloDeps): Promise<ApolloServer<GraphQLContext>> {
  const { schema, config, metrics, httpServer } = deps;
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema, or (GRAPHQL_JIT) an executor of precompiled plans; the persisted documents.
    ...apolloExecution({ schema, config, documents: deps.documents, metrics }),
    formatError,
    // JSON.stringify, with the jsonb a list passed through as text put in place (src/modules/common/raw-json.ts),
    // left in pieces for piecewiseResponse to send.
    stringifyResult: stringifyHttpResult,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order.
    stopOnTerminationSignals: false,
    // Apollo reads NODE_ENV itself too (landing page, defaults): it follows the config.
    nodeEnv: config.nodeEnv,
    introspection: config.nodeEnv !== 'production',
    // Bulk data travels in variables: a document past this many tokens is refused before it is parsed whole.
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: limitRules(config),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await deps.drainSockets();
            },
          };
        },
      },
      // No field sets a cache hint; the plugin would wrap every resolver to look (noStorePlugin keeps the header).
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      observabilityPlugin(schema, metrics),
      variablesLimitPlugin(schema, config),
    ],
  });
  await apollo.start();
  return apollo;
}
