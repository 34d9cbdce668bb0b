import type { LoggedFetch } from '../observability/outbound-http.js';
import { OdooError } from './odoo-error.js';
import { Json2Transport, JsonRpcTransport, type OdooConnection, type OdooTransport } from './odoo-transport.js';

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
 * call goes through the logged fetch (so it is in ApiLog) and fails only with
 * OdooError, classified transient or permanent.
 *
 * Every call's context starts from the configured one (`lang` from ODOO_LANG,
 * `allowed_company_ids` from ODOO_COMPANY_ID); the call's own keys win. The
 * fields of each model are read once (`fields_get`, kept for the client's
 * life, which is the process's) so pushes send only fields this Odoo version
 * has; an Odoo error about an unknown field drops the model's entry, and a
 * create or write that hit one is tried once more without the fields Odoo
 * lacks.
 */
export class OdooClient {
  private readonly transport: OdooTransport;
  private readonly baseContext: Record<string, unknown>;
  private readonly fieldCache = new Map<string, Promise<Record<string, OdooFieldInfo>>>();

  constructor(
    readonly connection: OdooConnection,
    fetch: LoggedFetch,
  ) {
    this.transport =
      connection.protocol === 'json2' ? new Json2Transport(connection, fetch) : new JsonRpcTransport(connection, fetch);
    this.baseContext = {
      ...(connection.lang ? { lang: connection.lang } : {}),
      ...(connection.companyId !== undefined ? { allowed_company_ids: [connection.companyId] } : {}),
    };
  }

  /** ODOO_COMPANY_ID: the company the hub works in, or undefined for the API user's defaults. */
  get companyId(): number | undefined {
    return this.connection.companyId;
  }

  /** ODOO_WAREHOUSES: the codes of the warehouses whose stock the hub pulls, or undefined for all the company's. */
  get warehouseCodes(): string[] | undefined {
    return this.connection.warehouses;
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
    try {
      return await this.transport.call(model, method, ids, withContext);
    } catch (err) {
      const models = unknownFieldModels(err);
      if (models) for (const name of [model, ...models]) this.fieldCache.delete(name);
      throw err;
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

  async read(model: string, ids: number[], fields?: string[], context?: Record<string, unknown>): Promise<RawRecord[]> {
    if (!ids.length) return [];
    const params: Record<string, unknown> = {};
    if (fields) params.fields = fields;
    if (context) params.context = context;
    return (await this.call(model, 'read', ids, params)) as RawRecord[];
  }

  async create(model: string, vals: Record<string, unknown>): Promise<number> {
    const ids = (await this.withKnownFields(model, vals, (v) =>
      this.call(model, 'create', null, { vals_list: [v] }),
    )) as number[] | number;
    return Array.isArray(ids) ? ids[0]! : ids;
  }

  async write(model: string, ids: number[], vals: Record<string, unknown>): Promise<void> {
    await this.withKnownFields(model, vals, (v) => this.call(model, 'write', ids, { vals: v }));
  }

  /**
   * Runs a create or write; when Odoo says a field of `model` does not exist
   * (the cached fields were stale: Odoo was upgraded meanwhile), reads the
   * fields again and tries once more without the ones it lacks.
   */
  private async withKnownFields(
    model: string,
    vals: Record<string, unknown>,
    run: (vals: Record<string, unknown>) => Promise<unknown>,
  ): Promise<unknown> {
    try {
      return await run(vals);
    } catch (err) {
      if (!unknownFieldModels(err)?.includes(model)) throw err;
      const known = await this.onlyKnownFields(model, vals);
      if (Object.keys(known).length === Object.keys(vals).length) throw err;
      return run(known);
    }
  }
}

/** The client for the hub's configuration, or null when no Odoo is configured. */
export function odooConnectionFrom(config: {
  odoo: {
    url?: string;
    db?: string;
    username?: string;
    apiKey?: string;
    protocol: 'jsonrpc' | 'json2';
    timeoutMs: number;
    companyId?: number;
    lang?: string;
    warehouses?: string[];
  };
}): OdooConnection | null {
  const { url, db, username, apiKey, protocol, timeoutMs, companyId, lang, warehouses } = config.odoo;
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
    ...(warehouses ? { warehouses } : {}),
  };
}
