import type { LoggedRequest } from '../observability/outbound-http.js';
import { inSpan, SpanKind } from '../observability/tracing.js';
import { OdooError } from './odoo-error.js';
import {
  fetchVersionInfo,
  Json2Transport,
  JsonRpcTransport,
  odooMajorVersion,
  protocolForVersion,
  type OdooConnection,
  type OdooProtocol,
  type OdooProtocolSetting,
  type OdooTransport,
  type OdooVersionInfo,
} from './odoo-transport.js';

/** An Odoo domain in prefix notation, e.g. `[['write_date', '>=', '2026-01-01 00:00:00'], ['active', 'in', [true, false]]]`. */
export type Domain = unknown[];

/** A record as Odoo returns it (raw: `false` for empty, many2one as `[id, name]`). */
export type RawRecord = Record<string, unknown> & { id: number };

export interface SearchOptions {
  fields?: string[];
  offset?: number;
  limit?: number;
  order?: string;
  context?: Record<string, unknown>;
}

/** One field as `fields_get` describes it (the attributes the client asks for). */
export interface OdooFieldInfo {
  type: string;
  string: string;
  relation?: string;
  /** Selection fields: `[key, label]` pairs. */
  selection?: Array<[string, string]>;
  required?: boolean;
  readonly?: boolean;
  store?: boolean;
}

/** What a search in chunks takes: no offset or limit, which would apply to each chunk apart. */
export type ChunkedSearchOptions = Omit<SearchOptions, 'offset' | 'limit'>;

/** ODOO_READ_CHUNK's default: the most ids one read or `in` leaf names when the connection does not say. */
export const DEFAULT_READ_CHUNK = 200;

