/**
 * Trouble on demand. Transport faults (hang, HTML 502, other error pages,
 * dropped socket) hit the next HTTP requests whatever they are, as a proxy or
 * network in front of Odoo would, or every request during an outage; `failNext` makes the next model calls
 * (execute_kw, execute, JSON-2) raise an exception inside Odoo, rendered as
 * the protocol renders it.
 */

/** A non-JSON error page with any status, as a load balancer or proxy in front of Odoo answers. */
export interface StatusPage {
  status: number;
  contentType: string;
  body: string;
}

export type TransportFault = 'hang' | 'html502' | 'drop' | StatusPage;

export interface TransportFaultOptions {
  /**
   * Requests to let through first (counted after the faults already queued),
   * e.g. the pages a pull reads before Odoo goes away in the middle of it.
   */
  after?: number;
}

/** Which model calls a fault is for; an empty match is every model call. */
export interface CallMatch {
  model?: string;
  method?: string;
  /** Only a call whose first argument lists at least this many records (a create of several: `vals_list`). */
  minRecords?: number;
}

/** What a call is matched on: its model and method, and its arguments for `minRecords`. */
type MatchedCall = { model?: string; method?: string; args?: unknown[] };

export interface InjectedFailure {
  /** Dotted Python name, e.g. `odoo.exceptions.ValidationError`, `psycopg2.errors.SerializationFailure`. */
  name: string;
  message: string;
  match: CallMatch;
}

const matches = (match: CallMatch, call: MatchedCall): boolean =>
  (match.model === undefined || match.model === call.model) &&
  (match.method === undefined || match.method === call.method) &&
  (match.minRecords === undefined ||
    (Array.isArray(call.args?.[0]) && (call.args[0] as unknown[]).length >= match.minRecords));

/** Messages PostgreSQL and Odoo really give, for the names clients branch on. */
const DEFAULT_MESSAGES: Record<string, string> = {
  'psycopg2.errors.SerializationFailure': 'could not serialize access due to concurrent update\n',
  'psycopg2.errors.DeadlockDetected': 'deadlock detected\n',
  'psycopg2.errors.LockNotAvailable': 'could not obtain lock on row in relation "res_partner"\n',
  'odoo.exceptions.AccessDenied': 'Access Denied',
  'odoo.exceptions.MissingError': 'Record does not exist or has been deleted.',
};

export class Faults {
  private failures: InjectedFailure[] = [];
  /** One entry per coming request; `pass` lets one through. */
  private transport: (TransportFault | 'pass')[] = [];
  private delayMs = 0;
  private holds: { match: CallMatch; reached: () => void; then: 'hold' | 'drop' }[] = [];
  private down: TransportFault | null = null;

  /**
   * The next `n` model calls (those matching `match`, e.g. `{ model: 'sale.order',
   * method: 'create' }`) fail with this exception (any dotted Python name).
   */
  failNext(n: number, exceptionName: string, message?: string, match: CallMatch = {}): void {
    const short = exceptionName.split('.').at(-1);
    const text = message ?? DEFAULT_MESSAGES[exceptionName] ?? `${short} raised by the Odoo simulator`;
    for (let i = 0; i < n; i++) this.failures.push({ name: exceptionName, message: text, match });
  }

  /**
   * The next model call matching `match` runs (and commits) but its answer is
   * never sent, as when the client dies right after Odoo's commit. Resolves
   * once that call has run.
   */
  holdAnswerOfNext(match: CallMatch): Promise<void> {
    return new Promise((reached) => this.holds.push({ match, reached, then: 'hold' }));
  }

  /**
   * The next model call matching `match` runs (and commits), then its
   * connection is reset instead of answered, as when a proxy or the network
   * drops it after Odoo's commit. Resolves once that call has run.
   */
  dropAnswerOfNext(match: CallMatch): Promise<void> {
    return new Promise((reached) => this.holds.push({ match, reached, then: 'drop' }));
  }

  /**
   * Odoo goes down behind its proxy: every request gets `fault` (by default
   * nginx's 502 page; `hang`, `drop` or a status page too) until endOutage().
   * For a host that is gone altogether (connection refused), see
   * OdooSimulator.goOffline.
   */
  startOutage(fault: TransportFault = 'html502'): void {
    this.down = fault;
  }

  endOutage(): void {
    this.down = null;
  }

  /** Delays every answer by `ms` (0: no delay). */
  latency(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  /** The next `n` requests are accepted and never answered (until the simulator closes). */
  hangNext(n: number, options: TransportFaultOptions = {}): void {
    this.queue('hang', n, options);
  }

  /** The next `n` requests get an nginx "502 Bad Gateway" HTML page. */
  html502Next(n: number, options: TransportFaultOptions = {}): void {
    this.queue('html502', n, options);
  }

  /** The next `n` requests see their connection destroyed without a response. */
  dropNext(n: number, options: TransportFaultOptions = {}): void {
    this.queue('drop', n, options);
  }

  /**
   * The next `n` requests get this status with a body that is not JSON (by
   * default `text/plain`), e.g. a load balancer's 503 or a proxy's 429.
   */
  statusPageNext(
    n: number,
    status: number,
    options: TransportFaultOptions & { contentType?: string; body?: string } = {},
  ): void {
    const page: StatusPage = {
      status,
      contentType: options.contentType ?? 'text/plain; charset=utf-8',
      body: options.body ?? `${status} error from the simulated proxy\n`,
    };
    this.queue(page, n, options);
  }

  /** Clears every pending fault and the latency. */
  reset(): void {
    this.failures = [];
    this.transport = [];
    this.delayMs = 0;
    this.holds = [];
    this.down = null;
  }

  get latencyMs(): number {
    return this.delayMs;
  }

  takeTransportFault(): TransportFault | null {
    if (this.down) return this.down;
    const next = this.transport.shift();
    return next === undefined || next === 'pass' ? null : next;
  }

  takeFailure(call: MatchedCall = {}): InjectedFailure | null {
    const at = this.failures.findIndex((f) => matches(f.match, call));
    return at < 0 ? null : this.failures.splice(at, 1)[0]!;
  }

  /** Whether the answer to this call, which has run, is to be held back or dropped (and tells the waiting test). */
  takeHold(call: MatchedCall): 'hold' | 'drop' | null {
    const at = this.holds.findIndex((h) => matches(h.match, call));
    if (at < 0) return null;
    const hold = this.holds.splice(at, 1)[0]!;
    hold.reached();
    return hold.then;
  }

  private queue(fault: TransportFault, n: number, options: TransportFaultOptions): void {
    for (let i = 0; i < (options.after ?? 0); i++) this.transport.push('pass');
    for (let i = 0; i < n; i++) this.transport.push(fault);
  }
}
