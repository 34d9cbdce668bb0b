import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one app instance. A registry per instance (not the
 * global one) so tests can boot several apps in one process.
 */
/**
 * Every scrypt run (password hashing and checks), for Prometheus and for the
 * tests that count them. Process-wide (the hash code has no Metrics instance
 * at hand); each Metrics registry registers it.
 */
export const passwordHashRuns = new Counter({
  name: 'password_hash_runs_total',
  help: 'scrypt runs (password hashing and checks) in this process.',
  registers: [],
});

/** What the scrape-time gauges show of the state every instance shares (read from the database, see watchHubState). */
export interface HubStateSample {
  /** Outbound queue rows not yet completed (failed: with an open SyncFailure), by status: how many, and the oldest's age in seconds. */
  queue: { status: string; items: number; oldestSeconds: number }[];
  /** Per pulled entity type: now − the newest write_date the pull has ingested, in seconds. */
  pullLag: { entityType: string; seconds: number }[];
  /** Per pulled entity type: seconds since a pull last finished. */
  pullAge: { entityType: string; seconds: number }[];
  /** Open sync failures by source. */
  openFailures: { source: string; count: number }[];
  /** Webhook endpoints the hub turned off (every attempt failed for too long, or 410 Gone). */
  disabledEndpoints: number;
  /** Per graphile-worker worker id: seconds since its last heartbeat. */
  heartbeats: { worker: string; seconds: number }[];
}

/** Buckets of latencies that run from milliseconds (a healthy push) to an hour (a push retried with backoff). */
const LAG_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

/** How long one read of the shared state serves the scrapes: several instances, one database. */
export const HUB_STATE_CACHE_MS = 1500;

/** What the circuit gauges show of one Odoo connection's circuit. */
export interface CircuitSample {
  connection: string;
  state: string;
  pausedItems: number;
}

const EMPTY_STATE: HubStateSample = {
  queue: [],
  pullLag: [],
  pullAge: [],
  openFailures: [],
  disabledEndpoints: 0,
  heartbeats: [],
};

