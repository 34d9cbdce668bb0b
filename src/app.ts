import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { GraphQLSchema } from 'graphql';
import type { Runner } from 'graphile-worker';
import type { WebSocketServer } from 'ws';
import { SocketAuth } from './auth/socket-auth.js';
import type { Config } from './config.js';
import { migrate, openDatabase, type DatabaseHandle } from './db/database.js';
import { initOrm } from './modules/orm.js';
import type { GraphQLContext } from './modules/common/request-context.js';
import { startApollo } from './graphql/apollo-server.js';
import { buildHubSchema } from './graphql/schema.js';
import { startGraphQLWs } from './graphql/ws-server.js';
import { PersistedDocuments } from './graphql/persisted-documents.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { EventBus } from './live-events/notify-listener.js';
import { decodePullProgress, PULL_PROGRESS_CHANNEL } from './outbox/pull-progress-events.js';
import { OdooClient, odooConnectionFrom } from './odoo/odoo-client.js';
import { OdooCircuitBreaker } from './odoo/odoo-circuit.js';
import { circuitStatuses } from './modules/odoo-circuit/odoo-circuit.service.js';
import { readHubState } from './modules/hub-state/hub-state.service.js';
import { createHubPubSub, type HubPubSub } from './live-events/local-pubsub.js';
import { ensureAdminAccess } from './modules/api-token/api-token.service.js';
import { Authenticator } from './modules/api-token/authenticator.js';
import { consoleManifestPath } from './http/console.route.js';
import { bodyLimitBytes, createExpressApp, mountRoutes } from './http/express-app.js';
import { graphqlContextFactory } from './http/graphql-context.js';
import { listen } from './http/listen.js';
import { startWorker } from './jobs/worker.js';
import { checkOdooAtStart } from './jobs/odoo-connection-check.js';
import { connectApiLogWriter, type ApiLogWriter } from './observability/api-log-writer.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { Readiness } from './observability/readiness.js';
import { createLoggedFetch, createLoggedRequest, type LoggedFetch } from './observability/outbound-http.js';
import { startTracing } from './observability/tracing.js';

export interface AppOptions {
  logger?: Logger;
  /** Extra MikroORM options, e.g. a query logger in tests. */
  ormOverrides?: Partial<Options>;
  /** Replaces the SMTP/log mailer (tests read the e-mails it was given). */
  mailer?: Mailer;
  /** Starts tracing into this exporter whatever OTEL_TRACES_EXPORTER says (tests: an InMemorySpanExporter). */
  spanExporter?: SpanExporter;
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
  /** What /readyz reports beside the database: the event listener, the job runner. */
  readiness: Readiness;
  /** Authentication of every request, with its cache of verified tokens (AUTH_TOKEN_CACHE_SECONDS). */
  authenticator: Authenticator;
  /** Authentication of graphql-ws connections (its sweep re-checks open sockets' tokens). */
  socketAuth: SocketAuth;
  /** ApiLog's batch writer; null when API_LOG_ENABLED=false. */
  apiLog: ApiLogWriter | null;
  /** fetch for the calls the hub makes out that are not Odoo's (webhooks): each lands in ApiLog. */
  fetch: LoggedFetch;
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Set on the start that found no admin: a new admin token's plaintext, to show once. */
  bootstrapAdminToken: string | null;
  stop(): Promise<void>;
}

/** What is closed on stop, last first (the ORM, the embedded database, …). */
type Cleanups = (() => Promise<void>)[];

