/**
 * The account addon's taxes (addons/account/models/account_tax.py) and
 * where they hang: the company's default sale and purchase taxes
 * (res_company.py), the products' customer and vendor taxes
 * (addons/account/models/product.py). Tax included in price is a stored
 * boolean `price_include` in 16–17; from 18 it is computed from
 * `price_include_override` and the company's `account_price_include`.
 * 19 stores the fiscal position mapping on the tax itself
 * (`fiscal_position_ids`, `original_tax_ids`): see fiscal-position.ts.
 */
import { col } from '../orm/compute-helpers.js';
import {
  active,
  always,
  boolean,
  char,
  float,
  integer,
  many2many,
  many2one,
  selection,
  currentCompanyDefault,
} from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { ModelSpec, OdooVersion } from '../orm/model-spec.js';
import { taxPriceInclude } from './tax-computation.js';

const PRICE_INCLUDE_CHOICES: Array<[string, string]> = [
  ['tax_included', 'Tax Included'],
  ['tax_excluded', 'Tax Excluded'],
];

export function accountTaxModels(version: OdooVersion): ModelSpec[] {
  return [
    {
      name: 'account.tax',
      description: 'Tax',
      order: 'sequence,id',
      fields: {
        name: char('Tax Name', { required: true }),
        type_tax_use: selection(
          [
            ['sale', 'Sales'],
            ['purchase', 'Purchases'],
            ['none', 'None'],
          ],
          'Tax Type',
          { required: true, default: always('sale') },
        ),
        amount_type: selection(
          [
            ['group', 'Group of Taxes'],
            ['fixed', 'Fixed'],
            ['percent', 'Percentage'],
            ['division', 'Percentage Tax Included'],
          ],
          'Tax Computation',
          { required: true, default: always('percent') },
        ),
        amount: float('Amount', { required: true }),
        sequence: integer('Sequence', { default: always(1) }),
        company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
        active: active(),
        ...(version <= 17
          ? { price_include: boolean('Included in Price', { default: always(false) }) }
          : {
              price_include_override: selection(PRICE_INCLUDE_CHOICES, 'Included in Price'),
              price_include: boolean('Price Include', { compute: (env, row) => taxPriceInclude(env, row.id) }),
            }),
        include_base_amount: boolean('Affect Base of Subsequent Taxes', { default: always(false) }),
      },
    },
  ];
}

export function accountTaxExtensions(version: OdooVersion): ModelExtension[] {
  return [
    {
      inherit: 'res.company',
      fields: {
        account_sale_tax_id: many2one('account.tax', 'Default Sale Tax'),
        account_purchase_tax_id: many2one('account.tax', 'Default Purchase Tax'),
        ...(version >= 18
          ? {
              account_price_include: selection(PRICE_INCLUDE_CHOICES, 'Default Sales Price Include', {
                required: true,
                default: always('tax_excluded'),
              }),
            }
          : {}),
      },
    },
    {
      inherit: 'product.template',
      fields: {
        // The default taxes of the company creating the product (none until a chart of accounts sets them).
        taxes_id: many2many('account.tax', 'Sales Taxes', {
          default: (env) => {
            const tax = col(env, 'res.company', 1, 'account_sale_tax_id');
            return typeof tax === 'number' ? [tax] : [];
          },
        }),
        supplier_taxes_id: many2many('account.tax', 'Purchase Taxes', {
          default: (env) => {
            const tax = col(env, 'res.company', 1, 'account_purchase_tax_id');
            return typeof tax === 'number' ? [tax] : [];
          },
        }),
      },
    },
  ];
}
