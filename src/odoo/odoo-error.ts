import { NotFoundError } from '@mikro-orm/core';
import { DomainError } from '../domain/errors.js';
/**
 * Glossary of src/odoo. *Transport*: how calls reach Odoo (JSON-RPC for 16–19,
 * JSON-2 for 19+). *Raw* values are Odoo's (`false` for empty, many2one as
 * `[id, name]`, naive UTC datetimes); they stop at this folder: mappers turn
 * raw records into the hub's ingest inputs. A *transient* error may pass if the
 * call is tried again (network, timeouts, 5xx, lock and serialization
 * conflicts); a *permanent* one will not (validation, access, missing records,
 * unknown models or fields).
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
  // Odoo's own error envelope means it rolled back; a refused connection never reached it.
  if (!['timeout', 'network', 'html', 'http'].includes(err.odooName)) return false;
  const code = (err.cause as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code !== 'ECONNREFUSED';
}
