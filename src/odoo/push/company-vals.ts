import type { OdooClient } from '../odoo-client.js';

/**
 * What a pushed record's `create` adds for ODOO_COMPANY_ID: `company_id` when
 * a company is configured and the model has the field in this Odoo; nothing
 * otherwise (Odoo then uses the API user's current company, or none).
 * Sale orders call it too.
 */
export async function companyVals(odoo: OdooClient, model: string): Promise<{ company_id?: number }> {
  const companyId = odoo.companyId;
  if (companyId === undefined || !(await odoo.hasField(model, 'company_id'))) return {};
  return { company_id: companyId };
}
