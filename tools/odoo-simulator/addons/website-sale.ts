/**
 * website_sale, an optional addon (SimulatorOptions.websiteSale): the shop's
 * own category tree and what a product shows there.
 *  - product.public.category (website_sale/models/product_public_category.py):
 *    `name` translated, `parent_id`, `sequence`; its display name is the path
 *    of names from the root, joined by " / " (16: `name_get`; 17+:
 *    `_compute_display_name`, the same join over `parents_and_self`).
 *  - product.template (website_sale/models/product_template.py): `public_categ_ids`
 *    (many2many to the categories) and `is_published` (website.published.mixin,
 *    website/models/mixins.py: False until published; `website_published` is
 *    its alias), read through product.product's `_inherits` like every template field.
 */
import { always, boolean, char, integer, many2many, many2one, one2many } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { ModelSpec, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

function categoryPath(env: SimEnv, row: Row): string {
  const names: string[] = [];
  const seen = new Set<number>();
  for (let current: Row | undefined = row; current && !seen.has(current.id);) {
    seen.add(current.id);
    names.unshift(String(current.name ?? ''));
    current = current.parent_id === null ? undefined : env.row('product.public.category', current.parent_id as number);
  }
  return names.join(' / ');
}

export const websiteSaleModels = (): ModelSpec[] => [
  {
    name: 'product.public.category',
    description: 'Website Product Category',
    order: 'sequence, name, id',
    parentName: 'parent_id',
    displayName: categoryPath,
    fields: {
      name: char('Name', { required: true, translate: true }),
      parent_id: many2one('product.public.category', 'Parent Category', { ondelete: 'cascade' }),
      child_id: one2many('product.public.category', 'parent_id', 'Children Categories'),
      sequence: integer('Sequence', { default: always(10000) }),
      product_tmpl_ids: many2many('product.template', 'Products', {
        compute(env, row) {
          const ids: number[] = [];
          for (const template of env.rows('product.template')) {
            if (((template.public_categ_ids as number[]) ?? []).includes(row.id)) ids.push(template.id);
          }
          return ids;
        },
      }),
    },
  },
];

export const websiteSaleExtensions = (): ModelExtension[] => [
  {
    inherit: 'product.template',
    fields: {
      public_categ_ids: many2many('product.public.category', 'Website Product Category'),
      is_published: boolean('Is Published', { default: always(false) }),
      website_published: boolean('Visible on current website', {
        compute: (_env, row) => row.is_published === true,
      }),
    },
  },
];
