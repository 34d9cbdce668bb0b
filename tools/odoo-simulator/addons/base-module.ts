/**
 * ir.module.module (odoo/addons/base/models/ir_module.py): one record per
 * addon the server knows, its `state` saying whether it is installed. The
 * simulator lists the addons whose models it serves as installed, and
 * website_sale as installed only when it was started with it (`websiteSale`,
 * addons/website-sale.ts); a simulator
 * started with `uninstalledModules` shows those as `uninstalled` too (their
 * models stay: only what ir.module.module says changes).
 */
import { always, char, selection } from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

/** ir_module.py's STATES. */
const STATES: Array<[string, string]> = [
  ['uninstallable', 'Uninstallable'],
  ['uninstalled', 'Not Installed'],
  ['installed', 'Installed'],
  ['to upgrade', 'To be upgraded'],
  ['to remove', 'To be removed'],
  ['to install', 'To be installed'],
];

export const moduleModels = (): ModelSpec[] => [
  {
    name: 'ir.module.module',
    description: 'Module',
    order: 'name',
    fields: {
      name: char('Technical Name', { required: true, readonly: true }),
      shortdesc: char('Module Name', { readonly: true, translate: true }),
      state: selection(STATES, 'Status', { readonly: true, default: always('uninstallable') }),
    },
  },
];

/** The addons a simulated database lists, and whether the simulator serves them. */
const MODULES: Array<[name: string, shortdesc: string, simulated: boolean]> = [
  ['base', 'Base', true],
  ['web', 'Web', true],
  ['rpc', 'RPC', true],
  ['uom', 'Units of measure', true],
  ['product', 'Products & Pricelists', true],
  ['account', 'Invoicing', true],
  ['stock', 'Inventory', true],
  ['sale', 'Sales', true],
  ['sale_management', 'Sales', true],
  ['sale_stock', 'Sales and Warehouse Management', true],
  ['purchase', 'Purchase', true],
  ['delivery', 'Delivery Costs', true],
  ['website_sale', 'eCommerce', false],
];

/**
 * Creates the module records: installed where simulated (or an optional addon
 * the simulator was started with, `optional`) and not listed in `uninstalled`.
 */
export function installModuleList(env: SimEnv, uninstalled: readonly string[], optional: readonly string[] = []): void {
  for (const [name, shortdesc, simulated] of MODULES) {
    if (name === 'rpc' && env.version < 19) continue; // addons/rpc exists from 19 on
    const state = (simulated || optional.includes(name)) && !uninstalled.includes(name) ? 'installed' : 'uninstalled';
    env.createRecords('ir.module.module', [{ name, shortdesc, state }], {});
  }
}
