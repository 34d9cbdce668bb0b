import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import type { PersistedDocuments } from '../graphql/persisted-documents.js';
import type { Authenticator } from '../modules/api-token/authenticator.js';
import type { GraphQLContext } from '../modules/common/request-context.js';
import type { ApiLogWriter } from '../observability/api-log-writer.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Readiness } from '../observability/readiness.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import { bodyErrors } from './body-errors.js';
import { consoleRouter } from './console.route.js';
import type { MakeContext } from './graphql-context.js';
import { healthRouter } from './health.route.js';
import { inboundApiLog } from './inbound-api-log.js';
import { mediaRouter } from './media.route.js';
import { metricsRouter } from './metrics.route.js';
import { odooWebhookRouter } from './odoo-webhook.route.js';
import { persistedDocumentLookup } from './persisted-document-lookup.js';
import { piecewiseResponse } from './piecewise-response.js';
import { requestId } from './request-id.js';
import { requestMetrics } from './request-metrics.js';
import { requestSpans } from './request-spans.js';

/**
 * The Express app in two steps: its settings and the middleware every request
 * passes (createExpressApp), then, once Apollo has started, its routes
 * (mountRoutes). Nothing is served before the server listens, after both.
 */
export function createExpressApp(deps: {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  apiLog: ApiLogWriter | null;
}): Express {
  const { config, apiLog } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Express reads NODE_ENV itself (its error handler sends stack traces outside production): it follows the config.
  app.set('env', config.nodeEnv);
  app.set('trust proxy', config.trustProxy);
  // No ETag: every GraphQL answer is `no-store` (nothing revalidates it), and Express would hash
  // each body for one, ~0.1 ms for a catalogue page of 100 products (issue 15).
  app.set('etag', false);
  app.use(requestId);
  app.use(requestSpans());
  if (apiLog) app.use(inboundApiLog(apiLog));
  app.use(requestMetrics(deps.metrics, deps.logger));
  return app;
}

export interface RouteDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  orm: MikroORM;
  authenticator: Authenticator;
  odooConfigured: boolean;
  /** Reads product pictures on their first request (null: no Odoo configured). */
  odoo: OdooClient | null;
  apollo: ApolloServer<GraphQLContext>;
  makeContext: MakeContext;
  /** The manifest of PERSISTED_DOCUMENTS_FILE (possibly empty). */
  documents: PersistedDocuments;
  /** The event listener's and the job runner's state, for /readyz. */
  readiness: Readiness;
}

/** The health checks, the Odoo webhook receiver, product pictures, /metrics, the console and GraphQL over HTTP; body errors last. */
export function mountRoutes(app: Express, deps: RouteDeps): void {
  const { config, logger, orm, authenticator } = deps;
  app.use(healthRouter({ orm, logger, readiness: deps.readiness }));
  app.use(odooWebhookRouter({ orm, logger, authenticator, odooConfigured: deps.odooConfigured }));
  app.use(mediaRouter({ orm, logger, odoo: deps.odoo, maxBytes: config.media.maxBytes }));
  app.use(metricsRouter({ authenticator, metrics: deps.metrics, open: config.metricsPublic }));
  app.use(consoleRouter(config.consoleDir));
  app.use(
    '/graphql',
    express.json({ limit: bodyLimitBytes(config) }),
    persistedDocumentLookup(deps.documents, (authorization) => authenticator.authenticate(authorization)),
    piecewiseResponse,
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => ({
        ...deps.makeContext(req.id, await authenticator.authenticate(req.headers.authorization), req),
        httpLocals: res.locals,
      }),
    }),
  );
  app.use(bodyErrors(config.requestBodyLimitMb));
}

/** REQUEST_BODY_LIMIT_MB in bytes: for HTTP bodies and graphql-ws messages alike. */
export function bodyLimitBytes(config: Pick<Config, 'requestBodyLimitMb'>): number {
  return Math.round(config.requestBodyLimitMb * 1024 * 1024);
}
