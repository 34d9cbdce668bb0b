/**
 * Access rights of the API user, as Odoo checks them for a call from outside:
 * the model's ACLs (ir.model.access: per group, read / write / create /
 * unlink) and fields declared with `groups=`. The simulator's user has a set of
 * groups (xml ids); the ACL table below is a subset of the
 * `security/ir.model.access.csv` files of base, product, stock, sale and
 * purchase, cut to the groups that matter for an integration user. A model the
 * table does not name is open to every internal user (`base.group_user`), a
 * simplification: Odoo refuses a model without any ACL to everyone but the
 * superuser.
 *
 * The refusal is Odoo's AccessError, worded as
 * odoo/addons/base/models/ir_model.py `IrModelAccess.check` (16–17) and
 * `_make_access_error` (18–19) word it: the operation's header, the groups
 * that have the right (`group_names_with_access`: "Category/Group", sorted),
 * and the resolution line.
 */
import { accessError } from '../odoo-exception.js';
import type { CompiledField, CompiledModel, OdooVersion } from './model-spec.js';

export type Operation = 'read' | 'write' | 'create' | 'unlink';
export const OPERATIONS: readonly Operation[] = ['read', 'write', 'create', 'unlink'];

/** Groups by xml id: their category (ir.module.category) and name, as `group_names_with_access` joins them. */
export const GROUPS: Readonly<Record<string, readonly [category: string | null, name: string]>> = {
  'base.group_user': ['User types', 'Internal User'],
  'base.group_portal': ['User types', 'Portal'],
  'base.group_partner_manager': ['Extra Rights', 'Contact Creation'],
  'base.group_system': ['Administration', 'Settings'],
  'sales_team.group_sale_salesman': ['Sales', 'User: Own Documents Only'],
  'sales_team.group_sale_salesman_all_leads': ['Sales', 'User: All Documents'],
  'sales_team.group_sale_manager': ['Sales', 'Administrator'],
  'stock.group_stock_user': ['Inventory', 'User'],
  'stock.group_stock_manager': ['Inventory', 'Administrator'],
  'purchase.group_purchase_user': ['Purchase', 'User'],
  'purchase.group_purchase_manager': ['Purchase', 'Administrator'],
  'account.group_account_invoice': ['Invoicing', 'Billing'],
  'account.group_account_manager': ['Invoicing', 'Billing Administrator'],
};

/** Every group the simulator knows: an admin's set (the default API user). */
export const ALL_GROUPS: readonly string[] = Object.keys(GROUPS);

/**
 * What an implied group brings (res.groups `implied_ids`): a manager is a user,
 * a user of an app is an internal user.
 */
const IMPLIED: Readonly<Record<string, readonly string[]>> = {
  'sales_team.group_sale_manager': ['sales_team.group_sale_salesman_all_leads'],
  'sales_team.group_sale_salesman_all_leads': ['sales_team.group_sale_salesman'],
  'sales_team.group_sale_salesman': ['base.group_user'],
  'stock.group_stock_manager': ['stock.group_stock_user'],
  'stock.group_stock_user': ['base.group_user'],
  'purchase.group_purchase_manager': ['purchase.group_purchase_user'],
  'purchase.group_purchase_user': ['base.group_user'],
  'account.group_account_manager': ['account.group_account_invoice'],
  'account.group_account_invoice': ['base.group_user'],
  'base.group_system': ['base.group_partner_manager', 'base.group_user'],
  'base.group_partner_manager': [],
  'base.group_user': [],
  'base.group_portal': [],
};

/** The groups a user has with the ones its groups imply. */
export function withImplied(groups: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const visit = (group: string) => {
    if (all.has(group)) return;
    all.add(group);
    for (const implied of IMPLIED[group] ?? []) visit(implied);
  };
  for (const group of groups) visit(group);
  return all;
}

/** `r`, `w`, `c`, `u` (unlink) flags of one ACL line. */
type Perms = string;

/** ir.model.access lines: model → [group, perms]. */
const ACCESS: Readonly<Record<string, ReadonlyArray<readonly [string, Perms]>>> = {
  'res.partner': [
    ['base.group_user', 'r'],
    ['base.group_partner_manager', 'rwcu'],
  ],
  // product's ACLs let portal users read products (their orders name them).
  'product.product': [
    ['base.group_user', 'r'],
    ['base.group_portal', 'r'],
    ['sales_team.group_sale_manager', 'rwcu'],
    ['stock.group_stock_manager', 'rwcu'],
  ],
  'product.template': [
    ['base.group_user', 'r'],
    ['base.group_portal', 'r'],
    ['sales_team.group_sale_manager', 'rwcu'],
    ['stock.group_stock_manager', 'rwcu'],
  ],
  'product.pricelist': [
    ['base.group_user', 'r'],
    ['sales_team.group_sale_manager', 'rwcu'],
  ],
  'product.pricelist.item': [
    ['base.group_user', 'r'],
    ['sales_team.group_sale_manager', 'rwcu'],
  ],
  // Every internal user reads quants (stock's `access_stock_quant_all`, base.group_user, read only):
  // a sales user sees availability without any Inventory right.
  'stock.quant': [
    ['base.group_user', 'r'],
    ['stock.group_stock_user', 'rwc'],
    ['stock.group_stock_manager', 'rwcu'],
  ],
  // Every internal user reads warehouses and locations (a sales order names its warehouse).
  'stock.warehouse': [
    ['base.group_user', 'r'],
    ['stock.group_stock_manager', 'rwcu'],
  ],
  'stock.location': [
    ['base.group_user', 'r'],
    ['stock.group_stock_manager', 'rwcu'],
  ],
  // sale_stock's ir.model.access.csv gives salesmen (rwc) and sales managers (rwcu) the
  // deliveries of their orders, portal users read them.
  'stock.picking': [
    ['stock.group_stock_user', 'rwcu'],
    ['base.group_portal', 'r'],
    ['sales_team.group_sale_salesman', 'rwc'],
    ['sales_team.group_sale_manager', 'rwcu'],
  ],
  'account.move': [
    ['account.group_account_invoice', 'rwcu'],
    ['sales_team.group_sale_salesman', 'r'],
  ],
  // sale_stock: a stock user reads and writes orders (`access_sale_order_stock_worker`).
  'sale.order': [
    ['stock.group_stock_user', 'rw'],
    ['sales_team.group_sale_salesman', 'rwc'],
    ['sales_team.group_sale_manager', 'rwcu'],
  ],
  'sale.order.line': [
    ['stock.group_stock_user', 'rw'],
    ['sales_team.group_sale_salesman', 'rwcu'],
    ['sales_team.group_sale_manager', 'rwcu'],
  ],
  // purchase's and purchase_stock's ir.model.access.csv: billing users read and write orders,
  // stock users and portal users read them; only purchase users create.
  'purchase.order': [
    ['purchase.group_purchase_user', 'rwcu'],
    ['account.group_account_invoice', 'rw'],
    ['stock.group_stock_user', 'r'],
    ['base.group_portal', 'r'],
  ],
  'purchase.order.line': [
    ['purchase.group_purchase_user', 'rwcu'],
    ['account.group_account_invoice', 'rw'],
    ['stock.group_stock_user', 'r'],
    ['base.group_portal', 'r'],
  ],
  'ir.module.module': [
    ['base.group_user', 'r'],
    ['base.group_system', 'rwcu'],
  ],
};

