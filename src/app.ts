import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Runner } from 'graphile-worker';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { migrate, openDatabase, pendingMigrations, type DatabaseHandle } from './db/database.js';
import { initOrm } from './db/orm.js';
import type { GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { Loaders } from './graphql/loaders.js';
import { observabilityPlugin } from './graphql/plugins.js';
import { buildHubSchema } from './graphql/schema.js';
import { requestId } from './http/request-id.js';
import { startWorker } from './jobs/worker.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';

export interface AppOptions {
  logger?: Logger;
  /** Extra MikroORM options, e.g. a query logger in tests. */
  ormOverrides?: Partial<Options>;
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
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  stop(): Promise<void>;
}

const BODY_LIMIT = '5mb';
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
    const orm = await initOrm(database.url, options.ormOverrides);
    cleanups.unshift(() => orm.close(true));
    await migrate(orm, database.url, logger);
    return await startServing(config, logger, database, orm, cleanups);
  } catch (err) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw err;
  }
}

async function startServing(
  config: Config,
  logger: Logger,
  database: DatabaseHandle,
  orm: MikroORM,
  cleanups: (() => Promise<void>)[],
): Promise<App> {
  const schema = await buildHubSchema();
  const metrics = new Metrics();
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  app.use(requestId);
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

  const makeContext = (id: string): GraphQLContext => {
    const em = orm.em.fork();
    return { em, loaders: new Loaders(em), config, logger: logger.child({ requestId: id }), requestId: id };
  };

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      // A fresh EntityManager per subscription operation (and per event, when resolvers fork it).
      context: () => makeContext(`ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order.
    stopOnTerminationSignals: false,
    introspection: config.nodeEnv !== 'production',
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
      observabilityPlugin(metrics),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
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
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ req }) => makeContext(req.id) }),
  );

  let runner: Runner | null = null;
  if (config.role !== 'api') {
    runner = await startWorker(database.url, logger);
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info(
    { url: `${url}/graphql`, role: config.role, embedded: Boolean(database.embedded) },
    'odoo-sync-hub is serving',
  );

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      // Order: stop taking HTTP requests and close sockets (Apollo drains both),
      // then the worker finishes its jobs, then the ORM, then the embedded database.
      await apollo.stop();
      wsServer.close();
      if (runner) await runner.stop();
      for (const cleanup of cleanups) await cleanup();
      logger.info('odoo-sync-hub stopped');
    })());

  return { config, logger, httpServer, orm, schema, database, runner, metrics, url, stop };
}
