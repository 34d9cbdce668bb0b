import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from './config.js';
import { migrate, openDatabase } from './db/database.js';
import { initOrm } from './db/orm.js';
import { buildHubSchema, printHubSchema } from './graphql/schema.js';
import { createLogger } from './observability/logger.js';

const SCHEMA_FILE = 'schema/schema.graphql';

const USAGE = `Usage: npm run hub -- <command>

Commands:
  db:migrate            apply the hub's and graphile-worker's migrations
  schema:emit [--check] write ${SCHEMA_FILE} (--check: fail when it is stale)
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  async 'db:migrate'() {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const db = await openDatabase(config, logger);
    const orm = await initOrm(db.url);
    try {
      await migrate(orm, db.url, logger);
      logger.info('database is up to date');
    } finally {
      await orm.close(true);
      await db.embedded?.stop();
    }
    return 0;
  },

  async 'schema:emit'(args) {
    const sdl = printHubSchema(await buildHubSchema());
    if (args.includes('--check')) {
      const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
      if (committed !== sdl) {
        console.error(`${SCHEMA_FILE} is stale: run \`npm run schema:emit\` and commit it.`);
        return 1;
      }
      console.log(`${SCHEMA_FILE} is up to date.`);
      return 0;
    }
    await writeFile(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
    return 0;
  },
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
    return 2;
  }
  return command(args);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
