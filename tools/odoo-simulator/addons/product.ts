/**
 * The product addon's catalogue: categories, templates and their variants
 * (product.product `_inherits` product.template). From Odoo 18
 * product.template.type is consu/service/combo and storable goods are
 * `is_storable` (17 and before: type 'product'). In 16–17 the type a user
 * picks is `detailed_type` and `type` is computed from it (stored, writable:
 * product/models/product_template.py `_compute_type`, stock adding 'product'
 * to both); 18 dropped `detailed_type`. The name and sales description are
 * translated (`translate=True`).
 */
import { col } from '../orm/compute-helpers.js';
import { active, always, boolean, char, float, integer, many2one, one2many, selection, text } from '../orm/fields.js';
import type { CacheValue, FieldSpec, ModelSpec, OdooVersion, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

function activeVariants(env: SimEnv, templateId: number): number[] {
  return env
    .o2mIds('product.product', 'product_tmpl_id', templateId)
    .filter((id) => env.row('product.product', id)!.active);
}

/** A template field that mirrors its single variant (default_code, barcode). */
function fromSingleVariant(field: string, string: string): FieldSpec {
  return char(string, {
    compute(env, row) {
      const variants = activeVariants(env, row.id);
      return variants.length === 1 ? (env.row('product.product', variants[0])![field] as string | null) : null;
    },
    inverse(env, ids, value) {
      for (const id of ids) {
        const variants = activeVariants(env, id);
        if (variants.length === 1) env.writeRecords('product.product', variants, { [field]: value }, {});
      }
    },
    store: field === 'default_code',
  });
}

function productCodeName(code: CacheValue, name: CacheValue): string {
  return code ? `[${code}] ${name ?? ''}` : String(name ?? '');
}

function productCurrency(env: SimEnv, row: Row): number | null {
  const company = (row.company_id as number | null) ?? env.company();
  return col(env, 'res.company', company, 'currency_id') as number | null;
}

export const productModels = (version: OdooVersion): ModelSpec[] => [
  {
    name: 'product.category',
    description: 'Product Category',
    order: 'complete_name',
    parentName: 'parent_id',
    displayName: (env, row) => env.value(env.model('product.category'), row, 'complete_name') as string,
    fields: {
      name: char('Name', { required: true }),
      complete_name: char('Complete Name', {
        compute(env, row) {
          const parent = row.parent_id === null ? null : env.row('product.category', row.parent_id as number);
          return parent
            ? `${env.value(env.model('product.category'), parent, 'complete_name')} / ${row.name}`
            : row.name;
        },
        store: true,
      }),
      parent_id: many2one('product.category', 'Parent Category', { ondelete: 'cascade' }),
      child_id: one2many('product.category', 'parent_id', 'Child Categories'),
    },
  },
  {
    name: 'product.template',
    description: 'Product',
    order: 'name',
    displayName: (env, row) => productCodeName(env.value(env.model('product.template'), row, 'default_code'), row.name),
    fields: {
      name: char('Name', { required: true, translate: true }),
      sequence: integer('Sequence', { default: always(1) }),
      ...(version < 18
        ? {
            detailed_type: selection(
              [
                ['consu', 'Consumable'],
                ['service', 'Service'],
                ['product', 'Storable Product'],
              ],
              'Product Type',
              { required: true, default: always('consu') },
            ),
          }
        : {}),
      type:
        version >= 18
          ? selection(
              [
                ['consu', 'Goods'],
                ['service', 'Service'],
                ['combo', 'Combo'],
              ],
              'Product Type',
              { required: true, default: always('consu') },
            )
          : selection(
              [
                ['consu', 'Consumable'],
                ['service', 'Service'],
                ['product', 'Storable Product'],
              ],
              'Type',
              // Given, or computed from detailed_type on create (prepareCreate below).
              { required: true },
            ),
      ...(version >= 18 ? { is_storable: boolean('Track Inventory', { default: always(false) }) } : {}),
      categ_id: many2one('product.category', 'Product Category', {
        required: true,
        default: (env) => env.searchIds('product.category', [['parent_id', '=', false]], { limit: 1 })[0] ?? false,
      }),
      list_price: float('Sales Price', { default: always(1.0) }),
      // product/models/product_template.py (16–19): `groups="base.group_user"`, internal users only.
      standard_price: float('Cost', { groups: 'base.group_user' }),
      // product_template.py `_compute_currency_id` / `_compute_cost_currency_id`: the
      // product's company's currency, else the current company's; what list and cost prices are in.
      currency_id: many2one('res.currency', 'Currency', { compute: productCurrency }),
      cost_currency_id: many2one('res.currency', 'Cost Currency', { compute: productCurrency }),
      default_code: fromSingleVariant('default_code', 'Internal Reference'),
      barcode: fromSingleVariant('barcode', 'Barcode'),
      description_sale: text('Sales Description', { translate: true }),
      sale_ok: boolean('Can be Sold', { default: always(true) }),
      purchase_ok: boolean('Can be Purchased', { default: always(true) }),
      uom_id: many2one('uom.uom', 'Unit of Measure', { required: true, default: always(1) }),
      product_variant_ids: one2many('product.product', 'product_tmpl_id', 'Products'),
      product_variant_id: many2one('product.product', 'Product', {
        compute: (env, row) => activeVariants(env, row.id)[0] ?? null,
      }),
      product_variant_count: integer('# Product Variants', {
        compute: (env, row) => activeVariants(env, row.id).length,
      }),
      seller_ids: one2many('product.supplierinfo', 'product_tmpl_id', 'Vendors'),
      company_id: many2one('res.company', 'Company'),
      active: active(),
    },
    hooks: {
      prepareCreate(_env, vals) {
        // 16–17: `type` is precomputed from detailed_type unless the client gave it.
        if (version < 18 && (vals.type === undefined || vals.type === null)) vals.type = vals.detailed_type;
      },
      prepareWrite(_env, _ids, vals) {
        if (version < 18 && 'detailed_type' in vals && !('type' in vals)) vals.type = vals.detailed_type;
      },
      afterCreate(env, id, vals, ctx) {
        // product.template.create() makes the variant, unless product.product.create() is making the template
        // or its attribute lines made the variants already (product-attributes.ts `createVariantIds`).
        if (ctx.create_product_product === false) return;
        if (env.o2mIds('product.product', 'product_tmpl_id', id).length) return;
        env.createRecords(
          'product.product',
          [
            {
              product_tmpl_id: id,
              default_code: vals.default_code ?? false,
              barcode: vals.barcode ?? false,
              active: vals.active ?? true,
            },
          ],
          {},
        );
      },
      afterWrite(env, ids, vals) {
        // Archiving a template archives its variants (and restoring it restores them).
        if ('active' in vals) {
          const variants = ids.flatMap((id) => env.o2mIds('product.product', 'product_tmpl_id', id));
          if (variants.length) env.writeRecords('product.product', variants, { active: vals.active }, {});
        }
      },
    },
  },
  {
    name: 'product.product',
    description: 'Product Variant',
    order: 'default_code, name, id',
    inherits: { model: 'product.template', field: 'product_tmpl_id' },
    displayName: (env, row) =>
      productCodeName(row.default_code, col(env, 'product.template', row.product_tmpl_id, 'name')),
    fields: {
      product_tmpl_id: many2one('product.template', 'Product Template', { required: true, ondelete: 'cascade' }),
      default_code: char('Internal Reference'),
      barcode: char('Barcode'),
      code: char('Reference', { compute: (_env, row) => row.default_code }),
      price_extra: float('Variant Price Extra', { compute: () => 0 }),
      lst_price: float('Sales Price', {
        compute: (env, row) => col(env, 'product.template', row.product_tmpl_id, 'list_price'),
        inverse(env, ids, value) {
          const templates = ids.map((id) => env.row('product.product', id)!.product_tmpl_id as number);
          env.writeRecords('product.template', [...new Set(templates)], { list_price: value }, {});
        },
      }),
      // The stock addon adds these to product.product in Odoo; specs have no `_inherit`, so they live here.
      stock_quant_ids: one2many('stock.quant', 'product_id', 'Quants'),
      qty_available: float('Quantity On Hand', {
        compute(env, row) {
          let total = 0;
          for (const quantId of env.o2mIds('stock.quant', 'product_id', row.id)) {
            const quant = env.row('stock.quant', quantId)!;
            if (col(env, 'stock.location', quant.location_id, 'usage') === 'internal')
              total += quant.quantity as number;
          }
          return total;
        },
      }),
      active: active(),
    },
    hooks: {
      afterUnlink(env, _ids, rows) {
        // Deleting the last (active) variant deletes its template.
        const templates = new Set(rows.map((row) => row.product_tmpl_id as number));
        const orphans = [...templates].filter((t) => env.row('product.template', t) && !activeVariants(env, t).length);
        if (orphans.length) env.unlinkRecords('product.template', orphans, {});
      },
    },
  },
];
