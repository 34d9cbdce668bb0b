/**
 * Trouble on demand. Transport faults (hang, HTML 502, dropped socket) hit the
 * next HTTP requests whatever they are, as a proxy or network in front of Odoo
 * would; `failNext` makes the next model calls (execute_kw, execute, JSON-2)
 * raise an exception inside Odoo, rendered as the protocol renders it.
 */

export type TransportFault = 'hang' | 'html502' | 'drop';

/** Which model calls a fault is for; an empty match is every model call. */
export interface CallMatch {
  model?: string;
  method?: string;
}

export interface InjectedFailure {
  /** Dotted Python name, e.g. `odoo.exceptions.ValidationError`, `psycopg2.errors.SerializationFailure`. */
  name: string;
  message: string;
  match: CallMatch;
}

const matches = (match: CallMatch, call: CallMatch): boolean =>
  (match.model === undefined || match.model === call.model) &&
  (match.method === undefined || match.method === call.method);

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
  private transport: TransportFault[] = [];
  private delayMs = 0;
  private holds: { match: CallMatch; reached: () => void }[] = [];

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
    return new Promise((reached) => this.holds.push({ match, reached }));
  }

  /** Delays every answer by `ms` (0: no delay). */
  latency(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  /** The next `n` requests are accepted and never answered (until the simulator closes). */
  hangNext(n: number): void {
    this.queue('hang', n);
  }

  /** The next `n` requests get an nginx "502 Bad Gateway" HTML page. */
  html502Next(n: number): void {
    this.queue('html502', n);
  }

  /** The next `n` requests see their connection destroyed without a response. */
  dropNext(n: number): void {
    this.queue('drop', n);
  }

  /** Clears every pending fault and the latency. */
  reset(): void {
    this.failures = [];
    this.transport = [];
    this.delayMs = 0;
    this.holds = [];
  }

  get latencyMs(): number {
    return this.delayMs;
  }

  takeTransportFault(): TransportFault | null {
    return this.transport.shift() ?? null;
  }

  takeFailure(call: CallMatch = {}): InjectedFailure | null {
    const at = this.failures.findIndex((f) => matches(f.match, call));
    return at < 0 ? null : this.failures.splice(at, 1)[0]!;
  }

  /** Whether the answer to this call, which has run, is to be held back (and tells the waiting test). */
  takeHold(call: CallMatch): boolean {
    const at = this.holds.findIndex((h) => matches(h.match, call));
    if (at < 0) return false;
    this.holds.splice(at, 1)[0]!.reached();
    return true;
  }

  private queue(fault: TransportFault, n: number): void {
    for (let i = 0; i < n; i++) this.transport.push(fault);
  }
}
