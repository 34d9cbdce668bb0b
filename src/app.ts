import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Runner } from 'graphile-worker';
import { authenticate, type AuthState } from './modules/api-token/authenticate.js';
import { SocketAuth } from './auth/socket-auth.js';
import type { Config } from './config.js';
import { migrate, openDatabase, pendingMigrations, type DatabaseHandle } from './db/database.js';
import { sqlQuery } from './db/sql.js';
import { initOrm } from './modules/orm.js';
import type { GraphQLContext } from './modules/common/request-context.js';
import { formatError } from './graphql/format-error.js';
import { Loaders } from './modules/common/loaders.js';
import { observabilityPlugin } from './graphql/plugins.js';
import { limitRules, variablesLimitPlugin } from './graphql/limits.js';
import { buildHubSchema } from './graphql/schema.js';
import { startGraphQLWs } from './graphql/ws-server.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { EventBus } from './live-events/notify-listener.js';
import { OdooClient, odooConnectionFrom } from './odoo/odoo-client.js';
import { odooWebhookRouter } from './http/odoo-webhook.route.js';
import { createHubPubSub } from './live-events/local-pubsub.js';
import { ensureAdminAccess } from './modules/api-token/api-token.service.js';
import { bodyErrors } from './http/body-errors.js';
import { clientIpOf } from './http/client-ip.js';
import { inboundApiLog } from './http/inbound-api-log.js';
import { metricsRouter } from './http/metrics.route.js';
import { requestId } from './http/request-id.js';
import { startWorker } from './jobs/worker.js';
import { connectApiLogWriter, type ApiLogWriter } from './observability/api-log-writer.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { createLoggedFetch, type LoggedFetch } from './observability/outbound-http.js';

export interface AppOptions {
  logger?: Logger;
  /** Extra MikroORM options, e.g. a query logger in tests. */
  ormOverrides?: Partial<Options>;
  /** Replaces the SMTP/log mailer (tests read the e-mails it was given). */
  mailer?: Mailer;
}

/** Handles of a running hub; `stop()` shuts it down in order. */
export interface App {
  config: Config;
  logger: Logger;
  httpServer: Server;
  orm: MikroORM;
  schema: GraphQLSchema;
  database: DatabaseHandle;
  runner: Runner | null;
  metrics: Metrics;
  /** The Odoo client, when ODOO_URL, ODOO_DB, ODOO_USERNAME and ODOO_API_KEY are set. */
  odoo: OdooClient | null;
  /** The LISTEN side of live events. */
  eventBus: EventBus;
  /** Authentication of graphql-ws connections (its sweep re-checks open sockets' tokens). */
  socketAuth: SocketAuth;
  /** ApiLog's batch writer; null when API_LOG_ENABLED=false. */
  apiLog: ApiLogWriter | null;
  /** fetch for every call the hub makes out (Odoo, webhooks): each lands in ApiLog. */
  fetch: LoggedFetch;
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Set on the start that found no admin: a new admin token's plaintext, to show once. */
  bootstrapAdminToken: string | null;
  stop(): Promise<void>;
}

const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/webhooks/odoo']);

