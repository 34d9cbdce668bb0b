import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';

/** Ids of the acceptance template of issue 16 in a simulator: a T-shirt in sizes S/M/XL (XL +2.00) and red/blue. */
export interface ShirtTemplate {
  template: number;
  size: number;
  colour: number;
  /** product.attribute.value ids by value name. */
  values: Record<'S' | 'M' | 'XL' | 'red' | 'blue', number>;
  /** product.template.attribute.value ids by value name (XL's carries the +2.00). */
  ptavs: Record<'S' | 'M' | 'XL' | 'red' | 'blue', number>;
  /** The six variants' product.product ids. */
  variants: number[];
}

/**
 * Creates the template with its two attribute lines, as a user does in Odoo's form (one create with
 * `(0, 0, line)` commands); gives each variant a SKU `TEE-<size>-<colour>` and XL its price_extra.
 */
export function createShirtTemplate(
  sim: OdooSimulator,
  options: { listPrice?: number; name?: string } = {},
): ShirtTemplate {
  const env = sim.env;
  const size = env.create('product.attribute', { name: 'Size', display_type: 'pills' });
  const colour = env.create('product.attribute', { name: 'Colour', display_type: 'color' });
  const value = (attribute: number, name: string, extra: Record<string, unknown> = {}) =>
    env.create('product.attribute.value', { attribute_id: attribute, name, ...extra });
  const values = {
    S: value(size, 'S'),
    M: value(size, 'M'),
    XL: value(size, 'XL'),
    red: value(colour, 'red', { html_color: '#ff0000' }),
    blue: value(colour, 'blue', { html_color: '#0000ff' }),
  };
  const template = env.create('product.template', {
    name: options.name ?? 'T-shirt',
    list_price: options.listPrice ?? 20,
    attribute_line_ids: [
      [0, 0, { attribute_id: size, value_ids: [[6, 0, [values.S, values.M, values.XL]]] }],
      [0, 0, { attribute_id: colour, value_ids: [[6, 0, [values.red, values.blue]]] }],
    ],
  });
  const ptavRows = env.read(
    'product.template.attribute.value',
    env.search('product.template.attribute.value', [['product_tmpl_id', '=', template]]),
    ['product_attribute_value_id'],
  );
  const byValue = new Map(ptavRows.map((r) => [(r.product_attribute_value_id as [number, string])[0], r.id]));
  const ptavs = Object.fromEntries(
    Object.entries(values).map(([name, id]) => [name, byValue.get(id)!]),
  ) as ShirtTemplate['ptavs'];
  env.write('product.template.attribute.value', ptavs.XL, { price_extra: 2 });
  const variants = env.search('product.product', [['product_tmpl_id', '=', template]], { order: 'id' });
  const names = new Map(Object.entries(ptavs).map(([name, id]) => [id, name]));
  for (const row of env.read('product.product', variants, ['product_template_attribute_value_ids'])) {
    const parts = (row.product_template_attribute_value_ids as number[]).map((id) => names.get(id)!);
    const sizeName = parts.find((p) => ['S', 'M', 'XL'].includes(p));
    const colourName = parts.find((p) => ['red', 'blue'].includes(p));
    env.write('product.product', row.id as number, { default_code: `TEE-${sizeName}-${colourName}` });
  }
  return { template, size, colour, values, ptavs, variants };
}
