/**
 * The product addon's attributes and variants, as Odoo 16–19 make them:
 *  - product.attribute (`create_variant` always/dynamic/no_variant, `display_type`),
 *    product.attribute.value, product.template.attribute.line (the values a
 *    template uses) and product.template.attribute.value ("ptav": a value on
 *    one template, with its own `price_extra`). 16 keeps all four in
 *    product/models/product_attribute.py; 17 split them into
 *    product_attribute.py, product_attribute_value.py,
 *    product_template_attribute_line.py and product_template_attribute_value.py.
 *  - display_type: radio/pills/select/color in 16, 'multi' (checkboxes) from
 *    17, 'image' from 18. product.attribute.value.default_extra_price (17+)
 *    is the price_extra a new ptav starts with (0.0 in 16).
 *  - A line created or written updates its ptavs
 *    (`_update_product_template_attribute_values`: new values get a ptav, a
 *    removed value's ptav is archived with `ptav_active`), then the template's
 *    variants are made again (product_template.py `_create_variant_ids`): one
 *    variant per combination of the lines' active ptavs of attributes that
 *    create variants 'always'; an existing variant whose combination is still
 *    possible stays, the missing ones are created, and the others are deleted
 *    (archived when something refers to them: `_unlink_or_archive`), after the
 *    creation, so the template never lacks a variant.
 *  - product.product.price_extra is the sum of its ptavs' price_extra and
 *    lst_price is the template's list_price plus it (product_product.py
 *    `_compute_product_price_extra`, `_compute_product_lst_price`); neither is
 *    stored, so writing a ptav's price_extra moves the ptav's write_date and
 *    no variant's.
 */
import { col } from '../orm/compute-helpers.js';
import { always, boolean, char, float, integer, many2many, many2one, one2many, selection } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { ModelSpec, OdooVersion } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

const DISPLAY_TYPES: Array<[string, string]> = [
  ['radio', 'Radio'],
  ['pills', 'Pills'],
  ['select', 'Select'],
  ['color', 'Color'],
];

function displayTypes(version: OdooVersion): Array<[string, string]> {
  return [
    ...DISPLAY_TYPES,
    ...(version >= 17 ? ([['multi', 'Multi-checkbox']] as Array<[string, string]>) : []),
    ...(version >= 18 ? ([['image', 'Image']] as Array<[string, string]>) : []),
  ];
}

/** The active ptavs of a template's lines whose attribute makes variants always, grouped by line. */
function variantValueGroups(env: SimEnv, templateId: number): number[][] {
  const groups: number[][] = [];
  for (const lineId of env
    .o2mIds('product.template.attribute.line', 'product_tmpl_id', templateId)
    .sort((a, b) => a - b)) {
    const line = env.row('product.template.attribute.line', lineId)!;
    if (col(env, 'product.attribute', line.attribute_id, 'create_variant') !== 'always') continue;
    const ptavs = env
      .o2mIds('product.template.attribute.value', 'attribute_line_id', lineId)
      .filter((id) => env.row('product.template.attribute.value', id)!.ptav_active !== false)
      .sort((a, b) => a - b);
    if (ptavs.length) groups.push(ptavs);
  }
  return groups;
}

const combinationKey = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(',');

/** product_template.py `_create_variant_ids`, for one template. */
export function createVariantIds(env: SimEnv, templateId: number): void {
  let combinations: number[][] = [[]];
  for (const group of variantValueGroups(env, templateId)) {
    combinations = combinations.flatMap((combo) => group.map((ptav) => [...combo, ptav]));
  }
  const existing = new Map<string, number>();
  for (const id of env.o2mIds('product.product', 'product_tmpl_id', templateId)) {
    existing.set(
      combinationKey((env.row('product.product', id)!.product_template_attribute_value_ids as number[]) ?? []),
      id,
    );
  }
  const keep = new Set<number>();
  const create: number[][] = [];
  for (const combo of combinations) {
    const id = existing.get(combinationKey(combo));
    if (id === undefined) create.push(combo);
    else keep.add(id);
  }
  const active = env.row('product.template', templateId)!.active !== false;
  const reactivate = [...keep].filter((id) => env.row('product.product', id)!.active === false);
  if (reactivate.length && active) env.writeRecords('product.product', reactivate, { active: true }, {});
  if (create.length) {
    env.createRecords(
      'product.product',
      create.map((combo) => ({
        product_tmpl_id: templateId,
        product_template_attribute_value_ids: [[6, 0, combo]],
        active,
      })),
      {},
    );
  }
  const stale = [...existing.values()].filter((id) => !keep.has(id));
  for (const id of stale) {
    try {
      env.unlinkRecords('product.product', [id], {});
    } catch {
      // `_unlink_or_archive`: a variant something still refers to is archived instead.
      env.writeRecords('product.product', [id], { active: false }, {});
    }
  }
}

