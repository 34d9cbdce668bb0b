/**
 * The product addon's prices: customer pricelists with their rules, and
 * vendor price lists (product.supplierinfo).
 */
import { validationError } from '../odoo-exception.js';
import { col } from '../orm/compute-helpers.js';
import {
  active,
  always,
  boolean,
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
import type { FieldSpec, ModelSpec, OdooVersion, Vals } from '../orm/model-spec.js';

/**
 * The rule's fields that differ by version (addons/product/models/product_pricelist_item.py):
 * 16 stores `active` (related to the pricelist's, so an archived pricelist's
 * rules drop out of default searches); 18 adds `price_markup`, stored, the
 * negated `price_discount` (its inverse writes the discount back), which the
 * form shows for cost-based formulas.
 */
function versionedRuleFields(version: OdooVersion): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {};
  if (version === 16) {
    fields.active = boolean('Active', {
      compute: (env, row) => col(env, 'product.pricelist', row.pricelist_id, 'active') !== false,
      store: true,
    });
  }
  if (version >= 18) {
    fields.price_markup = float('Markup', {
      compute: (_env, row) => -((row.price_discount as number) ?? 0),
      store: true,
      inverse(env, ids, value) {
        env.writeRecords('product.pricelist.item', ids, { price_discount: -((value as number) ?? 0) }, {});
      },
    });
  }
  return fields;
}

/** What create() and write() clear for a rule's `applied_on`. */
function clearOutOfScope(vals: Vals): void {
  const clear = {
    '3_global': ['product_id', 'product_tmpl_id', 'categ_id'],
    '2_product_category': ['product_id', 'product_tmpl_id'],
    '1_product': ['product_id', 'categ_id'],
    '0_product_variant': ['categ_id'],
  }[vals.applied_on as string];
  for (const field of clear ?? []) vals[field] = false;
}

export const pricelistModels = (version: OdooVersion): ModelSpec[] => [
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
      // The formula's parts, applied in this order by _compute_price: discount, rounding, surcharge, margins.
      base: selection(
        [
          ['list_price', 'Sales Price'],
          ['standard_price', 'Cost'],
          ['pricelist', 'Other Pricelist'],
        ],
        'Based on',
        { required: true, default: always('list_price') },
      ),
      base_pricelist_id: many2one('product.pricelist', 'Other Pricelist'),
      price_discount: float('Price Discount'),
      price_round: float('Price Rounding'),
      price_surcharge: float('Price Surcharge'),
      price_min_margin: float('Min. Price Margin'),
      price_max_margin: float('Max. Price Margin'),
      min_quantity: float('Min. Quantity'),
      // Datetimes (naive UTC) in 16–19; a rule applies while date_start <= date <= date_end.
      date_start: datetime('Start Date'),
      date_end: datetime('End Date'),
      currency_id: many2one('res.currency', 'Currency', {
        compute: (env, row) => col(env, 'product.pricelist', row.pricelist_id, 'currency_id'),
      }),
      ...versionedRuleFields(version),
    },
    hooks: {
      prepareCreate(env, vals) {
        if (vals.product_id && !vals.product_tmpl_id) {
          vals.product_tmpl_id = col(env, 'product.product', vals.product_id as number, 'product_tmpl_id') ?? false;
        }
        // create(): applied_on from what the rule names, then the fields the scope does not use cleared
        // ("Ensure item consistency for later searches": _get_applicable_rules_domain filters on them).
        if (!vals.applied_on) {
          vals.applied_on = vals.product_id
            ? '0_product_variant'
            : vals.product_tmpl_id
              ? '1_product'
              : vals.categ_id
                ? '2_product_category'
                : '3_global';
        }
        clearOutOfScope(vals);
      },
      prepareWrite(_env, _ids, vals) {
        if (vals.applied_on) clearOutOfScope(vals);
      },
      constrain(env, ids) {
        for (const id of ids) {
          const row = env.row('product.pricelist.item', id)!;
          // _check_recursion (16–17; _check_pricelist_recursion in 18+)
          if (
            row.base === 'pricelist' &&
            row.base_pricelist_id !== null &&
            row.base_pricelist_id === row.pricelist_id
          ) {
            throw validationError('You cannot assign the Main Pricelist as Other Pricelist in PriceList Item');
          }
          // _check_date_range
          if (row.date_start && row.date_end && (row.date_start as string) >= (row.date_end as string)) {
            throw validationError(
              `${env.displayName('product.pricelist.item', id)}: end date (${row.date_end}) should be greater than start date (${row.date_start})`,
            );
          }
          // _check_margin
          if (((row.price_min_margin as number) ?? 0) > ((row.price_max_margin as number) ?? 0)) {
            throw validationError('The minimum margin should be lower than the maximum margin.');
          }
          // _check_product_consistency
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
