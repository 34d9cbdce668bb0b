import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The one reader of `process.env`. Everything else receives a typed {@link Config}.
 * Names that deployments rely on are fixed in the design ("Fixed operational interface").
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * express's `trust proxy`: false (the default: X-Forwarded-For is ignored), true
 * (trust every hop: only behind a proxy that overwrites the header), a number of
 * hops, or a comma list of addresses, subnets and express's names (loopback,
 * linklocal, uniquelocal) of the proxies to believe.
 */
const trustProxy = z
  .string()
  .trim()
  .refine(
    (v) =>
      /^(true|false|\d{1,2})$/.test(v) ||
      v.split(',').every((part) => {
        const item = part.trim();
        const [address, prefix] = item.split('/');
        return (
          ['loopback', 'linklocal', 'uniquelocal'].includes(item) ||
          (isIP(address ?? '') !== 0 && (prefix === undefined || /^\d{1,3}$/.test(prefix)))
        );
      }),
    'must be true, false, a number of hops, or a comma list of addresses, subnets, loopback, linklocal, uniquelocal',
  )
  .transform((v): boolean | number | string =>
    v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v,
  );

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ODOO_URL: z.url({ protocol: /^https?$/ }).optional(),
  ODOO_DB: z.string().optional(),
  ODOO_USERNAME: z.string().optional(),
  ODOO_API_KEY: z.string().optional(),
  /**
   * `auto`: Odoo's version decides (version_info): JSON-2 on 19+, where
   * `/jsonrpc` is deprecated (to be removed in Odoo 22), JSON-RPC below.
   * `jsonrpc` or `json2` fixes it.
   */
  ODOO_PROTOCOL: z.enum(['auto', 'jsonrpc', 'json2']).default('auto'),
  /** How often the scheduled Odoo pull runs, in minutes (a divisor of 60 keeps it regular). */
  ODOO_PULL_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(59).default(5),
  /**
   * How far behind its cursor each incremental pull reads again, in seconds.
   * Odoo dates a write with its transaction's START (odoo/models.py `_write`,
   * `cr.now()`), so an import or cron running for minutes commits rows dated
   * in the past, behind a cursor that already moved on; the re-read finds
   * them, and costs nothing for records that did not change (the diff).
   */
  ODOO_PULL_LOOKBACK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
  /** Most ids one read of related or reconciled records names (`id in [...]`): no domain grows without bound. */
  ODOO_READ_CHUNK: z.coerce.number().int().min(1).max(10_000).default(200),
  /** How often the ids the hub holds are checked against Odoo's, to find deletions, in hours (a divisor of 24). */
  ODOO_RECONCILE_INTERVAL_HOURS: z.coerce.number().int().min(1).max(24).default(6),
  /** Tries of one push to Odoo before it fails for good (transient errors only; permanent ones fail at once). */
  OUTBOUND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /** The first retry of a push waits about this long, each next one twice as long (±50% jitter, at most an hour). */
  OUTBOUND_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),
  /**
   * After a create whose answer was lost (timeout, dropped connection, proxy error
   * page), the retry waits this long, past Odoo's own request time limit
   * (limit_time_real, 120 s by default), before it searches for the record again.
   */
  OUTBOUND_UNCERTAIN_RETRY_SECONDS: z.coerce.number().min(0).max(86_400).default(180),
  /**
   * How far Odoo's clock may lag the database's: after a create whose answer was
   * lost, a record with the hub's reference that Odoo dated earlier than the
   * hub's first try by more than this is taken for Odoo's own, never adopted.
   */
  ODOO_CLOCK_SKEW_SECONDS: z.coerce.number().min(0).max(86_400).default(300),
  /**
   * While Odoo is out of reach (pushes failed with refused, reset, timed-out
   * connections or a proxy's 502/503/504), pushes pause and Odoo is asked for
   * its version this often, in seconds; its first answer resumes them all at
   * once. 0: no circuit, each push retries with its own backoff.
   */
  ODOO_CIRCUIT_PROBE_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  /**
   * A worker checks at its start what the Odoo user may do (the check of
   * `npm run hub -- odoo:check`) for `syncStatus.odooConnection`. false: it does not.
   */
  ODOO_CHECK_AT_START: bool.default(true),
  /** Per call to Odoo, in ms. */
  ODOO_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(30000),
  /**
   * Who prices a pushed order's lines. `odoo`: lines carry product and quantity;
   * Odoo's pricelist, taxes and fiscal position price them. `webshop`: the shop's
   * priceUnit is sent (tax-included or not per ODOO_PRICES_INCLUDE_TAX).
   */
  ODOO_ORDER_PRICES: z.enum(['odoo', 'webshop']).default('odoo'),
  /** With ODOO_ORDER_PRICES=webshop: the shop's priceUnit includes the line's taxes. */
  ODOO_PRICES_INCLUDE_TAX: bool.default(false),
  /** Confirm pushed orders in Odoo (action_confirm, once) after the totals check. */
  ODOO_CONFIRM_ORDERS: bool.default(true),
  /** The Odoo company the hub works in: `allowed_company_ids` of every call, `company_id` of creates, pulls of its records only. */
  ODOO_COMPANY_ID: z.coerce.number().int().min(1).optional(),
  /**
   * The warehouses whose stock the hub pulls, by short code (stock.warehouse
   * `code`), comma-separated (e.g. WH,SF); unset: every warehouse of
   * ODOO_COMPANY_ID (of every company the API user works in, when that is unset).
   */
  ODOO_WAREHOUSES: z
    .string()
    .regex(/^[^,]*[^,\s][^,]*(,[^,]*[^,\s][^,]*)*$/, 'must be comma-separated warehouse codes, e.g. WH,SF')
    .transform((v) => [...new Set(v.split(',').map((code) => code.trim()))])
    .optional(),
  /** The context `lang` of every call (e.g. de_DE); unset: the API user's language. */
  ODOO_LANG: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?$/, 'must be an Odoo language code such as en_US or de_DE')
    .optional(),
  /**
   * The languages whose translated fields (translate=True: a product's name and
   * sales description, see src/odoo/pull/translated-fields.ts) are pulled beside
   * the connection's own, comma-separated Odoo codes (e.g. en_US,de_DE,fr_FR);
   * each costs one read per chunk of records. Unset: none (the connection's
   * language only, as before).
   */
  ODOO_LANGS: z
    .string()
    .regex(
      /^\s*[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?\s*(,\s*[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?\s*)*$/,
      'must be comma-separated Odoo language codes, e.g. en_US,de_DE',
    )
    .transform((v) => [...new Set(v.split(',').map((code) => code.trim()))])
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  /** Seconds between a webhook delivery's attempts (each gets ±10% jitter); "none": one attempt only. */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(
      /^(none|\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?){0,49})$/,
      'must be comma-separated seconds, e.g. 5,300,1800, or none',
    )
    .default('5,300,1800,7200,18000,36000,36000'),
  /** Per webhook attempt, in ms (connect, headers and the body we read). */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(15000),
  /** A webhook endpoint whose every attempt has failed for this long is deactivated. */
  WEBHOOK_DISABLE_AFTER_DAYS: z.coerce.number().positive().max(365).default(5),
  /** After rotateWebhookSecret, deliveries are signed with the old secret too for this long. */
  WEBHOOK_SECRET_OVERLAP_HOURS: z.coerce.number().min(0).max(720).default(24),
  /** Jobs one worker process runs at once (webhook deliveries mostly wait on the network). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(4),
  /** A worker silent for this long is taken for dead and its jobs are unlocked for others (it beats every quarter of it). */
  WORKER_STALE_AFTER_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is absent. */
  EMBEDDED_PG_DIR: z.string().min(1).default('./.data/postgres'),
  /** The embedded PostgreSQL's port; 0 picks a free one and records it in the data directory. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Largest `first` a connection accepts. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(500),
  /** How long a claimed change may stay unacknowledged before it is handed out again, in seconds. */
  CHANGE_LEASE_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
  /** Lifetime of the token `login` returns, in hours. */
  LOGIN_TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  /** Deepest GraphQL selection a request may have. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  /** Highest estimated cost of a GraphQL request (objects × page sizes; see graphql/query-cost.ts). */
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20000),
  /** Most tokens a GraphQL document may have; bulk data travels in variables, which this does not count. */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(20000),
  /** Most root fields (aliases included) one operation may select. */
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(1000).default(20),
  /**
   * Longest String or ID value an argument or variable may carry (JSON data is not counted):
   * the hub's strings are keys, names and addresses, and the ORM's time grows with a filter value's length.
   */
  MAX_STRING_LENGTH: z.coerce.number().int().min(256).default(10000),
  /** Most items a list without paging (a product's prices, a partner's children, an order's lines) returns per parent. */
  MAX_NESTED_LIST: z.coerce.number().int().min(1).max(10000).default(100),
  /**
   * A JSON manifest `{ "<id>": "<document>" }` of the storefronts' GraphQL documents,
   * as GraphQL Code Generator's client preset writes it with `persistedDocuments: true`
   * (persisted-documents.json); each id is `sha256:<hex>` (or the bare hex) of its document's text.
   * Requests name a document by that id instead of sending its text (docs/api.md "Persisted documents").
   */
  PERSISTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  /** true: only the manifest's documents run, except for admin tokens (a trusted-documents allowlist). */
  PERSISTED_DOCUMENTS_ONLY: bool.default(false),
  /**
   * Which query documents graphql-jit compiles into a reusable plan: `registered` (the
   * manifest's), `all` (any, in a bounded cache of plans) or `off` (graphql-js runs every one).
   */
  GRAPHQL_JIT: z.enum(['registered', 'all', 'off']).default('registered'),
  /** true: /metrics answers without a token (a scraper on a private network); false: it needs metrics:read. */
  METRICS_PUBLIC: bool.default(false),
  /**
   * OpenTelemetry's own variables (docs/tracing.md). Tracing is off unless
   * OTEL_TRACES_EXPORTER names an exporter: the hub then starts no SDK at all.
   * (OpenTelemetry's default exporter is `otlp`; the hub's is `none`, so that a
   * hub never sends spans to a collector nobody asked for.)
   */
  OTEL_SDK_DISABLED: bool.default(false),
  OTEL_TRACES_EXPORTER: z.enum(['none', 'console', 'otlp']).default('none'),
  OTEL_SERVICE_NAME: z.string().min(1).default('odoo-sync-hub'),
  /** The collector's base URL: spans go to `<endpoint>/v1/traces` (OTLP over HTTP, protobuf). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** The full traces URL; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** `key=value,key2=value2`, sent with every export (a collector's API key). */
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  /** graphql-ws sockets one token may hold open at once, on each hub instance. */
  WS_MAX_SOCKETS_PER_TOKEN: z.coerce.number().int().min(1).max(10000).default(20),
  /** Operations (subscriptions, and queries or mutations in flight) one graphql-ws socket may run at once. */
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(10000).default(100),
  /**
   * Where storefronts reach the hub's /media/… (e.g. `https://hub.example.com`):
   * `Product.imageUrl` is absolute under it; unset, it is a path on the hub.
   */
  MEDIA_BASE_URL: z
    .string()
    .url()
    .refine((v) => /^https?:/.test(v), 'must be an http(s) URL')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /** Largest product picture the hub stores and serves, in megabytes (larger: 502 naming the size). */
  MEDIA_MAX_IMAGE_MB: z.coerce.number().positive().max(100).default(10),
  /** Largest request body, in megabytes; larger requests get 413. */
  REQUEST_BODY_LIMIT_MB: z.coerce.number().positive().max(100).default(5),
  /** Which proxies' X-Forwarded-For to believe for the client address (per-IP limits, logs); see trustProxy. */
  TRUST_PROXY: trustProxy.default(false),
  /** Failed logins in a row for one e-mail (known or not) before each further attempt waits (1, 2, 4… s). */
  LOGIN_EMAIL_FREE_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** The first wait after the free failures, in seconds; each further failure doubles it. */
  LOGIN_EMAIL_FIRST_WAIT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1),
  /** The longest wait between failed logins for one e-mail, in seconds. */
  LOGIN_EMAIL_MAX_WAIT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Failed logins one client address may have in LOGIN_IP_WINDOW_MINUTES. */
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000_000).default(30),
  LOGIN_IP_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Failed logins all clients together may have per minute (bounds the CPU password checks can take). */
  LOGIN_GLOBAL_MAX_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** registerUser calls one client address may make in REGISTER_IP_WINDOW_MINUTES. */
  REGISTER_IP_MAX: z.coerce.number().int().min(1).max(1_000_000).default(10),
  REGISTER_IP_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /** Print the first start's admin token to stdout even when stdout is not a terminal. */
  HUB_PRINT_BOOTSTRAP_TOKEN: bool.default(false),
  /** Where the first start's admin token is written (mode 0600) when it is not printed. */
  BOOTSTRAP_TOKEN_FILE: z.string().min(1).default('./.data/bootstrap-admin-token'),
  /** The operator's console as `npm run build` writes it (index.html and assets/), served at /admin. */
  CONSOLE_DIR: z.string().min(1).default('./dist/console'),
  /** Without SMTP_URL, each e-mail is written to a file here (mode 0600) instead of being sent. */
  MAIL_DIR: z.string().min(1).default('./.data/mail'),
  /** How often the tokens of open graphql-ws sockets are checked again (revoked, expired, parent revoked). */
  WS_AUTH_RECHECK_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
  /**
   * How long a verified API token is trusted in process before the database is
   * asked again; revocations reach every instance at once (NOTIFY). 0: no cache.
   */
  AUTH_TOKEN_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** Sender of the hub's e-mails. */
  MAIL_FROM: z.string().min(3).default('odoo-sync-hub <no-reply@localhost>'),
  /** false: no ApiLog rows at all (the baseline of the overhead benchmark). */
  API_LOG_ENABLED: bool.default(true),
  /** ApiLog rows older than this are pruned by the prune_api_log job. */
  API_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often buffered ApiLog rows are written, in ms. */
  API_LOG_FLUSH_MS: z.coerce.number().int().min(10).max(60000).default(1000),
  /** Rows per ApiLog INSERT; a full buffer is written without waiting for the timer. */
  API_LOG_BATCH_SIZE: z.coerce.number().int().min(1).max(10000).default(500),
  /** How long shutdown may take before the process gives up waiting, in ms. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
});

export type Role = 'api' | 'worker' | 'all';

export interface Config {
  databaseUrl: string | undefined;
  host: string;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  odoo: {
    url: string | undefined;
    db: string | undefined;
    username: string | undefined;
    apiKey: string | undefined;
    protocol: 'auto' | 'jsonrpc' | 'json2';
    timeoutMs: number;
    pullIntervalMinutes: number;
    pullLookbackSeconds: number;
    readChunk: number;
    reconcileIntervalHours: number;
    maxPushAttempts: number;
    pushRetryBaseMs: number;
    uncertainRetryMs: number;
    clockSkewMs: number;
    circuitProbeMs: number;
    checkAtStart: boolean;
    orderPrices: 'odoo' | 'webshop';
    pricesIncludeTax: boolean;
    confirmOrders: boolean;
    companyId: number | undefined;
    lang: string | undefined;
    /** ODOO_LANGS: the languages `Product.localized` answers in; unset: none besides the connection's. */
    langs: string[] | undefined;
    warehouses: string[] | undefined;
  };
  smtpUrl: string | undefined;
  webhookAllowPrivate: boolean;
  webhooks: { retryScheduleMs: number[]; timeoutMs: number; disableAfterMs: number; secretOverlapMs: number };
  workerConcurrency: number;
  workerStaleAfterMs: number;
  embeddedPg: { dir: string; port: number };
  maxPageSize: number;
  changeLeaseMs: number;
  loginTokenTtlHours: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  maxQueryTokens: number;
  maxRootFields: number;
  maxNestedList: number;
  maxStringLength: number;
  /** PERSISTED_DOCUMENTS_FILE and PERSISTED_DOCUMENTS_ONLY. */
  persistedDocuments: { file: string | undefined; only: boolean };
  /** GRAPHQL_JIT. */
  graphqlJit: 'registered' | 'all' | 'off';
  metricsPublic: boolean;
  ws: { maxSocketsPerToken: number; maxSubscriptionsPerSocket: number };
  requestBodyLimitMb: number;
  /** Product pictures (docs/media.md): the base of their URLs, and the largest one served. */
  media: { baseUrl: string | null; maxBytes: number };
  mailFrom: string;
  /** CONSOLE_DIR: the built console (docs/console.md). */
  consoleDir: string;
  mailDir: string;
  trustProxy: boolean | number | string;
  rateLimits: RateLimits;
  bootstrapToken: { print: boolean; file: string };
  wsAuthRecheckMs: number;
  /** AUTH_TOKEN_CACHE_SECONDS in ms; 0: every request looks its token up. */
  authTokenCacheMs: number;
  apiLog: { enabled: boolean; retentionDays: number; flushMs: number; batchSize: number };
  /** OpenTelemetry traces (src/observability/tracing.ts); exporter `none`: no SDK, no spans. */
  tracing: TracingConfig;
  shutdownTimeoutMs: number;
  role: Role;
}

