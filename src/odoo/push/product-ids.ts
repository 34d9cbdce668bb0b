import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../../modules/product/product.entity.js';
import type { OdooClient } from '../odoo-client.js';
import { WITH_ARCHIVED } from '../pull/pull-source.js';
import { missingInOdoo } from './push-scope.js';

/** Odoo's product.product id for each SKU: from the hub's odooId, else by `default_code`. */
export async function productIds(odoo: OdooClient, em: EntityManager, skus: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of await em.find(Product, { externalId: { $in: skus } })) if (p.odooId) ids.set(p.externalId, p.odooId);
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
