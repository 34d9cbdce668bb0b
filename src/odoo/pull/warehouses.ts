import type { Domain, OdooClient } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';

/** A warehouse whose stock the hub pulls: its stock is what lies in internal locations under its view location. */
export interface Warehouse {
  id: number;
  /** stock.warehouse `code` (the short name, "WH"): the Stock row's supplier is `odoo:<code>`. */
  code: string;
  viewLocationId: number;
  companyId: number;
}

/** The supplier key of one warehouse's Stock rows. */
export const warehouseSupplier = (code: string): string => `odoo:${code}`;

/** The supplier key of the total over the configured warehouses. */
export const TOTAL_SUPPLIER = 'odoo';

/**
 * The warehouses ODOO_WAREHOUSES names (by code), or every active warehouse
 * of ODOO_COMPANY_ID, or, without a company, every warehouse the API user
 * sees (Odoo's multi-company rule: the user's companies). A code Odoo does
 * not have (archived, renamed, another company's) is a configuration error:
 * the stock pull stops with a message naming it rather than sell from a
 * warehouse set nobody chose. So is one code in two companies (each company's
 * first warehouse is "WH"), which only ODOO_COMPANY_ID tells apart.
 */
export async function configuredWarehouses(odoo: OdooClient): Promise<Warehouse[]> {
  const codes = odoo.warehouseCodes;
  const domain: Domain = [
    ...(odoo.companyId !== undefined ? [['company_id', '=', odoo.companyId]] : []),
    ...(codes ? [['code', 'in', codes]] : []),
  ];
  const rows = await odoo.searchRead('stock.warehouse', domain, {
    fields: ['code', 'view_location_id', 'company_id'],
    order: 'id',
  });
  const warehouses = rows.map((r) => ({
    id: r.id,
    code: String(r.code),
    viewLocationId: many2oneId(r.view_location_id)!,
    companyId: many2oneId(r.company_id)!,
  }));
  const missing = (codes ?? []).filter((code) => !warehouses.some((w) => w.code === code));
  if (missing.length) {
    const scope = odoo.companyId !== undefined ? ` of company ${odoo.companyId}` : '';
    throw new Error(
      `ODOO_WAREHOUSES names ${missing.join(', ')}, which Odoo has no active warehouse${scope} for; ` +
        `found: ${warehouses.map((w) => w.code).join(', ') || 'none'}`,
    );
  }
  const codesSeen = new Set<string>();
  for (const { code } of warehouses) {
    if (codesSeen.has(code)) {
      throw new Error(
        `Odoo has two warehouses with the code ${code} (in different companies): set ODOO_COMPANY_ID to the company whose stock the shop sells`,
      );
    }
    codesSeen.add(code);
  }
  return warehouses;
}
