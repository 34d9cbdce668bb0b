import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Role } from './config.js';
import { createLogger } from './observability/logger.js';

/** The first start's admin token, once, where the person who ran `npm start` sees it. */
function printBootstrapToken(token: string, url: string): void {
  const line = '='.repeat(78);
  process.stdout.write(
    [
      '',
      line,
      '  No admin existed, so an admin API token was created. It is shown only now:',
      '',
      `    ${token}`,
      '',
      '  Use it as an HTTP header:  Authorization: Bearer <token>',
      `  e.g. curl ${url}/graphql -H 'authorization: Bearer <token>' \\`,
      `         -H 'content-type: application/json' -d '{"query":"{ me { scopes } }"}'`,
      '  Create scoped tokens:  npm run hub -- token:create --name NAME --scopes catalog:read,…',
      '  Create an admin user:  npm run hub -- user:create-admin --email you@example.com',
      line,
      '',
      '',
    ].join('\n'),
  );
}

/** `npm start [-- --role api|worker|all]`: reads config, starts the app, stops it on a signal. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { role: { type: 'string', default: 'all' } } });
  if (!['api', 'worker', 'all'].includes(values.role!)) {
    throw new ConfigError(`--role must be api, worker or all; got ${values.role}`);
  }
  // A hub that serves is a production one unless NODE_ENV says otherwise: no introspection,
  // no landing page, no stack traces in answers (README, Configuration). Tests set it.
  const config = loadConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' }, values.role as Role);
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, { logger });
  if (app.bootstrapAdminToken) printBootstrapToken(app.bootstrapAdminToken, app.url);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    createLogger('error').fatal({ err }, 'odoo-sync-hub failed to start');
  }
  process.exit(1);
});
