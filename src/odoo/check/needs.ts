import { ATTACHMENT_READS } from '../pull/product-images.js';
import { PULLED_MODELS } from '../pull/pulled-models.js';
import { PUSHES } from '../push/pushes.js';

/**
 * What the hub needs of the Odoo user, read off the registry: every model the
 * pull reads (main models and companions, with the fields it reads) and every
 * model a push creates or writes. `odoo:check` checks each.
 */
export type AccessOperation = 'read' | 'create' | 'write';

export interface ModelNeed {
  model: string;
  operations: AccessOperation[];
  /** Fields read (pulls): each must be in the user's fields_get. */
  fields: string[];
}

/**
 * Models the pulls and pushes read beside the registry's (a pricelist's
 * currency, the warehouses whose stock is summed, the categories pricelist
 * rules name, an order's taxes): a user who may not read them fails there.
 */
const ALSO_READ = [
  'stock.warehouse',
  'product.pricelist',
  'product.category',
  'res.currency',
  'account.tax',
  'purchase.order.line',
  'sale.order.line',
];

/** The Odoo addon a model comes from: a model Odoo lacks is reported as that addon missing. */
export const MODULE_OF_MODEL: Readonly<Record<string, string>> = {
  'res.partner': 'base',
  'ir.attachment': 'base',
  'product.product': 'product',
  'product.template': 'product',
  'product.pricelist.item': 'product',
  'product.pricelist': 'product',
  'product.category': 'product',
  'product.template.attribute.value': 'product',
  'product.attribute.value': 'product',
  'product.attribute': 'product',
  'uom.uom': 'uom',
  'product.public.category': 'website_sale',
  'res.currency': 'base',
  'account.tax': 'account',
  'stock.warehouse': 'stock',
  'stock.quant': 'stock',
  'stock.picking': 'stock',
  'account.move': 'account',
  'sale.order': 'sale',
  'sale.order.line': 'sale',
  'purchase.order': 'purchase',
  'purchase.order.line': 'purchase',
};

/**
 * The addons the hub looks for in ir.module.module. Required ones missing are
 * problems; optional ones are notes saying what the hub does without them.
 */
export const MODULES: ReadonlyArray<{ name: string; label: string; required: boolean; without: string }> = [
  { name: 'sale_management', label: 'Sales', required: true, without: 'orders cannot be pushed or followed' },
  { name: 'stock', label: 'Inventory', required: true, without: 'no stock levels are pulled, no deliveries followed' },
  { name: 'purchase', label: 'Purchase', required: false, without: 'purchase orders are neither pulled nor pushed' },
  {
    name: 'website_sale',
    label: 'eCommerce',
    required: false,
    without: 'products have no shop categories or is_published flag (the internal category is used)',
  },
];

/** Every model the hub reads or writes, once, with the union of what it does there. */
export function modelNeeds(): ModelNeed[] {
  const needs = new Map<string, ModelNeed>();
  const need = (model: string): ModelNeed => {
    let entry = needs.get(model);
    if (!entry) needs.set(model, (entry = { model, operations: [], fields: [] }));
    return entry;
  };
  const add = (entry: ModelNeed, operation: AccessOperation) => {
    if (!entry.operations.includes(operation)) entry.operations.push(operation);
  };
  for (const pulled of Object.values(PULLED_MODELS)) {
    for (const source of [pulled, ...(pulled.companions ?? [])]) {
      const entry = need(source.model);
      add(entry, 'read');
      for (const field of source.fields) if (field !== 'id' && !entry.fields.includes(field)) entry.fields.push(field);
    }
  }
  for (const push of Object.values(PUSHES)) {
    for (const { model, operations } of push.writes) {
      const entry = need(model);
      add(entry, 'read');
      for (const operation of operations) add(entry, operation);
    }
  }
  for (const model of ALSO_READ) add(need(model), 'read');
  // Product pictures: their checksums (the pull) and bytes (/media) are read from ir.attachment.
  const attachments = need(ATTACHMENT_READS.model);
  add(attachments, 'read');
  for (const field of ATTACHMENT_READS.fields) if (!attachments.fields.includes(field)) attachments.fields.push(field);
  return [...needs.values()];
}