/** `values` without repeats (first occurrence kept, in order), cut into lists of at most `size`. */
export function inChunks<T>(values: Iterable<T>, size: number): T[][] {
  if (!Number.isSafeInteger(size) || size < 1)
    throw new RangeError(`A chunk size must be a positive integer, not ${size}`);
  const unique = [...new Set(values)];
  const chunks: T[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  return chunks;
}

/** Records without a second copy of one id (first kept): a record a many2many names can match several chunks. */
function uniqueById(records: RawRecord[]): RawRecord[] {
  const seen = new Set<number>();
  return records.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

const FIELD_ATTRIBUTES = ['type', 'string', 'relation', 'selection', 'required', 'readonly', 'store'];

/**
 * The models an "unknown field" error names: Odoo's ValueError on create,
 * write and read ("Invalid field 'mobile' on model 'res.partner'", 16–19) and
 * on a domain ("Invalid field res.partner.mobile in leaf …" 16–17, "… in
 * condition …" 18+). Null when the error is not about an unknown field.
 */
function unknownFieldModels(err: unknown): string[] | null {
  if (!(err instanceof OdooError) || !/Invalid field/.test(err.message)) return null;
  const models = new Set<string>();
  for (const m of err.message.matchAll(/on model '([\w.]+)'/g)) models.add(m[1]!);
  for (const m of err.message.matchAll(/Invalid field ([\w.]+)\.\w+ in /g)) models.add(m[1]!);
  return [...models];
}

/**
 * A typed client for the calls the hub makes, over either transport. Every
 * call goes through the logged request (so it is in ApiLog) and fails only with
 * OdooError, classified transient or permanent.
 *
 * Every call's context starts from the configured one (`lang` from ODOO_LANG,
 * `allowed_company_ids` from ODOO_COMPANY_ID); the call's own keys win. The
 * fields of each model are read once (`fields_get`, kept for the client's
 * life, which is the process's) so pushes send only fields this Odoo version
 * has; an Odoo error about an unknown field drops the model's entry, and a
 * create or write that hit one is tried once more without the fields Odoo
 * lacks.
 *
 * Reads by id lists are bounded: `read`, `searchReadIn` and `searchIn` name
 * at most `readChunk` ids (ODOO_READ_CHUNK) per call, so neither a request
 * nor a domain grows with the number of related records (lines of many
 * orders, variants of many templates, quants of many products).
 */
export class OdooClient {
  /** The transport once chosen: at once for a fixed ODOO_PROTOCOL, after version_info for `auto`. */
  private transport: Promise<{ protocol: OdooProtocol; transport: OdooTransport }> | null = null;
  private readonly baseContext: Record<string, unknown>;
  private readonly fieldCache = new Map<string, Promise<Record<string, OdooFieldInfo>>>();

  constructor(
    readonly connection: OdooConnection,
    private readonly request: LoggedRequest,
    /** Told of every call (Metrics.observeOdooCall): its latency, and its error kind when it failed. */
    private readonly observe?: OdooCallObserver,
  ) {
    if (connection.protocol !== 'auto') this.transport = Promise.resolve(this.transportOf(connection.protocol));
    this.baseContext = {
      ...(connection.lang ? { lang: connection.lang } : {}),
      ...(connection.companyId !== undefined ? { allowed_company_ids: [connection.companyId] } : {}),
    };
  }

  /** Odoo's version, by its cheapest call (no database, no login): whether Odoo answers at all. */
  versionInfo(timeoutMs = this.connection.timeoutMs): Promise<OdooVersionInfo> {
    return fetchVersionInfo(this.connection, this.request, Math.min(timeoutMs, this.connection.timeoutMs));
  }

  private transportOf(protocol: OdooProtocol): { protocol: OdooProtocol; transport: OdooTransport } {
    const transport =
      protocol === 'json2'
        ? new Json2Transport(this.connection, this.request)
        : new JsonRpcTransport(this.connection, this.request);
    return { protocol, transport };
  }

  /**
   * The transport of every call. With ODOO_PROTOCOL=auto the first call asks
   * Odoo's version (version_info: no database, no login) and keeps the choice
   * for the client's life; a failed ask is asked again by the next call.
   */
  private chosen(): Promise<{ protocol: OdooProtocol; transport: OdooTransport }> {
    if (!this.transport) {
      const choice = this.versionInfo().then((info) => this.transportOf(protocolForVersion(odooMajorVersion(info))));
      this.transport = choice;
      choice.catch(() => {
        if (this.transport === choice) this.transport = null;
      });
    }
    return this.transport;
  }

  /** ODOO_PROTOCOL as configured (`auto`, `jsonrpc` or `json2`). */
  get protocolSetting(): OdooProtocolSetting {
    return this.connection.protocol;
  }

  /** The protocol the calls use: the configured one, or the one Odoo's version chose for `auto` (asking it first). */
  async protocol(): Promise<OdooProtocol> {
    return (await this.chosen()).protocol;
  }

  /** ODOO_COMPANY_ID: the company the hub works in, or undefined for the API user's defaults. */
  get companyId(): number | undefined {
    return this.connection.companyId;
  }

  /** ODOO_WAREHOUSES: the codes of the warehouses whose stock the hub pulls, or undefined for all the company's. */
  get warehouseCodes(): string[] | undefined {
    return this.connection.warehouses;
  }

  /**
   * ODOO_LANGS less the connection's own language (ODOO_LANG), whose values
   * every read already returns: the languages read again for translated fields.
   */
  get translationLangs(): string[] {
    return (this.connection.langs ?? []).filter((lang) => lang !== this.connection.lang);
  }

  /** ODOO_READ_CHUNK: the most ids one read or `in` leaf names. */
  get readChunk(): number {
    return this.connection.readChunk ?? DEFAULT_READ_CHUNK;
  }

  async call(
    model: string,
    method: string,
    ids: number[] | null,
    params: Record<string, unknown> = {},
  ): Promise<unknown> {
    const withContext = Object.keys(this.baseContext).length
      ? { ...params, context: { ...this.baseContext, ...((params.context as Record<string, unknown>) ?? {}) } }
      : params;
    // One span per call, named `odoo <model> <method>` (values are never put on it).
    return inSpan(
      `odoo ${model} ${method}`,
      { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'odoo', 'odoo.model': model, 'odoo.method': method } },
      () => this.callTimed(model, method, ids, withContext),
    );
  }

  /** call() without its span: the call, with its latency and error kind told to `observe`. */
  private async callTimed(
    model: string,
    method: string,
    ids: number[] | null,
    withContext: Record<string, unknown>,
  ): Promise<unknown> {
    const started = performance.now();
    let errorKind: string | null = null;
    try {
      return await (await this.chosen()).transport.call(model, method, ids, withContext);
    } catch (err) {
      errorKind = err instanceof OdooError ? err.kind : 'unknown';
      const models = unknownFieldModels(err);
      if (models) for (const name of [model, ...models]) this.fieldCache.delete(name);
      throw err;
    } finally {
      this.observe?.(model, method, (performance.now() - started) / 1000, errorKind);
    }
  }

  /** The model's fields (`fields_get`), read once per client; concurrent callers share one request. */
  fields(model: string): Promise<Record<string, OdooFieldInfo>> {
    let fields = this.fieldCache.get(model);
    if (!fields) {
      fields = this.call(model, 'fields_get', null, { attributes: FIELD_ATTRIBUTES }) as Promise<
        Record<string, OdooFieldInfo>
      >;
      this.fieldCache.set(model, fields);
      // A failed read is not kept: the next caller asks again.
      fields.catch(() => {
        if (this.fieldCache.get(model) === fields) this.fieldCache.delete(model);
      });
    }
    return fields;
  }

  async hasField(model: string, field: string): Promise<boolean> {
    return Object.hasOwn(await this.fields(model), field);
  }

  /** `vals` without the keys the model lacks in this Odoo (values are never logged or kept). */
  async onlyKnownFields(model: string, vals: Record<string, unknown>): Promise<Record<string, unknown>> {
    const fields = await this.fields(model);
    return Object.fromEntries(Object.entries(vals).filter(([key]) => Object.hasOwn(fields, key)));
  }

  async searchRead(model: string, domain: Domain, options: SearchOptions = {}): Promise<RawRecord[]> {
    const params: Record<string, unknown> = { domain };
    if (options.fields) params.fields = options.fields;
    if (options.offset) params.offset = options.offset;
    if (options.limit) params.limit = options.limit;
    if (options.order) params.order = options.order;
    if (options.context) params.context = options.context;
    return (await this.call(model, 'search_read', null, params)) as RawRecord[];
  }

  async search(model: string, domain: Domain, options: Omit<SearchOptions, 'fields'> = {}): Promise<number[]> {
    const params: Record<string, unknown> = { domain };
    if (options.limit) params.limit = options.limit;
    if (options.order) params.order = options.order;
    if (options.context) params.context = options.context;
    return (await this.call(model, 'search', null, params)) as number[];
  }

  /**
   * The records of `ids` (repeats dropped), in their order: `readChunk` ids
   * per call, one call after another, the answers concatenated. Ids Odoo no
   * longer has are absent (BaseModel.read leaves deleted records out).
   */
  async read(model: string, ids: number[], fields?: string[], context?: Record<string, unknown>): Promise<RawRecord[]> {
    const params: Record<string, unknown> = {};
    if (fields) params.fields = fields;
    if (context) params.context = context;
    const records: RawRecord[] = [];
    for (const chunk of inChunks(ids, this.readChunk)) {
      records.push(...((await this.call(model, 'read', chunk, params)) as RawRecord[]));
    }
    return records;
  }

  /**
   * `search_read` of the records whose `field` is in `values` and that match
   * `domain`: one call per chunk of `readChunk` values (repeats dropped), one
   * after another, with `[field, 'in', chunk]` before the domain's terms. The
   * answers are concatenated in chunk order, a record once (the first time)
   * when several chunks match it (a many2many). `order` holds within each
   * chunk, not across them: a caller that needs one order over all sorts the
   * result. No values: no call, no records.
   */
  async searchReadIn(
    model: string,
    field: string,
    values: readonly (number | string)[],
    domain: Domain = [],
    options: ChunkedSearchOptions = {},
  ): Promise<RawRecord[]> {
    const records: RawRecord[] = [];
    for (const chunk of inChunks(values, this.readChunk)) {
      records.push(...(await this.searchRead(model, [[field, 'in', chunk], ...domain], options)));
    }
    return uniqueById(records);
  }

  /** The ids `searchReadIn` would return (`search`, a chunk per call), without repeats. */
  async searchIn(
    model: string,
    field: string,
    values: readonly (number | string)[],
    domain: Domain = [],
    options: Omit<ChunkedSearchOptions, 'fields'> = {},
  ): Promise<number[]> {
    const found: number[] = [];
    for (const chunk of inChunks(values, this.readChunk)) {
      found.push(...(await this.search(model, [[field, 'in', chunk], ...domain], options)));
    }
    return [...new Set(found)];
  }

  async create(model: string, vals: Record<string, unknown>): Promise<number> {
    const [id] = await this.createMany(model, [vals]);
    return id!;
  }

  /**
   * One `create` of several records; their ids in the order of `valsList`
   * (odoo/models.py `create`, `@api.model_create_multi`: the records come back
   * in the order of vals_list). Odoo runs it in one transaction: all or none.
   */
  async createMany(model: string, valsList: Record<string, unknown>[]): Promise<number[]> {
    const ids = (await this.withKnownFields(model, valsList, (list) =>
      this.call(model, 'create', null, { vals_list: list }),
    )) as number[] | number;
    return Array.isArray(ids) ? ids : [ids];
  }

  async write(model: string, ids: number[], vals: Record<string, unknown>): Promise<void> {
    await this.withKnownFields(model, [vals], ([v]) => this.call(model, 'write', ids, { vals: v }));
  }

  /**
   * Runs a create or write; when Odoo says a field of `model` does not exist
   * (the cached fields were stale: Odoo was upgraded meanwhile), reads the
   * fields again and tries once more without the ones it lacks.
   */
  private async withKnownFields(
    model: string,
    valsList: Record<string, unknown>[],
    run: (valsList: Record<string, unknown>[]) => Promise<unknown>,
  ): Promise<unknown> {
    try {
      return await run(valsList);
    } catch (err) {
      if (!unknownFieldModels(err)?.includes(model)) throw err;
      const known = await Promise.all(valsList.map((vals) => this.onlyKnownFields(model, vals)));
      if (known.every((vals, i) => Object.keys(vals).length === Object.keys(valsList[i]!).length)) throw err;
      return run(known);
    }
  }
}

/** What OdooClient tells of each call: model, method, seconds, and the error's kind (null: it succeeded). */
export type OdooCallObserver = (model: string, method: string, seconds: number, errorKind: string | null) => void;

/** The client for the hub's configuration, or null when no Odoo is configured. */
export function odooConnectionFrom(config: {
  odoo: {
    url?: string;
    db?: string;
    username?: string;
    apiKey?: string;
    protocol: OdooProtocolSetting;
    timeoutMs: number;
    companyId?: number;
    lang?: string;
    langs?: string[];
    warehouses?: string[];
    readChunk?: number;
  };
}): OdooConnection | null {
  const { url, db, username, apiKey, protocol, timeoutMs, companyId, lang, langs, warehouses, readChunk } = config.odoo;
  if (!url || !db || !username || !apiKey) return null;
  return {
    url,
    db,
    username,
    apiKey,
    protocol,
    timeoutMs,
    ...(companyId !== undefined ? { companyId } : {}),
    ...(lang ? { lang } : {}),
    ...(langs ? { langs } : {}),
    ...(warehouses ? { warehouses } : {}),
    readChunk: readChunk ?? DEFAULT_READ_CHUNK,
  };
}
