import { NotFoundError } from '@mikro-orm/core';
import { DomainError } from '../domain/errors.js';
/**
 * Glossary of src/odoo. *Transport*: how calls reach Odoo (JSON-RPC for 16–19,
 * JSON-2 for 19+). *Raw* values are Odoo's (`false` for empty, many2one as
 * `[id, name]`, naive UTC datetimes); they stop at this folder: mappers turn
 * raw records into the hub's ingest inputs. A *transient* error may pass if the
 * call is tried again (network, timeouts, 5xx, lock and serialization
 * conflicts); a *permanent* one will not (validation, access, missing records,
 * unknown models or fields). A *connection failure* is a transient error that
 * says Odoo itself is out of reach (refused, reset, timed out, DNS, a proxy's
 * 502/503/504), not that this call was wrong: it opens the *circuit*
 * (odoo-circuit.ts), which pauses every push until a *probe* gets an answer.
 */

export type OdooErrorKind = 'transient' | 'permanent';

/** Exception names (Odoo's `data.name`) that a later try can get past. */
const TRANSIENT_NAMES = [
  'odoo.exceptions.ConcurrencyError',
  'odoo.exceptions.LockError',
  'odoo.addons.base.models.ir_cron.LockError',
  'psycopg2.errors.SerializationFailure',
  'psycopg2.errors.DeadlockDetected',
  'psycopg2.errors.LockNotAvailable',
  'psycopg2.extensions.TransactionRollbackError',
  'psycopg2.OperationalError',
  'psycopg.errors.SerializationFailure',
  'psycopg.errors.DeadlockDetected',
  'psycopg.errors.LockNotAvailable',
];

const TRANSIENT_MESSAGE = /could not serialize access|concurrent update|deadlock detected|could not obtain lock/i;

/** One error type for everything that can go wrong talking to Odoo. */
export class OdooError extends Error {
  override name = 'OdooError';
  /** Odoo's exception name (e.g. `odoo.exceptions.ValidationError`), or `network`, `timeout`, `http`. */
  readonly odooName: string;
  readonly httpStatus: number | null;
  readonly kind: OdooErrorKind;
  /**
   * A `create` that may have happened in Odoo although the call failed (it timed
   * out, or the answer was lost): a retry must give Odoo time to finish first.
   */
  uncertain = false;

  constructor(
    message: string,
    options: { odooName: string; httpStatus?: number | null; kind?: OdooErrorKind; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.odooName = options.odooName;
    this.httpStatus = options.httpStatus ?? null;
    this.kind = options.kind ?? classify(options.odooName, message, this.httpStatus);
  }

  get transient(): boolean {
    return this.kind === 'transient';
  }
}

/**
 * Transient: network trouble, timeouts, 5xx and HTML error pages, HTTP 409, and
 * Odoo's lock/serialization/concurrency errors. Everything Odoo reports as a
 * business or programming error (ValidationError, UserError, AccessError,
 * AccessDenied, MissingError, unknown model or field) is permanent.
 */
export function classify(odooName: string, message: string, httpStatus: number | null): OdooErrorKind {
  if (odooName === 'network' || odooName === 'timeout' || odooName === 'html') return 'transient';
  // A missing database is an OperationalError too, but no retry brings it back.
  if (/database "[^"]*" does not exist/i.test(message)) return 'permanent';
  if (TRANSIENT_NAMES.includes(odooName) || TRANSIENT_MESSAGE.test(message)) return 'transient';
  if (
    httpStatus === 408 ||
    httpStatus === 409 ||
    httpStatus === 429 ||
    (httpStatus !== null && httpStatus >= 500 && odooName === 'http')
  ) {
    return 'transient';
  }
  return 'permanent';
}

/**
 * Whether trying an Odoo task again may get past `err`: Odoo's own verdict when
 * it is an OdooError; never for data the hub refuses (DomainError) or for bugs
 * (no retry fixes a TypeError or a record the hub itself lacks); otherwise yes
 * (the hub's database busy or away, a lost connection).
 */
export function mayPassOnRetry(err: unknown): boolean {
  if (err instanceof OdooError) return err.transient;
  return !(
    err instanceof DomainError ||
    err instanceof TypeError ||
    err instanceof ReferenceError ||
    err instanceof RangeError ||
    err instanceof NotFoundError
  );
}

/**
 * Socket errors of a connection that was never made (refused, unroutable, no
 * DNS answer, no TCP handshake in time): the request never left the hub, so
 * Odoo cannot have run it.
 */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A proxy's answer for an Odoo behind it that is down, restarting or too slow (nginx, a load balancer). */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * The socket error's code, if any: the cause itself as undici.request rejects
 * with it (odoo-transport.ts), or under fetch's "fetch failed" TypeError.
 */
function socketCode(err: OdooError): string | undefined {
  const cause = err.cause as { code?: string; cause?: { code?: string } } | undefined;
  return cause?.cause?.code ?? cause?.code;
}

/**
 * Whether `err` says Odoo is out of reach rather than that the call was wrong:
 * refused, reset or dropped connections, DNS failures, timeouts, and a proxy's
 * 502/503/504. Odoo's own answers (UserError, AccessError, ValidationError, a
 * serialization conflict, any error envelope) are not: Odoo was there to give them.
 */
export function isConnectionFailure(err: unknown): boolean {
  if (!(err instanceof OdooError)) return false;
  if (err.odooName === 'network' || err.odooName === 'timeout') return true;
  return (err.odooName === 'html' || err.odooName === 'http') && GATEWAY_STATUSES.has(err.httpStatus ?? 0);
}

/**
 * Whether `err` proves the call never reached Odoo (no connection was made), so
 * Odoo cannot have run it: a push that failed so gets its attempt back. A
 * timeout, a reset after the request was sent or a proxy's page may come after
 * Odoo ran the call, so those keep theirs.
 */
export function neverReachedOdoo(err: unknown): boolean {
  return err instanceof OdooError && err.odooName === 'network' && NEVER_CONNECTED.has(socketCode(err) ?? '');
}

/** How a failed Odoo task tells what went wrong: Odoo's exception name and message, or the error's message. */
export function failureText(err: unknown): string {
  if (err instanceof OdooError) return `${err.odooName}: ${err.message}`;
  return String((err as Error).message ?? err);
}

/**
 * Odoo does not have the model at all (its module is not installed): "Object
 * stock.picking doesn't exist" over JSON-RPC (odoo/service/model.py), a 404
 * "the model '…' does not exist" over JSON-2 (addons/rpc/controllers/json2.py).
 */
export function isUnknownModel(err: unknown): boolean {
  return (
    err instanceof OdooError &&
    !err.transient &&
    /Object \S+ doesn't exist|the model '[^']+' does not exist/.test(err.message)
  );
}

/** Whether Odoo may have run (and may still be running) a call that failed this way. */
export function mayHaveRun(err: OdooError): boolean {
  // Odoo's own error envelope means it rolled back; a connection never made (refused, DNS) never reached it.
  if (!['timeout', 'network', 'html', 'http'].includes(err.odooName)) return false;
  return !neverReachedOdoo(err);
}
