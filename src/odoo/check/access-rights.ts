import type { OdooClient } from '../odoo-client.js';
import { OdooError } from '../odoo-error.js';
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
 * Both answer a boolean. Should a release refuse the one its version should
 * have (unknown, or private to RPC), the other is asked.
 */
export async function mayAccess(
  odoo: OdooClient,
  major: number,
  model: string,
  operation: AccessOperation,
): Promise<boolean> {
  const asks = [
    () => odoo.call(model, 'has_access', [], { operation }),
    () => odoo.call(model, 'check_access_rights', null, { operation, raise_exception: false }),
  ];
  if (major < 18) asks.reverse();
  try {
    return (await asks[0]!()) === true;
  } catch (err) {
    if (!notCallable(err)) throw err;
    return (await asks[1]!()) === true;
  }
}

/**
 * A method this Odoo does not offer over RPC: unknown (an AttributeError, or
 * JSON-2's 404, odoo/service/model.py and addons/rpc) or private
 * (`@api.private` / `_`-names: "Private methods … cannot be called remotely").
 */
function notCallable(err: unknown): boolean {
  return (
    err instanceof OdooError &&
    (/does not exist|has no attribute|cannot be called remotely/.test(err.message) ||
      (err.httpStatus === 404 && err.odooName.includes('NotFound')))
  );
}
