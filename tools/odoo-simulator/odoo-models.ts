/**
 * The models the simulator serves: a realistic subset of base, product,
 * stock, sale and purchase, with the differences between versions that
 * clients trip on:
 *  - 16: res.partner.type has 'private', sale.order.state has 'done'
 *    (17 replaced it with the `locked` flag), name_get() and
 *    search(count=True) exist, every model has `__last_update`;
 *  - 18: product.template.type is consu/service/combo, storable goods are
 *    `is_storable` (17 and before: type 'product'); name_search's `args`
 *    became `domain`;
 *  - 19: order lines' `product_uom` became `product_uom_id`,
 *    purchase.order.notes became `note` (Odoo's own upgrade scripts,
 *    saas~18.1 and saas~18.4).
 */
import type {
  CacheValue,
  CompiledField,
  CompiledModel,
  FieldSpec,
  MethodSpec,
  ModelSpec,
  OdooVersion,
  Row,
  Vals,
} from './model-spec.js';
import { genericMethods } from './model-methods.js';
import { userError, validationError, valueError } from './odoo-exception.js';
import type { SimEnv } from './sim-env.js';

type Extra = Partial<FieldSpec>;
const char = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'char', string, ...extra });
const text = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'text', string, ...extra });
const html = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'html', string, ...extra });
const integer = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'integer', string, ...extra });
const float = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'float', string, ...extra });
const monetary = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'monetary', string, ...extra });
const boolean = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'boolean', string, ...extra });
const date = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'date', string, ...extra });
const datetime = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'datetime', string, ...extra });
const selection = (options: Array<[string, string]>, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'selection',
  string,
  selection: options,
  ...extra,
});
const many2one = (relation: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'many2one',
  string,
  relation,
  ...extra,
});
const one2many = (relation: string, inverseName: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'one2many',
  string,
  relation,
  inverseName,
  ...extra,
});
const many2many = (relation: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'many2many',
  string,
  relation,
  ...extra,
});

const always = (value: unknown) => (): unknown => value;
const active = () => boolean('Active', { default: always(true) });
const now = (env: SimEnv) => env.nowString();
const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** A stored field of a record by id (null when the record is gone). */
function col(env: SimEnv, model: string, id: CacheValue, field: string): CacheValue {
  if (typeof id !== 'number') return null;
  const row = env.row(model, id);
  return row ? env.value(env.model(model), row, field) : null;
}

/** Touches records the way a recomputed stored field does (write_date moves, nothing else). */
function recomputed(env: SimEnv, model: string, ids: Iterable<CacheValue>): void {
  const live = [...new Set(ids)].filter((id): id is number => typeof id === 'number' && !!env.row(model, id));
  if (live.length) env.writeRecords(model, live, {}, {});
}

// ------------------------------------------------------------------ base