export interface TracingConfig {
  exporter: 'none' | 'console' | 'otlp';
  serviceName: string;
  /** Where OTLP spans go (the full /v1/traces URL); undefined: the collector on localhost:4318. */
  otlpUrl: string | undefined;
  otlpHeaders: Record<string, string>;
}

/** OTEL_EXPORTER_OTLP_HEADERS: `k=v,k2=v2`, values URL-encoded as the specification says. */
function otlpHeaders(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    headers[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}

/** A fixed window: at most `max` in `windowSeconds`. */
export interface WindowLimit {
  max: number;
  windowSeconds: number;
}

/** The limits on logins and registrations (modules/rate-limit/login-limits.ts), shared by all instances through the database. */
export interface RateLimits {
  loginEmail: { freeFailures: number; firstWaitSeconds: number; maxWaitSeconds: number };
  loginIp: WindowLimit;
  loginGlobal: WindowLimit;
  registerIp: WindowLimit;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset, as in most deployment tools' env files. */
function cleanEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, role: Role = 'all'): Config {
  const parsed = EnvSchema.safeParse(cleanEnv(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.PERSISTED_DOCUMENTS_ONLY && !e.PERSISTED_DOCUMENTS_FILE) {
    throw new ConfigError(
      'Invalid configuration:\n  PERSISTED_DOCUMENTS_ONLY: true needs PERSISTED_DOCUMENTS_FILE (the documents that may run)',
    );
  }
  return {
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    odoo: {
      url: e.ODOO_URL,
      db: e.ODOO_DB,
      username: e.ODOO_USERNAME,
      apiKey: e.ODOO_API_KEY,
      protocol: e.ODOO_PROTOCOL,
      timeoutMs: e.ODOO_TIMEOUT_MS,
      pullIntervalMinutes: e.ODOO_PULL_INTERVAL_MINUTES,
      pullLookbackSeconds: e.ODOO_PULL_LOOKBACK_SECONDS,
      readChunk: e.ODOO_READ_CHUNK,
      reconcileIntervalHours: e.ODOO_RECONCILE_INTERVAL_HOURS,
      maxPushAttempts: e.OUTBOUND_MAX_ATTEMPTS,
      pushRetryBaseMs: e.OUTBOUND_RETRY_BASE_MS,
      uncertainRetryMs: e.OUTBOUND_UNCERTAIN_RETRY_SECONDS * 1000,
      clockSkewMs: e.ODOO_CLOCK_SKEW_SECONDS * 1000,
      circuitProbeMs: Math.round(e.ODOO_CIRCUIT_PROBE_SECONDS * 1000),
      checkAtStart: e.ODOO_CHECK_AT_START,
      orderPrices: e.ODOO_ORDER_PRICES,
      pricesIncludeTax: e.ODOO_PRICES_INCLUDE_TAX,
      confirmOrders: e.ODOO_CONFIRM_ORDERS,
      companyId: e.ODOO_COMPANY_ID,
      lang: e.ODOO_LANG,
      langs: e.ODOO_LANGS,
      warehouses: e.ODOO_WAREHOUSES,
    },
    smtpUrl: e.SMTP_URL,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    webhooks: {
      retryScheduleMs:
        e.WEBHOOK_RETRY_SCHEDULE === 'none' ? [] : e.WEBHOOK_RETRY_SCHEDULE.split(',').map((s) => Number(s) * 1000),
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      disableAfterMs: e.WEBHOOK_DISABLE_AFTER_DAYS * 86_400_000,
      secretOverlapMs: e.WEBHOOK_SECRET_OVERLAP_HOURS * 3_600_000,
    },
    workerConcurrency: e.WORKER_CONCURRENCY,
    workerStaleAfterMs: e.WORKER_STALE_AFTER_SECONDS * 1000,
    embeddedPg: { dir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT },
    maxPageSize: e.MAX_PAGE_SIZE,
    changeLeaseMs: e.CHANGE_LEASE_SECONDS * 1000,
    loginTokenTtlHours: e.LOGIN_TOKEN_TTL_HOURS,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    maxQueryTokens: e.MAX_QUERY_TOKENS,
    maxRootFields: e.MAX_ROOT_FIELDS,
    maxNestedList: e.MAX_NESTED_LIST,
    maxStringLength: e.MAX_STRING_LENGTH,
    persistedDocuments: { file: e.PERSISTED_DOCUMENTS_FILE, only: e.PERSISTED_DOCUMENTS_ONLY },
    graphqlJit: e.GRAPHQL_JIT,
    metricsPublic: e.METRICS_PUBLIC,
    ws: {
      maxSocketsPerToken: e.WS_MAX_SOCKETS_PER_TOKEN,
      maxSubscriptionsPerSocket: e.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
    },
    requestBodyLimitMb: e.REQUEST_BODY_LIMIT_MB,
    media: { baseUrl: e.MEDIA_BASE_URL ?? null, maxBytes: Math.round(e.MEDIA_MAX_IMAGE_MB * 1024 * 1024) },
    mailFrom: e.MAIL_FROM,
    consoleDir: e.CONSOLE_DIR,
    mailDir: e.MAIL_DIR,
    trustProxy: e.TRUST_PROXY,
    rateLimits: {
      loginEmail: {
        freeFailures: e.LOGIN_EMAIL_FREE_FAILURES,
        firstWaitSeconds: e.LOGIN_EMAIL_FIRST_WAIT_SECONDS,
        maxWaitSeconds: e.LOGIN_EMAIL_MAX_WAIT_SECONDS,
      },
      loginIp: { max: e.LOGIN_IP_MAX_FAILURES, windowSeconds: e.LOGIN_IP_WINDOW_MINUTES * 60 },
      loginGlobal: { max: e.LOGIN_GLOBAL_MAX_FAILURES_PER_MINUTE, windowSeconds: 60 },
      registerIp: { max: e.REGISTER_IP_MAX, windowSeconds: e.REGISTER_IP_WINDOW_MINUTES * 60 },
    },
    bootstrapToken: { print: e.HUB_PRINT_BOOTSTRAP_TOKEN, file: e.BOOTSTRAP_TOKEN_FILE },
    wsAuthRecheckMs: Math.round(e.WS_AUTH_RECHECK_SECONDS * 1000),
    authTokenCacheMs: Math.round(e.AUTH_TOKEN_CACHE_SECONDS * 1000),
    apiLog: {
      enabled: e.API_LOG_ENABLED,
      retentionDays: e.API_LOG_RETENTION_DAYS,
      flushMs: e.API_LOG_FLUSH_MS,
      batchSize: e.API_LOG_BATCH_SIZE,
    },
    tracing: {
      exporter: e.OTEL_SDK_DISABLED ? 'none' : e.OTEL_TRACES_EXPORTER,
      serviceName: e.OTEL_SERVICE_NAME,
      otlpUrl:
        e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
        (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined),
      otlpHeaders: otlpHeaders(e.OTEL_EXPORTER_OTLP_HEADERS),
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    role,
  };
}
