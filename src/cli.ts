import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from './config.js';
import { DomainError } from './domain/errors.js';
import { migrate, openDatabase } from './db/database.js';
import { initOrm } from './modules/orm.js';
import { createLogger } from './observability/logger.js';
import { issueToken } from './modules/api-token/api-token.service.js';
import { findConsumer } from './modules/consumer/consumer.service.js';
import { createAdminUser } from './modules/user/user.service.js';
import { PasswordInputError, readPassword } from './cli/password-input.js';
import { PULL_USAGE, pullCommand } from './cli/pull.command.js';
import { EXIT_FAILED, EXIT_USAGE, UsageError } from './cli/cli-output.js';
import { OPERATOR_COMMANDS, OPERATOR_USAGE } from './cli/operator-commands.js';
import { checkOdooConnection } from './odoo/check/odoo-check.js';
import { reportLines } from './odoo/check/report-lines.js';
import { OdooClient, odooConnectionFrom } from './odoo/odoo-client.js';
import { createLoggedRequest } from './observability/outbound-http.js';

const SCHEMA_FILE = 'schema/schema.graphql';

const USAGE = `Usage: npm run hub -- <command>

Commands:
  db:migrate                 apply the hub's and graphile-worker's migrations
  token:create --name NAME --scopes a,b[,…] [--expires ISO] [--consumer ID|NAME]
                             create an API token (bound to a consumer of the change
                             feed with --consumer: see \`consumers list\`); prints it
                             alone on the last line
  token:revoke --id ID       the same as \`tokens revoke ID\`
  user:create-admin --email E
                             create (or promote) a verified admin user; the
                             password is read from stdin (a terminal asks for it
                             without echo; a pipe gives its first line); none
                             (empty, or stdin </dev/null): a random one is printed
  schema:emit [--check]      write ${SCHEMA_FILE} (--check: fail when it is stale)
  odoo:check                 log in to the Odoo of ODOO_URL, ODOO_DB, ODOO_USERNAME,
                             ODOO_API_KEY; say the version and protocol, and each
                             right, field or addon the hub lacks with its fix;
                             exits 0 when nothing is missing (no database needed)
${PULL_USAGE}
${OPERATOR_USAGE}
Exit codes: 0 done; 1 the operation failed or an id was not found; 2 a usage error.
`;

/**
 * Opens the database (migrated) for one command. An embedded PostgreSQL that a
 * running hub started is used and left running; one started here is stopped.
 */
async function withDatabase<T>(fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, logger);
  try {
    const orm = await initOrm(db.url);
    try {
      await migrate(orm, db.url, logger);
      return await fn(orm);
    } finally {
      await orm.close(true);
    }
  } finally {
    if (db.embedded?.startedHere) await db.embedded.stop();
  }
}

function usageError(message: string): never {
  throw new UsageError(`${message}\n\n${USAGE}`);
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  pull: (args) => pullCommand(args, withDatabase),

  async 'db:migrate'() {
    await withDatabase(async () => undefined);
    console.log('database is up to date');
    return 0;
  },

  async 'token:create'(args) {
    const { values } = parseArgs({
      args,
      options: {
        name: { type: 'string' },
        scopes: { type: 'string' },
        expires: { type: 'string' },
        consumer: { type: 'string' },
      },
    });
    if (!values.name) usageError('token:create needs --name');
    if (!values.scopes) usageError('token:create needs --scopes (comma-separated)');
    const expiresAt = values.expires ? new Date(values.expires) : null;
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt <= new Date())) {
      usageError(`--expires must be a future ISO date-time, e.g. 2027-01-31T00:00:00Z; got ${values.expires}`);
    }
    const scopes = values.scopes
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (values.consumer === '') usageError('--consumer needs a consumer id or name');
    const { apiToken, token } = await withDatabase(async (orm) => {
      const em = orm.em.fork();
      // As createApiToken's consumerId, by id or name: an unknown one fails before the token exists.
      const consumer = values.consumer != null ? await findConsumer(em, values.consumer) : null;
      return issueToken(em, { name: values.name!, scopes, expiresAt, consumer });
    });
    console.log(
      `created API token "${apiToken.name}" (${apiToken.id}) with scopes ${apiToken.scopes.join(',')}` +
        (apiToken.consumer ? ` for consumer "${apiToken.consumer.name}"` : '') +
        (apiToken.expiresAt ? `, expiring ${apiToken.expiresAt.toISOString()}` : '') +
        '; it is shown only now:',
    );
    console.log(token);
    return 0;
  },

  // Kept for scripts written before `tokens revoke`.
  'token:revoke': (args) => OPERATOR_COMMANDS.tokens!(['revoke', ...args], withDatabase),

  async 'user:create-admin'(args) {
    if (args.some((a) => a === '--password' || a.startsWith('--password='))) {
      usageError('user:create-admin takes the password on stdin, not --password (argv shows in the process list)');
    }
    const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
    if (!values.email) usageError('user:create-admin needs --email');
    const given = await readPassword(process.stdin, process.stderr, `Password for ${values.email}`);
    const password = given ?? randomBytes(18).toString('base64url');
    const user = await withDatabase((orm) => createAdminUser(orm.em.fork(), values.email!, password));
    console.log(`${user.email} is a verified admin (${user.id}); log in with the GraphQL mutation login.`);
    if (!given) console.log(`Its password, shown only now:\n${password}`);
    return 0;
  },

  async 'odoo:check'() {
    const config = loadConfig();
    const connection = odooConnectionFrom(config);
    if (!connection) usageError('odoo:check needs ODOO_URL, ODOO_DB, ODOO_USERNAME and ODOO_API_KEY');
    const odoo = new OdooClient(connection, createLoggedRequest(null));
    const report = await checkOdooConnection(odoo);
    for (const line of reportLines(report, { ...connection, protocolSetting: connection.protocol })) console.log(line);
    return report.ok ? 0 : 1;
  },

  async 'schema:emit'(args) {
    // Imported here: building the schema loads every resolver, seconds the other commands need not wait.
    const { buildHubSchema, printHubSchema } = await import('./graphql/schema.js');
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

  ...Object.fromEntries(
    Object.entries(OPERATOR_COMMANDS).map(([name, group]) => [name, (args: string[]) => group(args, withDatabase)]),
  ),
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
    return EXIT_USAGE;
  }
  return command(args);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
    const known =
      usage || err instanceof ConfigError || err instanceof PasswordInputError || err instanceof DomainError;
    console.error(known ? (err as Error).message : err);
    process.exit(usage ? EXIT_USAGE : EXIT_FAILED);
  },
);
