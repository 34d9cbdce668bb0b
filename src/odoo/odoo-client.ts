import type { LoggedFetch } from '../observability/outbound-http.js';
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

/**
 * A typed client for the calls the hub makes, over either transport. Every
 * call goes through the logged fetch (so it is in ApiLog) and fails only with
 * OdooError, classified transient or permanent.
 */
export class OdooClient {
  private readonly transport: OdooTransport;

  constructor(
    readonly connection: OdooConnection,
    fetch: LoggedFetch,
  ) {
    this.transport =
      connection.protocol === 'json2' ? new Json2Transport(connection, fetch) : new JsonRpcTransport(connection, fetch);
  }

  call(model: string, method: string, ids: number[] | null, params: Record<string, unknown> = {}): Promise<unknown> {
    return this.transport.call(model, method, ids, params);
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
    const ids = (await this.call(model, 'create', null, { vals_list: [vals] })) as number[] | number;
    return Array.isArray(ids) ? ids[0]! : ids;
  }

  async write(model: string, ids: number[], vals: Record<string, unknown>): Promise<void> {
    await this.call(model, 'write', ids, { vals });
  }

  // TEMPORARY (replaced by the fields_get cache of branch sim-base at merge).
  private readonly fieldCache = new Map<string, Promise<Record<string, unknown>>>();

  fields(model: string): Promise<Record<string, unknown>> {
    let cached = this.fieldCache.get(model);
    if (!cached) {
      cached = this.call(model, 'fields_get', null, { attributes: ['type'] }) as Promise<Record<string, unknown>>;
      cached.catch(() => this.fieldCache.delete(model));
      this.fieldCache.set(model, cached);
    }
    return cached;
  }

  async hasField(model: string, field: string): Promise<boolean> {
    return field in (await this.fields(model));
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
  };
}): OdooConnection | null {
  const { url, db, username, apiKey, protocol, timeoutMs } = config.odoo;
  if (!url || !db || !username || !apiKey) return null;
  return { url, db, username, apiKey, protocol, timeoutMs };
}
