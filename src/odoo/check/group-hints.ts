import type { AccessOperation } from './needs.js';

/**
 * The group to grant for each right the hub needs, from the ACLs Odoo's
 * addons ship (`security/ir.model.access.csv` of base, product, stock,
 * account, sale and purchase, 16–19): the least group that has the right and
 * sees every record (Sales' "Own Documents Only" sees the user's own orders
 * only, by record rule, so it is not enough for a hub).
 */
export interface GroupHint {
  /** As Settings / Users shows it: "Application / Level". */
  name: string;
  xmlId: string;
}

const INTERNAL: GroupHint = { name: 'User types / Internal User', xmlId: 'base.group_user' };
const CONTACTS: GroupHint = { name: 'Extra Rights / Contact Creation', xmlId: 'base.group_partner_manager' };
const SALES: GroupHint = { name: 'Sales / User: All Documents', xmlId: 'sales_team.group_sale_salesman_all_leads' };
const STOCK: GroupHint = { name: 'Inventory / User', xmlId: 'stock.group_stock_user' };
const BILLING: GroupHint = { name: 'Invoicing / Billing', xmlId: 'account.group_account_invoice' };
const PURCHASE: GroupHint = { name: 'Purchase / User', xmlId: 'purchase.group_purchase_user' };

const HINTS: Readonly<Record<string, Partial<Record<AccessOperation, GroupHint>>>> = {
  'res.partner': { read: INTERNAL, create: CONTACTS, write: CONTACTS },
  'product.product': { read: INTERNAL },
  'product.template': { read: INTERNAL },
  'product.pricelist.item': { read: SALES },
  'product.pricelist': { read: SALES },
  'product.category': { read: INTERNAL },
  'res.currency': { read: INTERNAL },
  'account.tax': { read: BILLING },
  'stock.warehouse': { read: INTERNAL },
  'stock.quant': { read: STOCK },
  'stock.picking': { read: STOCK },
  'account.move': { read: BILLING },
  'sale.order': { read: SALES, create: SALES, write: SALES },
  'sale.order.line': { read: SALES, create: SALES, write: SALES },
  'purchase.order': { read: PURCHASE, create: PURCHASE, write: PURCHASE },
  'purchase.order.line': { read: PURCHASE, create: PURCHASE, write: PURCHASE },
};

/** What to do about a missing right: the group to grant, or where Odoo lists the groups that have it. */
export function accessFix(model: string, operation: AccessOperation): string {
  const hint = HINTS[model]?.[operation];
  if (hint) return `grant the Odoo user the group "${hint.name}" (${hint.xmlId}) in Settings / Users`;
  return `grant the Odoo user a group that may ${operation} ${model} (Settings / Technical / Access Rights lists them)`;
}
