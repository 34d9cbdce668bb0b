import type { OdooClient } from '../odoo-client.js';
import type { AccessOperation } from './needs.js';

/**
 * Whether the Odoo user may do `operation` on `model`, by Odoo's own check of
 * the model's ACLs (ir.model.access), asked without raising:
 *  - 16–17: `check_access_rights(operation, raise_exception=False)`, an
 *    @api.model method of BaseModel (odoo/models.py);
 *  - 18+: `has_access(operation)` on an empty recordset (odoo/models.py 18.0
 *    made `check_access_rights` a deprecated wrapper of `check_access` /
 *    `has_access`, and 19.0 dropped it); on no records it checks the ACLs only,
 *    not record rules (`_check_access`).
 * Both answer a boolean.
 */
export async function mayAccess(
  odoo: OdooClient,
  major: number,
  model: string,
  operation: AccessOperation,
): Promise<boolean> {
  const answer =
    major >= 18
      ? await odoo.call(model, 'has_access', [], { operation })
      : await odoo.call(model, 'check_access_rights', null, { operation, raise_exception: false });
  return answer === true;
}