function partnerModel(version: OdooVersion): ModelSpec {
  const types: Array<[string, string]> = [
    ['contact', 'Contact'],
    ['invoice', 'Invoice Address'],
    ['delivery', 'Delivery Address'],
    ['other', 'Other Address'],
  ];
  if (version === 16) types.push(['private', 'Private Address']);
  const typeLabel = new Map(types);
  const commercial = (env: SimEnv, row: Row): Row => {
    let current = row;
    for (let depth = 0; depth < 50 && !current.is_company && current.parent_id !== null; depth++) {
      const parent = env.row('res.partner', current.parent_id as number);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  // res.partner._get_complete_name: "Company, Contact"; an unnamed address is named after its type.
  const completeName = (env: SimEnv, row: Row): string => {
    let name = (row.name as string | null) ?? '';
    if (row.parent_id !== null) {
      if (!name && row.type !== 'contact') name = typeLabel.get(row.type as string) ?? '';
      if (!row.is_company) {
        const top = commercial(env, row);
        const company = top.is_company ? (top.name as string) : (col(env, 'res.partner', row.parent_id, 'name') ?? '');
        name = `${company}, ${name}`;
      }
    }
    return name.trim();
  };
  return {
    name: 'res.partner',
    description: 'Contact',
    order: 'complete_name asc, id desc',
    parentName: 'parent_id',
    displayName: completeName,
    fields: {
      name: char('Name'),
      complete_name: char('Complete Name', { compute: completeName, store: true }),
      type: selection(types, 'Address Type', { default: always('contact') }),
      parent_id: many2one('res.partner', 'Related Company'),
      child_ids: one2many('res.partner', 'parent_id', 'Contact', { activeOnly: true }),
      commercial_partner_id: many2one('res.partner', 'Commercial Entity', {
        compute: (env, row) => commercial(env, row).id,
        store: true,
      }),
      ref: char('Reference'),
      is_company: boolean('Is a Company', { default: always(false) }),
      company_type: selection(
        [
          ['person', 'Individual'],
          ['company', 'Company'],
        ],
        'Company Type',
        {
          compute: (_env, row) => (row.is_company ? 'company' : 'person'),
          inverse: (env, ids, value) => env.writeRecords('res.partner', ids, { is_company: value === 'company' }, {}),
        },
      ),
      email: char('Email'),
      phone: char('Phone'),
      street: char('Street'),
      street2: char('Street2'),
      zip: char('Zip'),
      city: char('City'),
      country_id: many2one('res.country', 'Country', { ondelete: 'restrict' }),
      vat: char('Tax ID'),
      lang: selection(
        [
          ['en_US', 'English (US)'],
          ['de_DE', 'German / Deutsch'],
          ['fr_FR', 'French / Français'],
          ['nl_NL', 'Dutch / Nederlands'],
          ['es_ES', 'Spanish / Español'],
        ],
        'Language',
        { default: always('en_US') },
      ),
      category_id: many2many('res.partner.category', 'Tags'),
      customer_rank: integer('Customer Rank'),
      supplier_rank: integer('Supplier Rank'),
      comment: html('Notes'),
      company_id: many2one('res.company', 'Company'),
      active: active(),
    },
    hooks: {
      afterWrite(env, ids, vals) {
        // complete_name is stored: renaming a company recomputes (and so re-dates) its contacts.
        if ('name' in vals || 'parent_id' in vals || 'is_company' in vals) {
          recomputed(
            env,
            'res.partner',
            ids.flatMap((id) => env.o2mIds('res.partner', 'parent_id', id)),
          );
        }
      },
      constrain(env, ids) {
        for (const id of ids) {
          const row = env.row('res.partner', id)!;
          // The check_name SQL constraint.
          if (row.type === 'contact' && row.name === null) {
            throw validationError('The operation cannot be completed: Contacts require a name');
          }
          const seen = new Set([id]);
          for (let p = row.parent_id; p !== null; p = col(env, 'res.partner', p, 'parent_id')) {
            if (seen.has(p as number)) throw validationError('You cannot create recursive Partner hierarchies.');
            seen.add(p as number);
          }
        }
      },
    },
  };
}

const baseModels = (version: OdooVersion): ModelSpec[] => [
  {
    name: 'res.currency',
    description: 'Currency',
    order: 'active desc, name',
    fields: {
      name: char('Currency', { required: true }),
      symbol: char('Symbol', { required: true }),
      rounding: float('Rounding Factor', { default: always(0.01) }),
      active: active(),
    },
  },
  {
    name: 'res.country',
    description: 'Country',
    order: 'name',
    fields: {
      name: char('Country Name', { required: true }),
      code: char('Country Code'),
      currency_id: many2one('res.currency', 'Currency'),
    },
  },
  {
    name: 'res.partner.category',
    description: 'Partner Tags',
    order: 'name',
    fields: { name: char('Name', { required: true }), active: active() },
  },
  partnerModel(version),
  {
    name: 'res.company',
    description: 'Companies',
    order: 'sequence, name',
    fields: {
      name: char('Company Name', { required: true }),
      sequence: integer('Sequence', { default: always(10) }),
      partner_id: many2one('res.partner', 'Partner', { required: true, ondelete: 'restrict' }),
      currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
      active: active(),
    },
  },
  {
    name: 'res.users',
    description: 'User',
    order: 'name, login',
    fields: {
      name: char('Name', { required: true }),
      login: char('Login', { required: true }),
      partner_id: many2one('res.partner', 'Related Partner', { required: true, ondelete: 'restrict' }),
      company_id: many2one('res.company', 'Company', { required: true, default: always(1) }),
      active: active(),
    },
  },
  {
    name: 'uom.uom',
    description: 'Product Unit of Measure',
    order: 'id',
    fields: { name: char('Unit of Measure', { required: true }), active: active() },
  },
];

// ------------------------------------------------------------------ product

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

const productModels = (version: OdooVersion): ModelSpec[] => [
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
      name: char('Name', { required: true }),
      sequence: integer('Sequence', { default: always(1) }),
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
              'Product Type',
              { required: true, default: always('consu') },
            ),
      ...(version >= 18 ? { is_storable: boolean('Track Inventory', { default: always(false) }) } : {}),
      categ_id: many2one('product.category', 'Product Category', {
        required: true,
        default: (env) => env.searchIds('product.category', [['parent_id', '=', false]], { limit: 1 })[0] ?? false,
      }),
      list_price: float('Sales Price', { default: always(1.0) }),
      standard_price: float('Cost'),
      default_code: fromSingleVariant('default_code', 'Internal Reference'),
      barcode: fromSingleVariant('barcode', 'Barcode'),
      description_sale: text('Sales Description'),
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
      afterCreate(env, id, vals, ctx) {
        // product.template.create() makes the variant, unless product.product.create() is making the template.
        if (ctx.create_product_product === false) return;
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
      company_id: many2one('res.company', 'Company', { default: always(1) }),
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

// ------------------------------------------------------------------ stock

const stockModels = (): ModelSpec[] => [
  {
    name: 'stock.location',
    description: 'Inventory Locations',
    order: 'complete_name, id',
    parentName: 'location_id',
    displayName: (env, row) => env.value(env.model('stock.location'), row, 'complete_name') as string,
    fields: {
      name: char('Location Name', { required: true }),
      complete_name: char('Full Location Name', {
        // A view location starts the path afresh: "WH" then "WH/Stock".
        compute(env, row) {
          const parent = row.location_id === null ? null : env.row('stock.location', row.location_id as number);
          if (!parent || row.usage === 'view') return row.name;
          return `${env.value(env.model('stock.location'), parent, 'complete_name')}/${row.name}`;
        },
        store: true,
      }),
      location_id: many2one('stock.location', 'Parent Location', { ondelete: 'cascade' }),
      child_ids: one2many('stock.location', 'location_id', 'Contains'),
      usage: selection(
        [
          ['supplier', 'Vendor Location'],
          ['view', 'View'],
          ['internal', 'Internal Location'],
          ['customer', 'Customer Location'],
          ['inventory', 'Inventory Loss'],
          ['production', 'Production'],
          ['transit', 'Transit Location'],
        ],
        'Location Type',
        { required: true, default: always('internal') },
      ),
      company_id: many2one('res.company', 'Company', {
        // Partner and virtual locations are shared between companies; the others belong to one.
        default: (_env, vals) => (['customer', 'supplier', 'view'].includes(String(vals.usage)) ? false : 1),
      }),
      active: active(),
    },
  },
  {
    name: 'stock.quant',
    description: 'Quants',
    order: 'id',
    displayName: (env, row) => env.displayName('stock.location', row.location_id as number),
    fields: {
      product_id: many2one('product.product', 'Product', { required: true, ondelete: 'restrict' }),
      product_tmpl_id: many2one('product.template', 'Product Template', {
        compute: (env, row) => col(env, 'product.product', row.product_id, 'product_tmpl_id'),
      }),
      location_id: many2one('stock.location', 'Location', { required: true, ondelete: 'restrict' }),
      company_id: many2one('res.company', 'Company', {
        compute: (env, row) => col(env, 'stock.location', row.location_id, 'company_id'),
        store: true,
      }),
      quantity: float('Quantity', { readonly: true }),
      reserved_quantity: float('Reserved Quantity', { readonly: true }),
      available_quantity: float('Available Quantity', {
        compute: (_env, row) => (row.quantity as number) - (row.reserved_quantity as number),
      }),
      inventory_quantity: float('Counted Quantity'),
      inventory_quantity_set: boolean('Inventory Quantity Set'),
      in_date: datetime('Incoming Date', { default: now }),
    },
    hooks: {
      prepareWrite(_env, _ids, vals) {
        if ('inventory_quantity' in vals && !('inventory_quantity_set' in vals)) vals.inventory_quantity_set = true;
      },
    },
    methods: {
      action_apply_inventory: {
        qualname: 'StockQuant.action_apply_inventory',
        api: 'records',
        params: [],
        call(env, model, ids) {
          for (const id of ids) {
            const row = env.row(model, id);
            if (!row || !row.inventory_quantity_set) continue;
            env.writeRecords(
              model,
              [id],
              { quantity: row.inventory_quantity, inventory_quantity: 0, inventory_quantity_set: false },
              {},
            );
          }
          return undefined;
        },
      },
    },
  },
];

// ------------------------------------------------------------------ sale and purchase

/** res.partner.address_get(): the first non-company contact of that type under the partner, else the partner. */
function addressOf(env: SimEnv, partnerId: number, type: string): number {
  const queue = [partnerId];
  const seen = new Set<number>();
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const row = env.row('res.partner', id);
    if (!row) continue;
    if (row.type === type) return id;
    const children = env
      .o2mIds('res.partner', 'parent_id', id)
      .filter((c) => env.row('res.partner', c)!.active && !env.row('res.partner', c)!.is_company);
    queue.unshift(...children);
  }
  return partnerId;
}

function lineFields(
  version: OdooVersion,
  order: string,
  qtyField: string,
  qtyLabel: string,
): Record<string, FieldSpec> {
  const qty = (row: Row) => (row[qtyField] as number) ?? 0;
  const subtotal = (row: Row) =>
    round2(qty(row) * (row.price_unit as number) * (1 - ((row.discount as number) ?? 0) / 100));
  return {
    order_id: many2one(order, 'Order Reference', { required: true, ondelete: 'cascade' }),
    sequence: integer('Sequence', { default: always(10) }),
    product_id: many2one('product.product', 'Product', { ondelete: 'restrict' }),
    name: text('Description', { required: true }),
    [qtyField]: float(qtyLabel, { required: true, default: always(1.0) }),
    [version >= 19 ? 'product_uom_id' : 'product_uom']: many2one('uom.uom', 'Unit of Measure'),
    price_unit: float('Unit Price', { required: true }),
    discount: float('Discount (%)'),
    price_subtotal: monetary('Subtotal', { compute: (_env, row) => subtotal(row), store: true }),
    price_total: monetary('Total', { compute: (_env, row) => subtotal(row), store: true }),
  };
}

/** Orders' amounts (no taxes in the simulator: untaxed = total). */
function amountFields(lineModel: string): Record<string, FieldSpec> {
  const total = (env: SimEnv, row: Row) =>
    round2(
      env
        .o2mIds(lineModel, 'order_id', row.id)
        .reduce((sum, id) => sum + (env.get(lineModel, id, 'price_subtotal') as number), 0),
    );
  return {
    amount_untaxed: monetary('Untaxed Amount', { compute: total, store: true }),
    amount_tax: monetary('Taxes', { compute: () => 0, store: true }),
    amount_total: monetary('Total', { compute: total, store: true }),
  };
}

/** Lines change their order's stored amounts, which re-dates the order. */
const touchesOrder = (lineModel: string, orderModel: string) => ({
  afterCreate: (env: SimEnv, id: number) => recomputed(env, orderModel, [env.row(lineModel, id)!.order_id]),
  afterWrite: (env: SimEnv, ids: number[]) =>
    recomputed(
      env,
      orderModel,
      ids.map((id) => env.row(lineModel, id)!.order_id),
    ),
  afterUnlink: (env: SimEnv, _ids: number[], rows: Row[]) =>
    recomputed(
      env,
      orderModel,
      rows.map((row) => row.order_id),
    ),
});

function productDefaults(env: SimEnv, vals: Vals, uomField: string, describe: (productId: number) => string): void {
  if (!vals.product_id) return;
  const productId = vals.product_id as number;
  if (!env.row('product.product', productId)) return;
  if (vals.name === undefined || vals.name === false) vals.name = describe(productId);
  if (vals[uomField] === undefined) vals[uomField] = env.get('product.product', productId, 'uom_id');
}

function saleOrderMethods(version: OdooVersion): Record<string, MethodSpec> {
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `SaleOrder.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  const state = (env: SimEnv, id: number) => env.get('sale.order', id, 'state') as string;
  const methods: Record<string, MethodSpec> = {
    action_confirm: records('action_confirm', (env, model, ids, _a, ctx) => {
      const states = ids.map((id) => state(env, id));
      if (version === 16) {
        if (states.some((s) => s === 'done' || s === 'cancel')) {
          throw userError('It is not allowed to confirm an order in the following states: done, cancel');
        }
      } else if (states.some((s) => s !== 'draft' && s !== 'sent')) {
        const names = ids
          .filter((_, i) => states[i] !== 'draft' && states[i] !== 'sent')
          .map((id) => env.displayName(model, id));
        throw userError(`The following orders are not in a state requiring confirmation: ${names.join(', ')}`);
      }
      env.writeRecords(model, ids, { state: 'sale', date_order: env.nowString() }, ctx);
      return true;
    }),
    action_cancel: records('action_cancel', (env, model, ids, _a, ctx) => {
      if (version >= 17 && ids.some((id) => env.get(model, id, 'locked'))) {
        throw userError('You cannot cancel a locked order. Please unlock it first.');
      }
      const states = ids.map((id) => state(env, id));
      // _show_cancel_wizard(): a non-draft order is cancelled through the sale.order.cancel wizard.
      if (!ctx.disable_cancel_warning && states.some((s) => s !== 'draft')) {
        if (ids.length !== 1) throw valueError(`Expected singleton: ${model}(${ids.join(', ')})`);
        const typeName = ['draft', 'sent', 'cancel'].includes(states[0]) ? 'Quotation' : 'Sales Order';
        return {
          name: `Cancel ${typeName}`,
          view_mode: 'form',
          res_model: 'sale.order.cancel',
          view_id: 1101,
          type: 'ir.actions.act_window',
          context: {
            default_template_id: 14,
            default_order_id: ids[0],
            mark_so_as_canceled: true,
            default_email_layout_xmlid: 'mail.mail_notification_layout_with_responsible_signature',
            model_description: typeName,
          },
          target: 'new',
        };
      }
      return env.writeRecords(model, ids, { state: 'cancel' }, ctx);
    }),
    action_draft: records('action_draft', (env, model, ids, _a, ctx) => {
      const drafts = ids.filter((id) => ['cancel', 'sent'].includes(state(env, id)));
      return env.writeRecords(model, drafts, { state: 'draft' }, ctx);
    }),
  };
  if (version === 16) {
    methods.action_done = records('action_done', (env, model, ids, _a, ctx) =>
      env.writeRecords(model, ids, { state: 'done' }, ctx),
    );
    methods.action_unlock = records('action_unlock', (env, model, ids, _a, ctx) =>
      env.writeRecords(model, ids, { state: 'sale' }, ctx),
    );
  } else {
    // `self.locked = True`: these return None.
    methods.action_lock = records('action_lock', (env, model, ids, _a, ctx) => {
      env.writeRecords(model, ids, { locked: true }, ctx);
      return undefined;
    });
    methods.action_unlock = records('action_unlock', (env, model, ids, _a, ctx) => {
      env.writeRecords(model, ids, { locked: false }, ctx);
      return undefined;
    });
  }
  return methods;
}

function saleModels(version: OdooVersion): ModelSpec[] {
  const states: Array<[string, string]> = [
    ['draft', 'Quotation'],
    ['sent', 'Quotation Sent'],
    ['sale', 'Sales Order'],
  ];
  if (version === 16) states.push(['done', 'Locked']);
  states.push(['cancel', 'Cancelled']);
  const uomField = version >= 19 ? 'product_uom_id' : 'product_uom';
  const setAddresses = (env: SimEnv, vals: Vals) => {
    if (typeof vals.partner_id !== 'number' || !env.row('res.partner', vals.partner_id)) return;
    if (vals.partner_invoice_id === undefined) vals.partner_invoice_id = addressOf(env, vals.partner_id, 'invoice');
    if (vals.partner_shipping_id === undefined) vals.partner_shipping_id = addressOf(env, vals.partner_id, 'delivery');
  };
  /** The order's pricelist price for the product (fixed-price rules), else the product's sales price. */
  const unitPrice = (env: SimEnv, orderId: number, productId: number, qty: number): number => {
    const pricelist = col(env, 'sale.order', orderId, 'pricelist_id');
    const template = col(env, 'product.product', productId, 'product_tmpl_id');
    if (typeof pricelist === 'number') {
      const matching = env.o2mIds('product.pricelist.item', 'pricelist_id', pricelist).filter((id) => {
        const r = env.row('product.pricelist.item', id)!;
        return (
          r.compute_price === 'fixed' &&
          (r.min_quantity as number) <= qty &&
          (r.applied_on === '3_global' ||
            (r.applied_on === '1_product' && r.product_tmpl_id === template) ||
            (r.applied_on === '0_product_variant' && r.product_id === productId))
        );
      });
      // The first rule in the pricelist's order wins (variant before product before global, higher quantities first).
      const rules = env.sortIds('product.pricelist.item', matching).map((id) => env.row('product.pricelist.item', id)!);
      if (rules.length) return rules[0].fixed_price as number;
    }
    return env.get('product.product', productId, 'lst_price') as number;
  };
  return [
    {
      name: 'sale.order',
      description: 'Sales Order',
      order: 'date_order desc, id desc',
      fields: {
        name: char('Order Reference', { required: true, default: always('New') }),
        partner_id: many2one('res.partner', 'Customer', { required: true }),
        partner_invoice_id: many2one('res.partner', 'Invoice Address', { required: true }),
        partner_shipping_id: many2one('res.partner', 'Delivery Address', { required: true }),
        client_order_ref: char('Customer Reference'),
        origin: char('Source Document'),
        note: html('Terms and conditions'),
        state: selection(states, 'Status', { readonly: true, default: always('draft') }),
        ...(version >= 17 ? { locked: boolean('Locked', { default: always(false) }) } : {}),
        date_order: datetime('Order Date', { required: true, default: now }),
        pricelist_id: many2one('product.pricelist', 'Pricelist'),
        currency_id: many2one('res.currency', 'Currency', { default: always(1) }),
        user_id: many2one('res.users', 'Salesperson', { default: (env) => env.uid }),
        company_id: many2one('res.company', 'Company', { required: true, default: always(1) }),
        order_line: one2many('sale.order.line', 'order_id', 'Order Lines'),
        ...amountFields('sale.order.line'),
      },
      methods: saleOrderMethods(version),
      hooks: {
        prepareCreate(env, vals) {
          if (vals.name === 'New' || !vals.name) vals.name = env.nextSequence('sale.order', 'S');
          setAddresses(env, vals);
        },
        prepareWrite(env, _ids, vals) {
          if ('partner_id' in vals) setAddresses(env, vals);
        },
        beforeUnlink(env, ids) {
          if (ids.some((id) => !['draft', 'cancel'].includes(env.get('sale.order', id, 'state') as string))) {
            throw userError(
              'You can not delete a sent quotation or a confirmed sales order. You must first cancel it.',
            );
          }
        },
      },
    },
    {
      name: 'sale.order.line',
      description: 'Sales Order Line',
      order: 'order_id, sequence, id',
      displayName: (env, row) =>
        `${col(env, 'sale.order', row.order_id, 'name')} - ${((row.name as string) ?? '').split('\n')[0] || env.displayName('product.product', row.product_id as number)}`,
      fields: {
        ...lineFields(version, 'sale.order', 'product_uom_qty', 'Quantity'),
        state: selection(states, 'Order Status', {
          compute: (env, row) => col(env, 'sale.order', row.order_id, 'state'),
        }),
      },
      hooks: {
        ...touchesOrder('sale.order.line', 'sale.order'),
        prepareCreate(env, vals) {
          productDefaults(env, vals, uomField, (productId) => {
            const description = env.get('product.product', productId, 'description_sale');
            return description
              ? `${env.displayName('product.product', productId)}\n${description}`
              : env.displayName('product.product', productId);
          });
          if (
            vals.price_unit === undefined &&
            typeof vals.product_id === 'number' &&
            env.row('product.product', vals.product_id)
          ) {
            const qty = typeof vals.product_uom_qty === 'number' ? vals.product_uom_qty : 1;
            vals.price_unit =
              typeof vals.order_id === 'number' ? unitPrice(env, vals.order_id, vals.product_id, qty) : 0;
          }
        },
        prepareWrite(env, ids, vals) {
          if (
            typeof vals.product_id === 'number' &&
            vals.price_unit === undefined &&
            env.row('product.product', vals.product_id)
          ) {
            const orderId = env.row('sale.order.line', ids[0])!.order_id as number;
            vals.price_unit = unitPrice(env, orderId, vals.product_id, 1);
          }
        },
        beforeUnlink(env, ids) {
          const confirmed = ids.some(
            (id) => col(env, 'sale.order', env.row('sale.order.line', id)!.order_id, 'state') === 'sale',
          );
          if (confirmed) {
            throw userError(
              "Once a sales order is confirmed, you can't remove one of its lines (we need to track if something gets invoiced or delivered).\n" +
                'Set the quantity to 0 instead.',
            );
          }
        },
      },
    },
  ];
}

function purchaseModels(version: OdooVersion): ModelSpec[] {
  const uomField = version >= 19 ? 'product_uom_id' : 'product_uom';
  const records = (qualname: string, call: MethodSpec['call']): MethodSpec => ({
    qualname: `PurchaseOrder.${qualname}`,
    api: 'records',
    params: [],
    call,
  });
  /** _add_supplier_to_product(): a vendor not yet listed on a product becomes one of its vendors. */
  const addSupplier = (env: SimEnv, orderId: number) => {
    const partner = env.get('purchase.order', orderId, 'partner_id') as number;
    const vendor = (col(env, 'res.partner', partner, 'parent_id') as number | null) ?? partner;
    for (const lineId of env.o2mIds('purchase.order.line', 'order_id', orderId)) {
      const line = env.row('purchase.order.line', lineId)!;
      if (line.product_id === null) continue;
      const template = col(env, 'product.product', line.product_id, 'product_tmpl_id') as number;
      const sellers = env.o2mIds('product.supplierinfo', 'product_tmpl_id', template);
      const known = sellers.some((s) =>
        [vendor, partner].includes(env.row('product.supplierinfo', s)!.partner_id as number),
      );
      if (!known && sellers.length <= 10) {
        env.createRecords(
          'product.supplierinfo',
          [
            {
              partner_id: vendor,
              product_tmpl_id: template,
              price: line.price_unit,
              min_qty: 1.0,
              sequence: sellers.length + 1,
            },
          ],
          {},
        );
      }
    }
  };
  return [
    {
      name: 'purchase.order',
      description: 'Purchase Order',
      order: 'id desc',
      displayName: (_env, row) => (row.partner_ref ? `${row.name} (${row.partner_ref})` : (row.name as string)),
      fields: {
        name: char('Order Reference', { required: true, default: always('New') }),
        origin: char('Source'),
        partner_ref: char('Vendor Reference'),
        date_order: datetime('Order Deadline', { required: true, default: now }),
        date_approve: datetime('Confirmation Date', { readonly: true }),
        partner_id: many2one('res.partner', 'Vendor', { required: true }),
        currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
        state: selection(
          [
            ['draft', 'RFQ'],
            ['sent', 'RFQ Sent'],
            ['to approve', 'To Approve'],
            ['purchase', 'Purchase Order'],
            ['done', 'Locked'],
            ['cancel', 'Cancelled'],
          ],
          'Status',
          { readonly: true, default: always('draft') },
        ),
        order_line: one2many('purchase.order.line', 'order_id', 'Order Lines'),
        [version >= 19 ? 'note' : 'notes']: html('Terms and Conditions'),
        user_id: many2one('res.users', 'Buyer', { default: (env) => env.uid }),
        company_id: many2one('res.company', 'Company', { required: true, default: always(1) }),
        ...amountFields('purchase.order.line'),
      },
      methods: {
        button_confirm: records('button_confirm', (env, model, ids, _a, ctx) => {
          for (const id of ids) {
            if (!['draft', 'sent'].includes(env.get(model, id, 'state') as string)) continue;
            const lines = env.o2mIds('purchase.order.line', 'order_id', id);
            if (lines.some((l) => env.row('purchase.order.line', l)!.product_id === null)) {
              throw userError('Some order lines are missing a product, you need to correct them before going further.');
            }
            addSupplier(env, id);
            env.writeRecords(model, [id], { state: 'purchase', date_approve: env.nowString() }, ctx);
          }
          return true;
        }),
        button_approve: records('button_approve', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'purchase', date_approve: env.nowString() }, ctx);
          return {};
        }),
        button_draft: records('button_draft', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'draft' }, ctx);
          return {};
        }),
        button_cancel: records('button_cancel', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'cancel' }, ctx);
          return undefined;
        }),
        button_done: records('button_done', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'done' }, ctx);
          return undefined;
        }),
        button_unlock: records('button_unlock', (env, model, ids, _a, ctx) => {
          env.writeRecords(model, ids, { state: 'purchase' }, ctx);
          return undefined;
        }),
      },
      hooks: {
        prepareCreate(env, vals) {
          if (vals.name === 'New' || !vals.name) vals.name = env.nextSequence('purchase.order', 'P');
        },
        beforeUnlink(env, ids) {
          if (ids.some((id) => env.get('purchase.order', id, 'state') !== 'cancel')) {
            throw userError('In order to delete a purchase order, you must cancel it first.');
          }
        },
      },
    },
    {
      name: 'purchase.order.line',
      description: 'Purchase Order Line',
      order: 'order_id, sequence, id',
      fields: {
        ...lineFields(version, 'purchase.order', 'product_qty', 'Quantity'),
        date_planned: datetime('Expected Arrival', { default: now }),
        qty_received: float('Received Qty'),
      },
      hooks: {
        ...touchesOrder('purchase.order.line', 'purchase.order'),
        prepareCreate(env, vals) {
          productDefaults(env, vals, uomField, (productId) => env.displayName('product.product', productId));
          if (
            vals.price_unit === undefined &&
            typeof vals.product_id === 'number' &&
            env.row('product.product', vals.product_id)
          ) {
            // The vendor's price from the product's vendor list, else the product's cost.
            const template = env.get('product.product', vals.product_id, 'product_tmpl_id') as number;
            const vendor = col(env, 'purchase.order', vals.order_id as number, 'partner_id');
            const seller = env
              .sortIds('product.supplierinfo', env.o2mIds('product.supplierinfo', 'product_tmpl_id', template))
              .map((id) => env.row('product.supplierinfo', id)!)
              .find((s) => s.partner_id === vendor);
            vals.price_unit = seller ? seller.price : env.get('product.product', vals.product_id, 'standard_price');
          }
        },
      },
    },
  ];
}

// ------------------------------------------------------------------ registry

function magicFields(version: OdooVersion, displayName: (env: SimEnv, row: Row) => string): Record<string, FieldSpec> {
  return {
    id: integer('ID', { readonly: true }),
    display_name: char('Display Name', { compute: (env, row) => displayName(env, row) }),
    create_uid: many2one('res.users', 'Created by', { readonly: true }),
    create_date: datetime('Created on', { readonly: true }),
    write_uid: many2one('res.users', 'Last Updated by', { readonly: true }),
    write_date: datetime('Last Updated on', { readonly: true }),
    // Odoo 17 dropped __last_update.
    ...(version === 16
      ? { __last_update: datetime('Last Modified on', { compute: (_env, row) => row.write_date, store: false }) }
      : {}),
  };
}

/** Compiles the model specs of one Odoo version into the registry the env and the protocols use. */
export function buildRegistry(version: OdooVersion): Map<string, CompiledModel> {
  const specs = [
    ...baseModels(version),
    ...productModels(version),
    ...stockModels(),
    ...saleModels(version),
    ...purchaseModels(version),
  ];
  const generic = genericMethods(version);
  const registry = new Map<string, CompiledModel>();
  for (const spec of specs) {
    const recName = spec.recName ?? ('name' in spec.fields ? 'name' : null);
    const displayName =
      spec.displayName ??
      ((_env: SimEnv, row: Row) => (recName ? String(row[recName] ?? '') : `${spec.name},${row.id}`));
    const fields: Record<string, CompiledField> = {};
    for (const [name, field] of Object.entries({ ...magicFields(version, displayName), ...spec.fields })) {
      fields[name] = { ...field, name };
    }
    registry.set(spec.name, {
      name: spec.name,
      description: spec.description,
      order: spec.order,
      recName,
      parentName: spec.parentName ?? null,
      inherits: spec.inherits ?? null,
      fields,
      hasActive: 'active' in fields,
      displayName,
      methods: { ...generic, ...spec.methods },
      hooks: spec.hooks ?? {},
    });
  }
  // _inherits: the child reads and writes the parent's fields it does not define itself.
  for (const model of registry.values()) {
    if (!model.inherits) continue;
    const parent = registry.get(model.inherits.model)!;
    for (const [name, field] of Object.entries(parent.fields)) {
      if (!(name in model.fields)) model.fields[name] = { ...field, delegatedTo: parent.name };
    }
  }
  return registry;
}
