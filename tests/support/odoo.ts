import type { Config } from '../../src/config.js';
import { EntityType } from '../../src/domain/enums.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { startTestHub, type TestHub } from './hub.js';

/** The ODOO_* settings that point a hub at `sim`. */
export function odooEnv(sim: Pick<OdooSimulator, 'url' | 'db' | 'login' | 'apiKey'>): Record<string, string> {
  return { ODOO_URL: sim.url, ODOO_DB: sim.db, ODOO_USERNAME: sim.login, ODOO_API_KEY: sim.apiKey };
}

/**
 * An Odoo simulator (17 unless `version` says otherwise) whose seed is `products` products and nothing else, and
 * a hub pointed at it (`env` added) that has pulled them: the start of every
 * test of pushes into Odoo, which need products both sides know.
 */
export async function startHubWithCatalog(
  label: string,
  products: number,
  options: {
    role: Config['role'];
    env?: Record<string, string>;
    version?: OdooVersion;
    /** The hub's logger and span exporter (startTestHub's). */
    hub?: Pick<Parameters<typeof startTestHub>[1] & object, 'logger' | 'spanExporter'>;
  },
): Promise<{ sim: OdooSimulator; hub: TestHub }> {
  const sim = await startOdooSimulator({
    version: options.version ?? 17,
    seed: { products, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
  });
  const hub = await startTestHub(label, {
    ...options.hub,
    role: options.role,
    env: { ...odooEnv(sim), ...options.env },
  });
  await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), EntityType.PRODUCT);
  return { sim, hub };
}