const FLAG: Readonly<Record<Operation, string>> = { read: 'r', write: 'w', create: 'c', unlink: 'u' };

/** The ACL lines of a model (an unnamed model: internal users may do everything). */
function linesOf(model: string): ReadonlyArray<readonly [string, Perms]> {
  return ACCESS[model] ?? [['base.group_user', 'rwcu']];
}

/** `ir.model.access.check(model, mode, raise_exception=False)`: whether one of the user's groups has the right. */
export function hasModelAccess(groups: ReadonlySet<string>, model: string, operation: Operation): boolean {
  return linesOf(model).some(([group, perms]) => groups.has(group) && perms.includes(FLAG[operation]));
}

/**
 * `group_names_with_access(model, mode)`: "Category/Group" for a group with a
 * category, sorted by category then group name (ir_model.py, 16–19).
 */
export function groupNamesWithAccess(model: string, operation: Operation): string[] {
  return linesOf(model)
    .filter(([, perms]) => perms.includes(FLAG[operation]))
    .map(([group]) => GROUPS[group] ?? [null, group])
    .sort(([c1, n1], [c2, n2]) => (c1 ?? '').localeCompare(c2 ?? '') || n1.localeCompare(n2))
    .map(([category, name]) => (category ? `${category}/${name}` : name));
}

const HEADERS: Readonly<Record<Operation, string>> = {
  read: "You are not allowed to access '%k' (%m) records.",
  write: "You are not allowed to modify '%k' (%m) records.",
  create: "You are not allowed to create '%k' (%m) records.",
  unlink: "You are not allowed to delete '%k' (%m) records.",
};

/** The AccessError of a missing ACL right (the same text in 16–19). */
export function modelAccessError(model: CompiledModel, operation: Operation) {
  const header = HEADERS[operation].replace('%k', model.description || model.name).replace('%m', model.name);
  const groups = groupNamesWithAccess(model.name, operation);
  const groupInfo = groups.length
    ? `This operation is allowed for the following groups:\n${groups.map((g) => `\t- ${g}`).join('\n')}`
    : 'No group currently allows this operation.';
  return accessError(`${header}\n\n${groupInfo}\n\nContact your administrator to request access if necessary.`);
}

/** Raises the AccessError unless the user has the right (`check_access_rights(operation)`). */
export function checkModelAccess(groups: ReadonlySet<string>, model: CompiledModel, operation: Operation): void {
  if (!hasModelAccess(groups, model.name, operation)) throw modelAccessError(model, operation);
}

/** A field declared with `groups=` that none of the user's groups opens (Odoo: `user_has_groups(field.groups)`). */
export function fieldHidden(groups: ReadonlySet<string>, field: CompiledField): boolean {
  return !!field.groups && !field.groups.split(',').some((g) => groups.has(g.trim()));
}

/**
 * The AccessError for reading or writing fields the user's groups do not open:
 * 16–17 `check_field_access_rights` names them all at once ("the fields
 * \"a,b\""), 18+ `_check_field_access` the first one ("the field \"a\""),
 * both in odoo/models.py.
 */
export function fieldAccessError(version: OdooVersion, model: CompiledModel, fields: string[], operation: Operation) {
  const kind = model.description || model.name;
  if (version <= 17) {
    return accessError(
      `You do not have enough rights to access the fields "${fields.join(',')}" on ${kind} (${model.name}). ` +
        `Please contact your system administrator.\n\n(Operation: ${operation})`,
    );
  }
  return accessError(
    `You do not have enough rights to access the field "${fields[0]}" on ${kind} (${model.name}). ` +
      `Please contact your system administrator.\n\nOperation: ${operation}`,
  );
}

/** Raises when `names` holds fields the user's groups do not open. */
export function checkFieldAccess(
  version: OdooVersion,
  groups: ReadonlySet<string>,
  model: CompiledModel,
  names: Iterable<string>,
  operation: Operation,
): void {
  const hidden = [...names].filter((name) => {
    const field = model.fields[name];
    return field !== undefined && fieldHidden(groups, field);
  });
  if (hidden.length) throw fieldAccessError(version, model, hidden, operation);
}