/**
 * Builds and starts the hub: database (embedded when no DATABASE_URL), migrations,
 * GraphQL over HTTP and graphql-ws on one server and path, and the worker.
 * Listens on config.host:config.port (port 0 picks a free one, as tests do).
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const cleanups: (() => Promise<void>)[] = [];
  if (database.embedded) cleanups.push(() => database.embedded!.stop());
  try {
    // A push holds an ORM connection while it talks to Odoo (its advisory lock),
    // so a worker needs one per concurrent job on top of the API's ten.
    const poolMax = 10 + (config.role === 'api' ? 0 : config.workerConcurrency);
    const orm = await initOrm(database.url, { pool: { min: 0, max: poolMax }, ...options.ormOverrides });
    cleanups.unshift(() => orm.close(true));
    await migrate(orm, database.url, logger);
    const bootstrapAdminToken = await ensureAdminAccess(orm.em.fork());
    if (bootstrapAdminToken) logger.warn('no admin existed: created an admin API token (shown once by the caller)');
    const app = await startServing(config, options, logger, database, orm, cleanups);
    return { ...app, bootstrapAdminToken };
  } catch (err) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw err;
  }
}

async function startServing(
  config: Config,
  options: AppOptions,
  logger: Logger,
  database: DatabaseHandle,
  orm: MikroORM,
  cleanups: (() => Promise<void>)[],
): Promise<Omit<App, 'bootstrapAdminToken'>> {
  const pubSub = createHubPubSub();
  const schema = await buildHubSchema(pubSub);
  const bodyLimitBytes = Math.round(config.requestBodyLimitMb * 1024 * 1024);
  const metrics = new Metrics();
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  // Express reads NODE_ENV itself (its error handler sends stack traces outside production): it follows the config.
  app.set('env', config.nodeEnv);
  app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  const apiLog = config.apiLog.enabled ? connectApiLogWriter(database.url, config.apiLog, logger, metrics) : null;
  const fetch = createLoggedFetch(apiLog);
  const odooConnection = odooConnectionFrom(config);
  const odoo = odooConnection ? new OdooClient(odooConnection, fetch) : null;
  if (apiLog) {
    cleanups.unshift(() => apiLog.stop());
    app.use(inboundApiLog(apiLog));
  }
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // A fixed set of labels: unknown paths must not grow the metric's cardinality.
      const path = req.originalUrl.split('?')[0]!;
      const route = KNOWN_ROUTES.has(path) ? path : 'other';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      // The query string is left out: it may carry a token (the Odoo webhook receiver's).
      logger.debug(
        { requestId: req.id, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 },
        'request completed',
      );
    });
    next();
  });

  const mailer = options.mailer ?? createMailer(config, logger);
  // Committed changes from any instance reach this instance's subscribers.
  const eventBus = new EventBus(database.url, logger);
  eventBus.subscribe((event) =>
    event.kind === 'entity'
      ? pubSub.publish('entity.changed', event.change)
      : pubSub.publish('sync_failure.changed', event.failure),
  );
  await eventBus.start();
  cleanups.unshift(() => eventBus.stop());
  const makeContext = (id: string, auth: AuthState, request: IncomingMessage): GraphQLContext => {
    const em = orm.em.fork();
    return {
      clientIp: clientIpOf(app, request),
      em,
      loaders: new Loaders(em, config.maxNestedList),
      config,
      logger: logger.child({ requestId: id }),
      requestId: id,
      mailer,
      auth,
      pubSub,
      odooConfigured: odoo !== null,
    };
  };

  const socketAuth = new SocketAuth(orm, logger, config.wsAuthRecheckMs);
  const { wsServer, cleanup: wsCleanup } = startGraphQLWs({
    httpServer,
    schema,
    config,
    logger,
    socketAuth,
    apiLog,
    maxPayload: bodyLimitBytes,
    makeContext,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
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
              await wsCleanup.dispose();
            },
          };
        },
      },
      observabilityPlugin(schema, metrics),
      variablesLimitPlugin(schema, config),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await sqlQuery(orm.em.fork(), 'select 1');
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'unavailable', reason: `${pending} migration(s) not applied` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn({ err, requestId: req.id }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(odooWebhookRouter({ orm, logger, odooConfigured: odoo !== null }));
  app.use(metricsRouter({ orm, logger, metrics, open: config.metricsPublic }));
  app.use(
    '/graphql',
    express.json({ limit: bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        ...makeContext(req.id, await authenticate(orm.em.fork(), req.headers.authorization, logger), req),
        httpLocals: res.locals,
      }),
    }),
  );
  app.use(bodyErrors(config.requestBodyLimitMb));

  let runner: Runner | null = null;
  if (config.role !== 'api') {
    runner = await startWorker(database.url, config, logger, {
      orm,
      odoo,
      logger,
      fetch,
      config,
      maxAttempts: config.odoo.maxPushAttempts,
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info(
    { url: `${url}/graphql`, role: config.role, nodeEnv: config.nodeEnv, embedded: Boolean(database.embedded) },
    'odoo-sync-hub is serving',
  );

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      // Order: stop taking HTTP requests and close sockets (Apollo drains both),
      // then the ApiLog rows of those requests are written, then the worker finishes
      // its jobs, then the ApiLog writer's last rows (the jobs' calls out), the ORM,
      // the embedded database (the cleanups, in that order).
      socketAuth.stop();
      await apollo.stop();
      wsServer.close();
      await apiLog?.flush();
      if (runner) await runner.stop();
      for (const cleanup of cleanups) await cleanup();
      logger.info('odoo-sync-hub stopped');
    })());

  return {
    config,
    logger,
    httpServer,
    orm,
    schema,
    database,
    runner,
    metrics,
    apiLog,
    fetch,
    odoo,
    socketAuth,
    eventBus,
    url,
    stop,
  };
}