export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests served, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency in seconds, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations executed, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation latency in seconds, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlExecutions = new Counter({
    name: 'graphql_executions_total',
    help: 'GraphQL operations over HTTP executed, by engine: a graphql-jit plan (GRAPHQL_JIT) or graphql-js.',
    labelNames: ['engine'] as const,
    registers: [this.registry],
  });

  readonly graphqlJitCompilations = new Counter({
    name: 'graphql_jit_compilations_total',
    help: 'Operations graphql-jit compiled into a plan (each is reused for every later request of it).',
    registers: [this.registry],
  });

  readonly apiLogFlushFailures = new Counter({
    name: 'api_log_flush_failures_total',
    help: 'ApiLog batches that could not be written (kept and retried).',
    registers: [this.registry],
  });

  readonly apiLogDropped = new Counter({
    name: 'api_log_rows_dropped_total',
    help: 'ApiLog rows given up: overflow (buffer full while the database was away), rejected (bad data), stopped.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  /** Where the circuit gauges are read at each scrape (the app wires the database in); none: no samples. */
  private circuits: (() => Promise<CircuitSample[]>) | null = null;
  /** One read per scrape: prom-client collects the metrics of a scrape concurrently. */
  private reading: Promise<CircuitSample[]> | null = null;

  readonly odooCircuitOpen = new Gauge({
    name: 'odoo_circuit_open',
    help: 'Whether the circuit of an Odoo connection is open (1: Odoo out of reach, pushes paused) or closed (0).',
    labelNames: ['connection'] as const,
    registers: [this.registry],
    collect: async () => {
      this.odooCircuitOpen.reset();
      for (const row of await this.readCircuits()) {
        this.odooCircuitOpen.set({ connection: row.connection }, row.state === 'open' ? 1 : 0);
      }
    },
  });

  readonly outboundPaused = new Gauge({
    name: 'outbound_queue_paused_items',
    help: 'Pushes to Odoo paused by an open circuit, waiting for Odoo to answer again.',
    labelNames: ['connection'] as const,
    registers: [this.registry],
    collect: async () => {
      this.outboundPaused.reset();
      for (const row of await this.readCircuits())
        this.outboundPaused.set({ connection: row.connection }, row.pausedItems);
    },
  });

  /** Where the shared state is read (the app wires the database in); none: no samples. */
  private hubState: (() => Promise<HubStateSample>) | null = null;
  private hubStateRead: { at: number; sample: Promise<HubStateSample> } | null = null;

  readonly outboundQueueItems = new Gauge({
    name: 'odoo_sync_hub_outbound_queue_items',
    help: 'Pushes to Odoo not yet completed, by status: pending, processing, failed (for good, its SyncFailure still open).',
    labelNames: ['status'] as const,
    registers: [this.registry],
    collect: async () => {
      const { queue } = await this.readHubState();
      this.outboundQueueItems.reset();
      for (const row of queue) this.outboundQueueItems.set({ status: row.status }, row.items);
    },
  });

  readonly outboundQueueAge = new Gauge({
    name: 'odoo_sync_hub_outbound_queue_oldest_age_seconds',
    help: 'Age of the oldest not-completed push to Odoo, by status: how long the queue has been holding it.',
    labelNames: ['status'] as const,
    registers: [this.registry],
    collect: async () => {
      const { queue } = await this.readHubState();
      this.outboundQueueAge.reset();
      for (const row of queue) this.outboundQueueAge.set({ status: row.status }, row.oldestSeconds);
    },
  });

  readonly pullLag = new Gauge({
    name: 'odoo_sync_hub_pull_lag_seconds',
    help: 'Now minus the newest Odoo write_date the pull has ingested, per entity type (large: the pull is behind or stopped).',
    labelNames: ['entity_type'] as const,
    registers: [this.registry],
    collect: async () => {
      const { pullLag } = await this.readHubState();
      this.pullLag.reset();
      for (const row of pullLag) this.pullLag.set({ entity_type: row.entityType }, row.seconds);
    },
  });

  readonly pullAge = new Gauge({
    name: 'odoo_sync_hub_pull_age_seconds',
    help: 'Seconds since a pull of the entity type last finished (grows when pulls stop, even if Odoo changes nothing).',
    labelNames: ['entity_type'] as const,
    registers: [this.registry],
    collect: async () => {
      const { pullAge } = await this.readHubState();
      this.pullAge.reset();
      for (const row of pullAge) this.pullAge.set({ entity_type: row.entityType }, row.seconds);
    },
  });

  readonly openFailures = new Gauge({
    name: 'odoo_sync_hub_sync_failures_open',
    help: 'Open sync failures (waiting for an operator to retry or resolve), by source.',
    labelNames: ['source'] as const,
    registers: [this.registry],
    collect: async () => {
      const { openFailures } = await this.readHubState();
      this.openFailures.reset();
      for (const row of openFailures) this.openFailures.set({ source: row.source }, row.count);
    },
  });

  readonly disabledEndpoints: Gauge = new Gauge({
    name: 'odoo_sync_hub_webhook_endpoints_disabled',
    help: 'Webhook endpoints turned off after failing (WEBHOOK_DISABLE_AFTER_DAYS, or 410 Gone).',
    registers: [this.registry],
    collect: async () => {
      this.disabledEndpoints.set((await this.readHubState()).disabledEndpoints);
    },
  });

  readonly workerHeartbeatAge = new Gauge({
    name: 'odoo_sync_hub_worker_heartbeat_age_seconds',
    help: 'Seconds since each graphile-worker worker last beat (WORKER_STALE_AFTER_SECONDS: its jobs are freed).',
    labelNames: ['worker'] as const,
    registers: [this.registry],
    collect: async () => {
      const { heartbeats } = await this.readHubState();
      this.workerHeartbeatAge.reset();
      for (const row of heartbeats) this.workerHeartbeatAge.set({ worker: row.worker }, row.seconds);
    },
  });

  readonly pushLatency = new Histogram({
    name: 'odoo_sync_hub_push_latency_seconds',
    help: 'From the commit that queued a push to Odoo acknowledging it (outbound_queue created_at to completion), by entity type.',
    labelNames: ['entity_type'] as const,
    buckets: LAG_BUCKETS,
    registers: [this.registry],
  });

  readonly pushes = new Counter({
    name: 'odoo_sync_hub_pushes_total',
    help: 'Push attempts to Odoo by entity type and outcome: completed, retrying, failed (for good), paused (circuit open).',
    labelNames: ['entity_type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly odooCallDuration = new Histogram({
    name: 'odoo_sync_hub_odoo_call_duration_seconds',
    help: 'Latency of calls to Odoo by model and method (errors included).',
    labelNames: ['model', 'method'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  readonly odooCallErrors = new Counter({
    name: 'odoo_sync_hub_odoo_call_errors_total',
    help: 'Calls to Odoo that failed, by model, method and kind (transient: may pass on retry; permanent).',
    labelNames: ['model', 'method', 'kind'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'odoo_sync_hub_webhook_deliveries_total',
    help: 'Webhook delivery attempts by endpoint (webhook config id) and outcome: delivered, retrying, failed, disabled.',
    labelNames: ['endpoint', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveryLag = new Histogram({
    name: 'odoo_sync_hub_webhook_delivery_lag_seconds',
    help: 'From the commit that created a webhook delivery to the endpoint accepting it, by endpoint (webhook config id).',
    labelNames: ['endpoint'] as const,
    buckets: LAG_BUCKETS,
    registers: [this.registry],
  });

  /** Where the live subscription counts are read (the app wires the pubsub in). */
  private subscriptions: (() => Record<string, number>) | null = null;

  readonly liveSubscriptions = new Gauge({
    name: 'odoo_sync_hub_live_subscriptions',
    help: 'Live GraphQL subscriptions on this instance, by topic.',
    labelNames: ['topic'] as const,
    registers: [this.registry],
    collect: () => {
      this.liveSubscriptions.reset();
      for (const [topic, count] of Object.entries(this.subscriptions?.() ?? {}))
        this.liveSubscriptions.set({ topic }, count);
    },
  });

  readonly eventFanOutLatency = new Histogram({
    name: 'odoo_sync_hub_event_fanout_latency_seconds',
    help: "From the NOTIFY of a committed event (its publishing instance's clock) to its delivery to a subscriber on this instance.",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** One Odoo call, from OdooClient.call: its latency, and its error when it failed. */
  readonly observeOdooCall = (model: string, method: string, seconds: number, errorKind: string | null): void => {
    this.odooCallDuration.observe({ model, method }, seconds);
    if (errorKind) this.odooCallErrors.inc({ model, method, kind: errorKind });
  };

  /** Reads the state every instance shares at scrape time, at most once per HUB_STATE_CACHE_MS. */
  watchHubState(read: () => Promise<HubStateSample>): void {
    this.hubState = read;
  }

  /** Counts this instance's live subscriptions at each scrape. */
  watchSubscriptions(count: () => Record<string, number>): void {
    this.subscriptions = count;
  }

  readonly hubStateReadFailures = new Counter({
    name: 'odoo_sync_hub_state_read_failures_total',
    help: 'Scrapes whose read of the shared state (queue, pulls, failures, endpoints, heartbeats) failed: those gauges were left out.',
    registers: [this.registry],
  });

  /**
   * The shared state, read at most once per HUB_STATE_CACHE_MS. A failed read
   * (the database away) leaves its gauges out of that scrape and is counted,
   * rather than failing the whole scrape: the process metrics still say what
   * this instance is doing. It is not kept: the next scrape asks again.
   */
  private readHubState(): Promise<HubStateSample> {
    if (!this.hubState) return Promise.resolve(EMPTY_STATE);
    const now = Date.now();
    if (!this.hubStateRead || now - this.hubStateRead.at > HUB_STATE_CACHE_MS) {
      const read = { at: now, sample: Promise.resolve(EMPTY_STATE) };
      read.sample = this.hubState().catch(() => {
        this.hubStateReadFailures.inc();
        if (this.hubStateRead === read) this.hubStateRead = null;
        return EMPTY_STATE;
      });
      this.hubStateRead = read;
    }
    return this.hubStateRead.sample;
  }

  /** Reads the circuits (shared by every instance, in the database) at each scrape. */
  watchOdooCircuits(read: () => Promise<CircuitSample[]>): void {
    this.circuits = read;
  }

  private readCircuits(): Promise<CircuitSample[]> {
    if (!this.circuits) return Promise.resolve([]);
    return (this.reading ??= this.circuits().finally(() => (this.reading = null)));
  }

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Counted where scrypt runs (one counter per process, whichever app asked).
    this.registry.registerMetric(passwordHashRuns);
  }
}