/** `_update_product_template_attribute_values` of one line, then the template's variants. */
function updateTemplateValues(env: SimEnv, lineId: number, version: OdooVersion): void {
  const line = env.row('product.template.attribute.line', lineId);
  if (!line) return;
  const wanted = new Set((line.value_ids as number[]) ?? []);
  const have = new Map<number, number>();
  for (const ptavId of env.o2mIds('product.template.attribute.value', 'attribute_line_id', lineId)) {
    have.set(env.row('product.template.attribute.value', ptavId)!.product_attribute_value_id as number, ptavId);
  }
  for (const [valueId, ptavId] of have) {
    const isActive = env.row('product.template.attribute.value', ptavId)!.ptav_active !== false;
    if (wanted.has(valueId) !== isActive) {
      env.writeRecords('product.template.attribute.value', [ptavId], { ptav_active: wanted.has(valueId) }, {});
    }
  }
  const fresh = [...wanted].filter((valueId) => !have.has(valueId));
  if (fresh.length) {
    env.createRecords(
      'product.template.attribute.value',
      fresh.map((valueId) => ({
        product_attribute_value_id: valueId,
        attribute_line_id: lineId,
        product_tmpl_id: line.product_tmpl_id,
        attribute_id: line.attribute_id,
        price_extra: version >= 17 ? (col(env, 'product.attribute.value', valueId, 'default_extra_price') ?? 0) : 0,
      })),
      {},
    );
  }
  createVariantIds(env, line.product_tmpl_id as number);
}

const ptavValue = (env: SimEnv, ptavId: number, field: string) =>
  col(
    env,
    'product.attribute.value',
    col(env, 'product.template.attribute.value', ptavId, 'product_attribute_value_id'),
    field,
  );

