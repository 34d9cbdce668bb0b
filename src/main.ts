import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { handOverBootstrapToken } from './auth/bootstrap-token.js';
import { ConfigError, loadConfig, type Role } from './config.js';
import { createLogger } from './observability/logger.js';

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
  if (app.bootstrapAdminToken) {
    const stdout = { isTTY: process.stdout.isTTY === true, write: (text: string) => process.stdout.write(text) };
    await handOverBootstrapToken(app.bootstrapAdminToken, app.url, config.bootstrapToken, stdout, logger);
  }

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