/**
 * Builds and starts the hub: database (embedded when no DATABASE_URL), migrations,
 * GraphQL over HTTP and graphql-ws on one server and path, and the worker.
 * Listens on config.host:config.port (port 0 picks a free one, as tests do).
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Before anything runs a query or a request, so that every span has its parent; off unless OTEL_TRACES_EXPORTER says.
  const tracing = await startTracing(config.tracing, options.spanExporter);
  const cleanups: Cleanups = [];
  // Last of all: the spans of the shutdown itself are exported too.
  if (tracing) cleanups.push(() => tracing.shutdown());
  try {
    const database = await openDatabase(config, logger);
    if (database.embedded) cleanups.unshift(() => database.embedded!.stop());
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
  cleanups: Cleanups,
): Promise<Omit<App, 'bootstrapAdminToken'>> {
  const metrics = new Metrics();
  const pubSub = createHubPubSub({
    // Clamped: the publishing instance's clock may run a little ahead of this one's.
    onDelivered: (at) => metrics.eventFanOutLatency.observe(Math.max(0, Date.now() - at) / 1000),
  });
  const schema = await buildHubSchema(pubSub);
  const documents = await PersistedDocuments.load({
    ...config.persistedDocuments,
    consoleFile: consoleManifestPath(config.consoleDir),
  });
  const readiness = new Readiness();
  const apiLog = config.apiLog.enabled ? connectApiLogWriter(database.url, config.apiLog, logger, metrics) : null;
  if (apiLog) cleanups.unshift(() => apiLog.stop());
  const fetch = createLoggedFetch(apiLog);
  const odooConnection = odooConnectionFrom(config);
  // Odoo's calls go through undici.request, which costs less per call than fetch (outbound-http.ts).
  const odoo = odooConnection
    ? new OdooClient(odooConnection, createLoggedRequest(apiLog), metrics.observeOdooCall)
    : null;
  const circuit = odooConnection
    ? new OdooCircuitBreaker(odooConnection, {
        probeMs: config.odoo.circuitProbeMs,
        maxAttempts: config.odoo.maxPushAttempts,
        uncertainRetryMs: config.odoo.uncertainRetryMs,
      })
    : null;
  metrics.watchOdooCircuits(() => circuitStatuses(orm.em));
  metrics.watchHubState(() => readHubState(orm.em));
  metrics.watchSubscriptions(() => pubSub.subscriptionCounts());
  const app = createExpressApp({ config, logger, metrics, apiLog });
  const httpServer = createServer(app);

  const mailer = options.mailer ?? createMailer(config, logger);
  const authenticator = new Authenticator(orm, logger, { cacheTtlMs: config.authTokenCacheMs });
  const eventBus = await startEventBus(database.url, logger, pubSub, authenticator, cleanups);
  eventBus.onConnection((listening) =>
    readiness.set('event listener', listening ? null : 'connection lost; reconnecting'),
  );
  const makeContext = graphqlContextFactory({
    app,
    orm,
    config,
    logger,
    mailer,
    pubSub,
    odooConfigured: odoo !== null,
    authCache: authenticator,
  });

  const socketAuth = new SocketAuth(orm, logger, config.wsAuthRecheckMs, authenticator);
  const { wsServer, cleanup: wsCleanup } = startGraphQLWs({
    httpServer,
    schema,
    config,
    logger,
    socketAuth,
    apiLog,
    maxPayload: bodyLimitBytes(config),
    makeContext,
    documents,
  });
  const apollo = await startApollo({
    schema,
    config,
    documents,
    metrics,
    httpServer,
    drainSockets: async () => {
      await wsCleanup.dispose();
    },
  });
  mountRoutes(app, {
    config,
    logger,
    metrics,
    orm,
    authenticator,
    odooConfigured: odoo !== null,
    odoo,
    apollo,
    makeContext,
    documents,
    readiness,
  });

  const runner =
    config.role === 'api'
      ? null
      : await startWorker(
          database.url,
          config,
          logger,
          {
            orm,
            odoo,
            logger,
            fetch,
            config,
            circuit,
            metrics,
            maxAttempts: config.odoo.maxPushAttempts,
          },
          config.workerConcurrency,
          readiness,
        );

  // The worker checks what the Odoo user may do, in the background (Odoo may be slow or away).
  // A stop ends it after the call under way.
  if (runner && odoo && config.odoo.checkAtStart) {
    const stopCheck = new AbortController();
    const odooCheck = checkOdooAtStart(odoo, orm, logger, stopCheck.signal);
    cleanups.unshift(() => (stopCheck.abort(), odooCheck));
  }

  const url = await listen(httpServer, config.host, config.port);
  logger.info(
    { url: `${url}/graphql`, role: config.role, nodeEnv: config.nodeEnv, embedded: Boolean(database.embedded) },
    'odoo-sync-hub is serving',
  );

  const stop = stopInOrder({ socketAuth, authenticator, apollo, wsServer, apiLog, runner, cleanups, logger });

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
    authenticator,
    socketAuth,
    eventBus,
    readiness,
    url,
    stop,
  };
}

/** Committed changes from any instance reach this instance's subscribers, and auth changes its token cache. */
async function startEventBus(
  databaseUrl: string,
  logger: Logger,
  pubSub: HubPubSub,
  authenticator: Authenticator,
  cleanups: Cleanups,
): Promise<EventBus> {
  const eventBus = new EventBus(databaseUrl, logger);
  authenticator.listen(eventBus);
  eventBus.listenTo(PULL_PROGRESS_CHANNEL, (payload) => pubSub.publish('pull.progress', decodePullProgress(payload)));
  eventBus.subscribe((event, publishedAt) =>
    event.kind === 'entity'
      ? pubSub.publishFrom('entity.changed', event.change, publishedAt)
      : pubSub.publishFrom('sync_failure.changed', event.failure, publishedAt),
  );
  await eventBus.start();
  cleanups.unshift(() => eventBus.stop());
  return eventBus;
}

/** What stop() closes. */
interface Running {
  socketAuth: SocketAuth;
  authenticator: Authenticator;
  apollo: ApolloServer<GraphQLContext>;
  wsServer: WebSocketServer;
  apiLog: ApiLogWriter | null;
  runner: Runner | null;
  cleanups: Cleanups;
  logger: Logger;
}

/** The hub's stop(): runs once, however often it is called. */
function stopInOrder(running: Running): () => Promise<void> {
  const { socketAuth, authenticator, apollo, wsServer, apiLog, runner, cleanups, logger } = running;
  let stopping: Promise<void> | null = null;
  return () =>
    (stopping ??= (async () => {
      // Order: stop taking HTTP requests and close sockets (Apollo drains both),
      // then the token uses (lastUsedAt) and the ApiLog rows of those requests are written, then the worker finishes
      // its jobs, then the ApiLog writer's last rows (the jobs' calls out), the ORM,
      // the embedded database (the cleanups, in that order).
      socketAuth.stop();
      await apollo.stop();
      wsServer.close();
      await authenticator.flushUsage();
      await apiLog?.flush();
      if (runner) await runner.stop();
      for (const cleanup of cleanups) await cleanup();
      logger.info('odoo-sync-hub stopped');
    })());
}