export const productAttributeModels = (version: OdooVersion): ModelSpec[] => [
  {
    name: 'product.attribute',
    description: 'Product Attribute',
    order: 'sequence, id',
    fields: {
      name: char('Attribute', { required: true, translate: true }),
      sequence: integer('Sequence', { default: always(20) }),
      create_variant: selection(
        [
          ['always', 'Instantly'],
          ['dynamic', 'Dynamically'],
          ['no_variant', 'Never (option)'],
        ],
        'Variants Creation Mode',
        { required: true, default: always('always') },
      ),
      display_type: selection(displayTypes(version), 'Display Type', { required: true, default: always('radio') }),
      value_ids: one2many('product.attribute.value', 'attribute_id', 'Values'),
      attribute_line_ids: one2many('product.template.attribute.line', 'attribute_id', 'Lines'),
    },
  },
  {
    name: 'product.attribute.value',
    description: 'Attribute Value',
    order: 'attribute_id, sequence, id',
    // product_attribute_value.py: "Size: XL" unless the context says show_attribute=False.
    displayName: (env, row) => `${col(env, 'product.attribute', row.attribute_id, 'name') ?? ''}: ${row.name}`,
    fields: {
      name: char('Value', { required: true, translate: true }),
      sequence: integer('Sequence'),
      attribute_id: many2one('product.attribute', 'Attribute', { required: true, ondelete: 'cascade' }),
      html_color: char('Color'),
      display_type: char('Display Type', {
        compute: (env, row) => col(env, 'product.attribute', row.attribute_id, 'display_type'),
      }),
      ...(version >= 17 ? { default_extra_price: float('Default Extra Price') } : {}),
    },
  },
  {
    name: 'product.template.attribute.line',
    description: 'Product Template Attribute Line',
    order: 'attribute_id, id',
    recName: 'attribute_id',
    displayName: (env, row) => String(col(env, 'product.attribute', row.attribute_id, 'name') ?? ''),
    fields: {
      product_tmpl_id: many2one('product.template', 'Product Template', { required: true, ondelete: 'cascade' }),
      attribute_id: many2one('product.attribute', 'Attribute', { required: true, ondelete: 'restrict' }),
      value_ids: many2many('product.attribute.value', 'Values'),
      product_template_value_ids: one2many(
        'product.template.attribute.value',
        'attribute_line_id',
        'Product Attribute Values',
      ),
      value_count: integer('Value Count', { compute: (_env, row) => ((row.value_ids as number[]) ?? []).length }),
    },
    hooks: {
      afterCreate: (env, id) => updateTemplateValues(env, id, version),
      afterWrite(env, ids, vals) {
        if ('value_ids' in vals || 'attribute_id' in vals) for (const id of ids) updateTemplateValues(env, id, version);
      },
      afterUnlink(env, _ids, rows) {
        for (const template of new Set(rows.map((row) => row.product_tmpl_id as number))) {
          if (env.row('product.template', template)) createVariantIds(env, template);
        }
      },
    },
  },
  {
    name: 'product.template.attribute.value',
    description: 'Product Template Attribute Value',
    order: 'attribute_line_id, product_attribute_value_id, id',
    displayName: (env, row) =>
      `${col(env, 'product.attribute', row.attribute_id, 'name') ?? ''}: ${ptavValue(env, row.id, 'name') ?? ''}`,
    fields: {
      name: char('Value', { compute: (env, row) => ptavValue(env, row.id, 'name') }),
      product_attribute_value_id: many2one('product.attribute.value', 'Attribute Value', {
        required: true,
        ondelete: 'cascade',
      }),
      attribute_line_id: many2one('product.template.attribute.line', 'Attribute Line', { ondelete: 'cascade' }),
      // Related and stored in Odoo (attribute_line_id.product_tmpl_id / .attribute_id): set on create here.
      product_tmpl_id: many2one('product.template', 'Product Template', { ondelete: 'cascade' }),
      attribute_id: many2one('product.attribute', 'Attribute'),
      price_extra: float('Extra Price', { default: always(0.0) }),
      ptav_active: boolean('Active', { default: always(true) }),
      html_color: char('HTML Color Index', { compute: (env, row) => ptavValue(env, row.id, 'html_color') }),
      display_type: char('Display Type', {
        compute: (env, row) => col(env, 'product.attribute', row.attribute_id, 'display_type'),
      }),
      ptav_product_variant_ids: many2many('product.product', 'Related Variants', {
        compute(env, row) {
          const ids: number[] = [];
          for (const variant of env.rows('product.product')) {
            if (((variant.product_template_attribute_value_ids as number[]) ?? []).includes(row.id))
              ids.push(variant.id);
          }
          return ids;
        },
      }),
    },
  },
];

/** What the attributes add to the catalogue's templates and variants (product.ts). */
export const productAttributeExtensions = (): ModelExtension[] => [
  {
    inherit: 'product.template',
    fields: {
      attribute_line_ids: one2many('product.template.attribute.line', 'product_tmpl_id', 'Product Attributes'),
    },
  },
  {
    inherit: 'product.product',
    fields: {
      product_template_attribute_value_ids: many2many('product.template.attribute.value', 'Attribute Values'),
      price_extra: float('Variant Price Extra', {
        compute: (env, row) =>
          ((row.product_template_attribute_value_ids as number[]) ?? []).reduce(
            (sum, id) => sum + ((col(env, 'product.template.attribute.value', id, 'price_extra') as number) ?? 0),
            0,
          ),
      }),
      lst_price: float('Sales Price', {
        compute: (env, row) =>
          ((col(env, 'product.template', row.product_tmpl_id, 'list_price') as number) ?? 0) +
          (env.value(env.model('product.product'), row, 'price_extra') as number),
        // `_set_product_lst_price`: the template's list_price becomes the value less the variant's extra.
        inverse(env, ids, value) {
          for (const id of ids) {
            const row = env.row('product.product', id)!;
            const extra = env.value(env.model('product.product'), row, 'price_extra') as number;
            env.writeRecords(
              'product.template',
              [row.product_tmpl_id as number],
              { list_price: Number(value) - extra },
              {},
            );
          }
        },
      }),
    },
  },
];
