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

/** What the circuit gauges show of one Odoo connection's circuit. */
export interface CircuitSample {
  connection: string;
  state: string;
  pausedItems: number;
}

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
