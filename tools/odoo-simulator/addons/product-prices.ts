/**
 * The product addon's prices: customer pricelists with their rules, and
 * vendor price lists (product.supplierinfo).
 */
import { validationError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import {
  active,
  always,
  char,
  currentCompanyDefault,
  date,
  datetime,
  float,
  integer,
  many2one,
  one2many,
  selection,
} from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';

export const pricelistModels = (): ModelSpec[] => [
  {
    name: 'product.pricelist',
    description: 'Pricelist',
    order: 'sequence asc, id asc',
    displayName: (env, row) => `${row.name} (${col(env, 'res.currency', row.currency_id, 'name') ?? ''})`,
    fields: {
      name: char('Pricelist Name', { required: true }),
      sequence: integer('Sequence', { default: always(16) }),
      currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
      item_ids: one2many('product.pricelist.item', 'pricelist_id', 'Pricelist Rules'),
      company_id: many2one('res.company', 'Company'),
      active: active(),
    },
  },
  {
    name: 'product.pricelist.item',
    description: 'Pricelist Rule',
    order: 'applied_on, min_quantity desc, categ_id desc, id desc',
    fields: {
      pricelist_id: many2one('product.pricelist', 'Pricelist', { required: true, ondelete: 'cascade' }),
      name: char('Name', {
        compute(env, row) {
          switch (row.applied_on) {
            case '0_product_variant':
              return env.displayName('product.product', row.product_id as number);
            case '1_product':
              return env.displayName('product.template', row.product_tmpl_id as number);
            case '2_product_category':
              return `Category: ${env.displayName('product.category', row.categ_id as number)}`;
            default:
              return 'All Products';
          }
        },
      }),
      applied_on: selection(
        [
          ['3_global', 'All Products'],
          ['2_product_category', 'Product Category'],
          ['1_product', 'Product'],
          ['0_product_variant', 'Product Variant'],
        ],
        'Apply On',
        { required: true, default: always('3_global') },
      ),
      product_tmpl_id: many2one('product.template', 'Product', { ondelete: 'cascade' }),
      product_id: many2one('product.product', 'Product Variant', { ondelete: 'cascade' }),
      categ_id: many2one('product.category', 'Product Category', { ondelete: 'cascade' }),
      compute_price: selection(
        [
          ['fixed', 'Fixed Price'],
          ['percentage', 'Discount'],
          ['formula', 'Formula'],
        ],
        'Computation',
        { required: true, default: always('fixed') },
      ),
      fixed_price: float('Fixed Price'),
      percent_price: float('Percentage Price'),
      min_quantity: float('Min. Quantity'),
      date_start: datetime('Start Date'),
      date_end: datetime('End Date'),
    },
    hooks: {
      prepareCreate(env, vals) {
        if (vals.product_id && !vals.product_tmpl_id) {
          vals.product_tmpl_id = col(env, 'product.product', vals.product_id as number, 'product_tmpl_id') ?? false;
        }
      },
      constrain(env, ids) {
        // _check_product_consistency
        for (const id of ids) {
          const row = env.row('product.pricelist.item', id)!;
          if (row.applied_on === '2_product_category' && row.categ_id === null) {
            throw validationError('Please specify the category for which this rule should be applied');
          }
          if (row.applied_on === '1_product' && row.product_tmpl_id === null) {
            throw validationError('Please specify the product for which this rule should be applied');
          }
          if (row.applied_on === '0_product_variant' && row.product_id === null) {
            throw validationError('Please specify the product variant for which this rule should be applied');
          }
        }
      },
    },
  },
  {
    name: 'product.supplierinfo',
    description: 'Supplier Pricelist',
    order: 'sequence, min_qty desc, price, id',
    displayName: (env, row) => env.displayName('res.partner', row.partner_id as number),
    fields: {
      partner_id: many2one('res.partner', 'Vendor', { required: true, ondelete: 'cascade' }),
      product_name: char('Vendor Product Name'),
      product_code: char('Vendor Product Code'),
      sequence: integer('Sequence', { default: always(1) }),
      min_qty: float('Quantity'),
      price: float('Price', { required: true }),
      discount: float('Discount (%)'),
      currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
      company_id: many2one('res.company', 'Company', { default: currentCompanyDefault }),
      product_tmpl_id: many2one('product.template', 'Product Template', { ondelete: 'cascade' }),
      product_id: many2one('product.product', 'Product Variant'),
      delay: integer('Delivery Lead Time', { default: always(1) }),
      date_start: date('Start Date'),
      date_end: date('End Date'),
    },
    hooks: {
      prepareCreate(env, vals) {
        if (vals.product_id && !vals.product_tmpl_id) {
          vals.product_tmpl_id = col(env, 'product.product', vals.product_id as number, 'product_tmpl_id') ?? false;
        }
      },
    },
  },
];
