import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';

/** The ODOO_* settings that point a hub at `sim`. */
export function odooEnv(sim: OdooSimulator): Record<string, string> {
  return { ODOO_URL: sim.url, ODOO_DB: sim.db, ODOO_USERNAME: sim.login, ODOO_API_KEY: sim.apiKey };
}
