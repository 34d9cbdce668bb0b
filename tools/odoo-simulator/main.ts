/**
 * `npm run odoo:simulator`: a seeded simulated Odoo on ODOO_SIM_PORT (8069),
 * behaving as ODOO_SIM_VERSION (17), until Ctrl-C. Prints the variables that
 * point the hub at it. ODOO_SIM_GROUPS (comma-separated xml ids, e.g.
 * `sales_team.group_sale_salesman_all_leads,base.group_partner_manager`)
 * gives its API user those groups instead of all (an admin's);
 * ODOO_SIM_UNINSTALLED lists addons it shows as not installed (e.g. `stock`).
 */
import { GROUPS, startOdooSimulator, type OdooVersion } from './index.js';

const VERSIONS: readonly OdooVersion[] = [16, 17, 18, 19];

function fail(message: string): never {
  console.error(`odoo-simulator: ${message}`);
  process.exit(2);
}

const version = Number(process.env.ODOO_SIM_VERSION || 17) as OdooVersion;
if (!VERSIONS.includes(version)) fail(`ODOO_SIM_VERSION must be one of ${VERSIONS.join(', ')}`);
const port = Number(process.env.ODOO_SIM_PORT || 8069);
const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const groups = list(process.env.ODOO_SIM_GROUPS);
const unknown = groups?.filter((g) => !(g in GROUPS));
if (unknown?.length)
  fail(`ODOO_SIM_GROUPS: unknown group(s) ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('ODOO_SIM_PORT must be a port number');

const sim = await startOdooSimulator({
  version,
  port,
  host: process.env.ODOO_SIM_HOST || '127.0.0.1',
  seed: { products: 500, partners: 200, quants: 1000, pricelistItems: 400, purchaseOrders: 40, saleOrders: 40 },
  // ODOO_SIM_WEBSITE_SALE=1: website_sale installed (public categories, is_published).
  websiteSale: process.env.ODOO_SIM_WEBSITE_SALE === '1',
  ...(groups ? { groups } : {}),
  uninstalledModules: list(process.env.ODOO_SIM_UNINSTALLED) ?? [],
});

const counts = [
  'product.product',
  'res.partner',
  'stock.quant',
  'product.pricelist.item',
  'purchase.order',
  'sale.order',
]
  .map((model) => `${sim.env.count(model, [], { activeTest: false })} ${model}`)
  .join(', ');
console.log(`Simulated Odoo ${version} on ${sim.url} (database "${sim.db}"): ${counts}.`);
console.log(`Its API user ${sim.login} has the groups: ${groups ? groups.join(', ') : 'all (an administrator)'}.`);
console.log('Point the hub at it with:\n');
console.log(`export ODOO_URL=${sim.url}`);
console.log(`export ODOO_DB=${sim.db}`);
console.log(`export ODOO_USERNAME=${sim.login}`);
console.log(`export ODOO_API_KEY=${sim.apiKey}`);
console.log('\nCtrl-C stops it.');

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping after ${sim.calls.length} calls.`);
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
