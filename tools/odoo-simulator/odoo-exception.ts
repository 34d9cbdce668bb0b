import { pyRepr, pyStr, pyTupleRepr } from './python-values.js';

/**
 * A Python exception as Odoo raises it: its fully qualified class name (what
 * `serialize_exception` puts in `name`) and its `args`. Everything the
 * simulator refuses goes through this type, so both protocols can render it
 * exactly as odoo/http.py does.
 */
export class OdooException extends Error {
  override name = 'OdooException';
  /** `module.Class`, e.g. `odoo.exceptions.ValidationError`, `builtins.KeyError`. */
  readonly pythonName: string;
  /** The exception's `args`. */
  readonly args: readonly unknown[];
  /** HTTP status of a werkzeug HTTPException (its `code`); null for other exceptions. */
  readonly httpCode: number | null;
  /** werkzeug's `description` of an HTTPException. */
  readonly description: string | null;

  constructor(pythonName: string, args: readonly unknown[], http?: { code: number; description: string }) {
    super(`${pythonName}: ${http ? http.description : args.map(pyStr).join('\n')}`);
    this.pythonName = pythonName;
    this.args = args;
    this.httpCode = http?.code ?? null;
    this.description = http?.description ?? null;
  }

  /** Python's `str(exc)`. */
  get pythonStr(): string {
    if (this.httpCode !== null) return `${this.httpCode} ${HTTP_TITLES[this.httpCode] ?? ''}: ${this.description}`;
    if (this.pythonName === 'builtins.KeyError' && this.args.length === 1) return pyRepr(this.args[0]);
    if (this.args.length === 0) return '';
    if (this.args.length === 1) return pyStr(this.args[0]);
    return pyTupleRepr(this.args);
  }

  /**
   * odoo.tools.exception_to_unicode, which fills `message`: the args joined by
   * newlines (so a KeyError's message is the bare key), else `str(exc)`.
   */
  get unicodeMessage(): string {
    return this.args.length ? this.args.map(pyStr).join('\n') : this.pythonStr;
  }

  /** A traceback's last line names the class without the `builtins.` prefix. */
  get tracebackLine(): string {
    const shortName = this.pythonName.startsWith('builtins.') ? this.pythonName.slice(9) : this.pythonName;
    const text = this.pythonStr;
    return text ? `${shortName}: ${text}` : shortName;
  }
}

const HTTP_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  502: 'Bad Gateway',
};

const HTTP_CLASSES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  422: 'UnprocessableEntity',
};

export const userError = (message: string) => new OdooException('odoo.exceptions.UserError', [message]);
export const validationError = (message: string) => new OdooException('odoo.exceptions.ValidationError', [message]);
export const missingError = (message: string) => new OdooException('odoo.exceptions.MissingError', [message]);
export const accessError = (message: string) => new OdooException('odoo.exceptions.AccessError', [message]);
export const accessDenied = (message = 'Access Denied') => new OdooException('odoo.exceptions.AccessDenied', [message]);
export const valueError = (message: string) => new OdooException('builtins.ValueError', [message]);
export const typeError = (message: string) => new OdooException('builtins.TypeError', [message]);
export const attributeError = (message: string) => new OdooException('builtins.AttributeError', [message]);
export const keyError = (key: unknown) => new OdooException('builtins.KeyError', [key]);

/** A werkzeug HTTPException (`werkzeug.exceptions.NotFound` …): no args, a code and a description. */
export function httpException(code: number, description: string): OdooException {
  return new OdooException(`werkzeug.exceptions.${HTTP_CLASSES[code] ?? 'HTTPException'}`, [], { code, description });
}

/**
 * The HTTP status JSON-2 answers an exception with (Odoo 19's
 * Json2RpcDispatcher.handle_error): a werkzeug exception's own code, a
 * UserError's `http_status` (UserError and ValidationError 422, AccessError and
 * AccessDenied 403, MissingError 404, LockError 409), anything else 500 —
 * ConcurrencyError and psycopg2 serialization failures included, as neither
 * derives from UserError.
 */
export function json2Status(exc: OdooException): number {
  if (exc.httpCode !== null) return exc.httpCode;
  return USER_ERROR_STATUS[exc.pythonName] ?? 500;
}

const USER_ERROR_STATUS: Record<string, number> = {
  'odoo.exceptions.UserError': 422,
  'odoo.exceptions.ValidationError': 422,
  'odoo.exceptions.AccessError': 403,
  'odoo.exceptions.AccessDenied': 403,
  'odoo.exceptions.MissingError': 404,
  'odoo.exceptions.LockError': 409,
  'odoo.exceptions.RedirectWarning': 500,
};

/** The body of an error, as odoo.http.serialize_exception builds it. */
export interface SerializedException {
  name: string;
  message: string;
  arguments: unknown[];
  context: Record<string, unknown>;
  debug: string;
}

/**
 * serialize_exception(): JSON-RPC puts it in `error.data`, JSON-2 sends it as
 * the body. For a werkzeug exception JSON-2 passes the description as the
 * message and `(description, code)` as the arguments.
 */
export function serializeException(exc: OdooException, protocol: 'jsonrpc' | 'json2'): SerializedException {
  const http = exc.httpCode !== null && protocol === 'json2';
  return {
    name: exc.pythonName,
    message: http ? (exc.description ?? '') : exc.unicodeMessage,
    arguments: http ? [exc.description, exc.httpCode] : [...exc.args],
    context: {},
    debug: traceback(exc),
  };
}

function traceback(exc: OdooException): string {
  // AccessDenied suppresses its traceback (suppress_traceback()): only the last line is left.
  if (exc.pythonName === 'odoo.exceptions.AccessDenied') return `${exc.tracebackLine}\n`;
  return `Traceback (most recent call last):\n  File "<odoo-simulator>", line 1, in <module>\n${exc.tracebackLine}\n`;
}
