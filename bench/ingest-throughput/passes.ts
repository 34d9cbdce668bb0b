/**
 * The two ways the ingest benchmark writes a batch: through the hub's API
 * (HTTP POST /graphql) and, as the baseline, one set-based upsert straight
 * through `pg`; and the `pg` connections they and the measurements use.
 */
import pg from 'pg';
import type { App } from '../../src/app.js';

// The baseline: the hub's columns, one upsert statement per batch, autocommit.
export const RAW_UPSERT = `
insert into "product" ("id", "external_id", "odoo_id", "current_data", "changed_fields", "processing_state", "is_new",
                       "created_at", "updated_at")
select r."id", r."external_id", r."odoo_id", r."current_data", r."changed_fields", 'pending', true, now(), now()
  from jsonb_to_recordset($1::jsonb) as r("id" uuid, "external_id" text, "odoo_id" int, "current_data" jsonb,
                                          "changed_fields" jsonb)
on conflict ("external_id") do update set
  "previous_data" = "product"."current_data", "current_data" = excluded."current_data",
  "changed_fields" = excluded."changed_fields", "processing_state" = 'pending', "is_new" = false,
  "updated_at" = clock_timestamp()`;

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Sends the batches one after the other; the summed counts of the results. */
export async function apiPass(app: App, token: string, bodies: string[], read = false): Promise<Counts> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const total = { created: 0, updated: 0, unchanged: 0 };
  for (const body of bodies) {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
    const json = (await res.json()) as { data?: { ingestProducts: Counts }; errors?: unknown };
    if (res.status !== 200 || json.errors || !json.data) {
      throw new Error(`request failed: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
    }
    if (read) continue;
    const r = json.data.ingestProducts;
    total.created += r.created;
    total.updated += r.updated;
    total.unchanged += r.unchanged;
  }
  return total;
}

export async function rawPass(client: pg.Client, params: string[]): Promise<void> {
  for (const param of params) await client.query(RAW_UPSERT, [param]);
}

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
