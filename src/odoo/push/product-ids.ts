import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { OdooClient } from '../odoo-client.js';
import { WITH_ARCHIVED } from '../pull/pull-source.js';
import { missingInOdoo } from './push-scope.js';

/**
 * Odoo's product.product id for each SKU: from the hub's odooId, else by
 * `default_code`. `known`: the hub's odooIds of the SKUs, read already (by SKU;
 * a SKU missing there has none); without it they are read on `em`.
 */
export async function productIds(
  odoo: OdooClient,
  em: EntityManager,
  skus: string[],
  known?: Record<string, number | null> | null,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // Plain rows: two columns, not Product entities (their jsonb and snapshots) for each line of each push.
  const rows =
    known !== undefined
      ? Object.entries(known ?? {}).map(([external_id, odoo_id]) => ({ external_id, odoo_id }))
      : await sqlQuery<{ external_id: string; odoo_id: number | null }>(
          em,
          'select "external_id", "odoo_id" from "product" where "external_id" = any($1::text[])',
          [skus],
        );
  for (const p of rows) if (p.odoo_id) ids.set(p.external_id, p.odoo_id);
  const unknown = skus.filter((s) => !ids.has(s));
  if (unknown.length) {
    const rows = await odoo.searchReadIn('product.product', 'default_code', unknown, [], {
      fields: ['default_code'],
      context: WITH_ARCHIVED,
    });
    for (const r of rows) ids.set(String(r.default_code), r.id);
  }
  const missing = skus.filter((s) => !ids.has(s));
  if (missing.length) throw missingInOdoo(`Product ${missing.join(', ')}`);
  return ids;
}
