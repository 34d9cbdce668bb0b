import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Options } from '@mikro-orm/postgresql';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { createApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { createLogger, type Logger } from '../../src/observability/logger.js';
import { createTestDatabase } from './database.js';

export interface TestHub {
  app: App;
  /** http://127.0.0.1:<port> */
  url: string;
  dbUrl: string;
  /** The admin token the first start created (the test database has no admin before). */
  adminToken: string;
  /** Runs a typed operation over HTTP, as a client would; as admin unless `token` says otherwise (null: none). */
  request<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, options?: RequestOptions): Promise<GqlResponse<R>>;
  close(): Promise<void>;
  /** Drops the test database; with `app.stop()`, the two halves of close() (to look at rows a shutdown wrote). */
  dropDatabase(): Promise<void>;
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export interface GqlResponse<R> {
  status: number;
  data: R | null | undefined;
  errors: GraphQLFormattedError[] | undefined;
}

/**
 * Settings a test run takes from its own environment, so that one suite can run
 * under another setting (e.g. `GRAPHQL_JIT=all` over tests/queries); a test's `env` wins.
 */
const FROM_ENVIRONMENT = ['GRAPHQL_JIT'] as const;

function environmentSettings(): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const name of FROM_ENVIRONMENT) {
    const value = process.env[name];
    if (value) settings[name] = value;
  }
  return settings;
}

/**
 * Boots the real app on port 0 against a fresh database cloned from the
 * migrated template. `env` adds configuration as environment variables would.
 */
export async function startTestHub(
  label: string,
  options: {
    env?: Record<string, string>;
    role?: Config['role'];
    ormOverrides?: Partial<Options>;
    mailer?: Mailer;
    logger?: Logger;
    /** Traces into this exporter (an InMemorySpanExporter), whatever OTEL_TRACES_EXPORTER says. */
    spanExporter?: SpanExporter;
    /** Another instance on that hub's database (its admin token too); close() leaves the database to it. */
    sameDatabaseAs?: TestHub;
  } = {},
): Promise<TestHub> {
  const shared = options.sameDatabaseAs;
  const db = shared ? { url: shared.dbUrl, drop: async () => undefined } : await createTestDatabase(label);
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      // The worker's start check makes Odoo calls of its own, beside what a test
      // arranges (faults, call counts): on only where a test asks for it.
      ODOO_CHECK_AT_START: 'false',
      ...environmentSettings(),
      ...options.env,
      DATABASE_URL: db.url,
    },
    options.role ?? 'api',
  );
  const app = await createApp(config, {
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    ormOverrides: options.ormOverrides,
    mailer: options.mailer,
    spanExporter: options.spanExporter,
  });
  const adminToken = shared?.adminToken ?? app.bootstrapAdminToken!;
  return {
    app,
    url: app.url,
    dbUrl: db.url,
    adminToken,
    request: (doc, variables, { token = adminToken, headers = {} } = {}) =>
      postGraphQL(app.url, doc, variables, token ? { authorization: `Bearer ${token}`, ...headers } : headers),
    async close() {
      await app.stop();
      await db.drop();
    },
    dropDatabase: db.drop,
  };
}

export async function postGraphQL<R, V>(
  baseUrl: string,
  doc: TypedDocumentNode<R, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GqlResponse<R>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as ExecutionResult<R>;
  return { status: res.status, data: body.data, errors: body.errors as GraphQLFormattedError[] | undefined };
}
