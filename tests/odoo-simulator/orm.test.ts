import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { call, callError } from './wire.js';

type Rec = Record<string, unknown>;

describe('Odoo simulator, ORM semantics', () => {
  let sim: OdooSimulator;
  let acme: number;
  let globex: number;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17 });
    const be = sim.env.search('res.country', [['code', '=', 'BE']])[0];
    acme = sim.env.create('res.partner', {
      name: 'Acme NV',
      ref: 'CUST-A',
      is_company: true,
      email: 'x@acme.example',
      country_id: be,
    });
    globex = sim.env.create('res.partner', { name: 'Globex GmbH', ref: 'CUST-G', is_company: true });
    sim.env.create('res.partner', { parent_id: acme, type: 'delivery', city: 'Ghent' });
    sim.env.create('res.partner', {
      parent_id: acme,
      type: 'invoice',
      name: 'Acme Billing',
      email: 'billing@acme.example',
    });
    sim.env.create('res.partner', { parent_id: globex, name: 'Hans Maier', email: 'hans@globex.example' });
  });
  afterAll(() => sim.close());

  const names = async (domain: unknown[], context?: Rec) =>
    (
      await call<Rec[]>(sim, 'res.partner', 'search_read', [domain], { fields: ['display_name'], order: 'id', context })
    ).map((r) => r.display_name);

  it('reads values as Odoo sends them: false for empty, many2one pairs, id lists, naive UTC datetimes', async () => {
    const [partner] = await call<Rec[]>(sim, 'res.partner', 'read', [
      [acme],
      ['name', 'phone', 'country_id', 'child_ids', 'is_company', 'customer_rank', 'write_date', 'create_uid'],
    ]);
    expect(partner).toEqual({
      id: acme,
      name: 'Acme NV',
      phone: false,
      country_id: [expect.any(Number), 'Belgium'],
      child_ids: [acme + 3, acme + 2], // in res.partner's order: complete_name asc
      is_company: true,
      customer_rank: 0,
      write_date: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      create_uid: [2, 'Administrator'],
    });
    // Keys come back in the order asked for, id first.
    expect(Object.keys(partner)).toEqual([
      'id',
      'name',
      'phone',
      'country_id',
      'child_ids',
      'is_company',
      'customer_rank',
      'write_date',
      'create_uid',
    ]);
    // load='_classic_read' (the default) pairs many2ones with their display name; any other load gives the id.
    expect(await call(sim, 'res.partner', 'read', [[acme + 2], ['parent_id', 'display_name']], { load: '' })).toEqual([
      { id: acme + 2, parent_id: acme, display_name: 'Acme NV, Delivery Address' },
    ]);
    expect(await call(sim, 'res.partner', 'read', [[acme + 2], ['parent_id']], { load: null })).toEqual([
      { id: acme + 2, parent_id: acme },
    ]);
    // Every field when none are named, log access fields included.
    const all = (await call<Rec[]>(sim, 'res.partner', 'read', [[acme]]))[0];
    expect(all).toEqual(
      expect.objectContaining({
        display_name: 'Acme NV',
        create_date: expect.any(String),
        write_uid: [2, 'Administrator'],
        active: true,
      }),
    );
  });

  it('pages search_read with offset, limit and multi-key orders, and uses the model order by default', async () => {
    const ids = sim.env.search('res.partner', [], { order: 'id' });
    const page = (offset: number) =>
      call<Rec[]>(sim, 'res.partner', 'search_read', [[]], { fields: ['id'], offset, limit: 3, order: 'id asc' });
    expect([...(await page(0)), ...(await page(3)), ...(await page(6))].map((r) => r.id)).toEqual(ids);
    const byName = await call<Rec[]>(sim, 'res.partner', 'search_read', [[['is_company', '=', true]]], {
      fields: ['name'],
      order: 'name desc, id asc',
    });
    expect(byName.map((r) => r.name)).toEqual(['My Company', 'Globex GmbH', 'Acme NV']);
    // res.partner's _order is "complete_name asc, id desc".
    const byDefault = await call<Rec[]>(sim, 'res.partner', 'search_read', [[['parent_id', '=', acme]]], {
      fields: ['display_name'],
    });
    expect(byDefault.map((r) => r.display_name)).toEqual(['Acme NV, Acme Billing', 'Acme NV, Delivery Address']);
    expect(await call(sim, 'res.partner', 'search_count', [[['parent_id', '!=', false]]])).toBe(4);
    expect(await call(sim, 'res.partner', 'search_count', [[]], { limit: 2 })).toBe(2);
    expect(await callError(sim, 'res.partner', 'search', [[]], { order: 'name; drop table' })).toMatchObject({
      name: 'odoo.exceptions.UserError',
      message: expect.stringContaining('Invalid "order" specified'),
    });
  });

  it('evaluates domains: operators, prefix logic, dotted paths, False, hierarchy, active_test', async () => {
    expect(await names([['email', 'ilike', 'ACME']])).toEqual(['Acme NV', 'Acme NV, Acme Billing']);
    expect(await names([['email', 'like', 'ACME']])).toEqual([]);
    expect(await names([['name', '=like', 'Acme%']])).toEqual(['Acme NV', 'Acme NV, Acme Billing']);
    expect(await names([['name', '=ilike', 'globex%']])).toEqual(['Globex GmbH']);
    expect(await names([['ref', 'in', ['CUST-A', 'CUST-G']]])).toEqual(['Acme NV', 'Globex GmbH']);
    // Negative operators match empty values too (`!=` becomes "<> x OR IS NULL").
    expect(
      await names([
        ['parent_id', '=', acme],
        ['name', '!=', 'Acme Billing'],
      ]),
    ).toEqual(['Acme NV, Delivery Address']);
    expect(
      await names([
        ['parent_id', '=', acme],
        ['email', 'not ilike', 'billing'],
      ]),
    ).toEqual(['Acme NV, Delivery Address']);
    expect(
      await names([
        ['ref', 'not in', ['CUST-A', false]],
        ['is_company', '=', true],
      ]),
    ).toEqual(['Globex GmbH']);
    expect(await names([['name', '=', false]])).toEqual(['Acme NV, Delivery Address']);
    expect(await names(['|', ['ref', '=', 'CUST-A'], ['ref', '=', 'CUST-G']])).toEqual(['Acme NV', 'Globex GmbH']);
    expect(await names(['!', ['is_company', '=', false]])).toEqual(['My Company', 'Acme NV', 'Globex GmbH']);
    expect(await names(['&', ['is_company', '=', true], '!', ['ref', '=', false]])).toEqual(['Acme NV', 'Globex GmbH']);
    expect(await names([['parent_id.ref', '=', 'CUST-G']])).toEqual(['Globex GmbH, Hans Maier']);
    expect(
      await names([
        ['parent_id.country_id.code', '=', 'BE'],
        ['type', '=', 'invoice'],
      ]),
    ).toEqual(['Acme NV, Acme Billing']);
    expect(await names([['child_ids', 'any', [['name', '=', 'Hans Maier']]]])).toEqual(['Globex GmbH']);
    expect(await names([['parent_id', 'ilike', 'globex']])).toEqual(['Globex GmbH, Hans Maier']);
    expect(await names([['id', 'child_of', acme]])).toEqual([
      'Acme NV',
      'Acme NV, Delivery Address',
      'Acme NV, Acme Billing',
    ]);
    expect(await names([['id', 'parent_of', acme + 3]])).toEqual(['Acme NV', 'Acme NV, Acme Billing']);
    expect(
      await names([
        ['id', '>=', acme],
        ['id', '<', acme + 2],
      ]),
    ).toEqual(['Acme NV', 'Globex GmbH']);
    // Archived records stay out unless the context or the domain asks for them.
    expect(await names([['name', '=', 'OdooBot']])).toEqual([]);
    expect(await names([['name', '=', 'OdooBot']], { active_test: false })).toEqual(['My Company, OdooBot']);
    expect(
      await names([
        ['name', '=', 'OdooBot'],
        ['active', 'in', [true, false]],
      ]),
    ).toEqual(['My Company, OdooBot']);
    expect(await callError(sim, 'res.partner', 'search', [[['name', 'similar', 'x']]])).toMatchObject({
      message: "Invalid leaf ('name', 'similar', 'x')",
    });
    expect(await callError(sim, 'res.partner', 'search', [['|', ['name', '=', 'x']]])).toMatchObject({
      name: 'builtins.ValueError',
    });
  });

  it('searches through product variants and templates, dates, and numbers', async () => {
    const tmpl = await call<number>(sim, 'product.template', 'create', [
      { name: 'Desk', default_code: 'SKU-D1', list_price: 120, barcode: '2000000000015' },
    ]);
    const [variant] = await call<number[]>(sim, 'product.product', 'search', [[['product_tmpl_id', '=', tmpl]]]);
    expect(
      await call(sim, 'product.product', 'read', [
        [variant],
        ['name', 'default_code', 'lst_price', 'display_name', 'barcode'],
      ]),
    ).toEqual([
      {
        id: variant,
        name: 'Desk',
        default_code: 'SKU-D1',
        lst_price: 120,
        display_name: '[SKU-D1] Desk',
        barcode: '2000000000015',
      },
    ]);
    expect(await call(sim, 'product.template', 'read', [[tmpl], ['default_code', 'product_variant_ids']])).toEqual([
      { id: tmpl, default_code: 'SKU-D1', product_variant_ids: [variant] },
    ]);
    const partner = sim.env.create('res.partner', { name: 'Buyer' });
    const order = await call<number>(sim, 'sale.order', 'create', [
      { partner_id: partner, order_line: [[0, 0, { product_id: variant, product_uom_qty: 2 }]] },
    ]);
    expect(await call(sim, 'sale.order', 'search', [[['order_line.product_id.default_code', '=', 'SKU-D1']]])).toEqual([
      order,
    ]);
    expect(
      await call(sim, 'sale.order', 'search', [
        [
          ['amount_total', '>', 239.99],
          ['date_order', '>=', '2000-01-01'],
        ],
      ]),
    ).toEqual([order]);
    expect(await call(sim, 'sale.order', 'search', [[['date_order', '<', '2000-01-01 00:00:00']]])).toEqual([]);
    // Writing the variant's lst_price writes the template's list_price.
    await call(sim, 'product.product', 'write', [[variant], { lst_price: 99.5 }]);
    expect(sim.env.read('product.template', tmpl, ['list_price'])).toEqual([{ id: tmpl, list_price: 99.5 }]);
  });

  it('creates lines and tags with x2many commands, in create and in write', async () => {
    const product = sim.env.create('product.product', { name: 'Pen', default_code: 'PEN', list_price: 2 });
    const product2 = sim.env.create('product.product', { name: 'Ink', default_code: 'INK', list_price: 5 });
    const order = await call<number>(sim, 'sale.order', 'create', [
      {
        partner_id: acme,
        order_line: [
          [0, 0, { product_id: product, product_uom_qty: 10 }],
          [0, 0, { product_id: product2 }],
        ],
      },
    ]);
    const lines = () => sim.env.read('sale.order', order, ['order_line', 'amount_total'])[0];
    const [pen, ink] = lines().order_line as number[];
    expect(lines().amount_total).toBe(25);
    expect(sim.env.read('sale.order.line', pen, ['name', 'price_unit', 'price_subtotal', 'product_uom'])).toEqual([
      { id: pen, name: '[PEN] Pen', price_unit: 2, price_subtotal: 20, product_uom: [1, 'Units'] },
    ]);
    await call(sim, 'sale.order', 'write', [
      [order],
      {
        order_line: [
          [1, pen, { product_uom_qty: 1 }],
          [2, ink, 0],
        ],
      },
    ]);
    expect(lines()).toMatchObject({ order_line: [pen], amount_total: 2 });
    expect(sim.env.search('sale.order.line', [['id', '=', ink]])).toEqual([]);
    // (3, id) unlinks a line; the line cannot live without its order (ondelete cascade), so it is deleted.
    await call(sim, 'sale.order', 'write', [[order], { order_line: [[3, pen, 0]] }]);
    expect(lines().order_line).toEqual([]);
    await call(sim, 'sale.order', 'write', [
      [order],
      { order_line: [[0, 0, { name: 'Service fee', price_unit: 15 }]] },
    ]);
    expect(lines()).toMatchObject({ amount_total: 15 });
    await call(sim, 'sale.order', 'write', [[order], { order_line: [[5, 0, 0]] }]);
    expect(lines().order_line).toEqual([]);

    const vip = sim.env.create('res.partner.category', { name: 'VIP' });
    const b2b = sim.env.create('res.partner.category', { name: 'B2B' });
    const tags = () => sim.env.read('res.partner', globex, ['category_id'])[0].category_id;
    await call(sim, 'res.partner', 'write', [[globex], { category_id: [[6, 0, [vip, b2b]]] }]);
    expect(tags()).toEqual([b2b, vip]); // in the comodel's order (name)
    await call(sim, 'res.partner', 'write', [[globex], { category_id: [[3, vip, 0]] }]);
    expect(tags()).toEqual([b2b]);
    await call(sim, 'res.partner', 'write', [
      [globex],
      {
        category_id: [
          [4, vip, 0],
          [0, 0, { name: 'Gold' }],
        ],
      },
    ]);
    expect((tags() as number[]).length).toBe(3);
    await call(sim, 'res.partner', 'write', [[globex], { category_id: [[2, vip, 0]] }]);
    expect(sim.env.search('res.partner.category', [['name', '=', 'VIP']])).toEqual([]);
    await call(sim, 'res.partner', 'write', [[globex], { category_id: [[5, 0, 0]] }]);
    expect(tags()).toEqual([]);
    await call(sim, 'res.partner', 'write', [[globex], { category_id: [b2b] }]);
    expect(tags()).toEqual([b2b]);
  });

  it('raises MissingError writing a deleted record; unlink and read skip deleted ids', async () => {
    const id = sim.env.create('res.partner', { name: 'Short-lived' });
    expect(await call(sim, 'res.partner', 'unlink', [[id]])).toBe(true);
    const missing = await callError(sim, 'res.partner', 'write', [[id], { name: 'x' }]);
    expect(missing).toMatchObject({ name: 'odoo.exceptions.MissingError' });
    expect(missing.message).toContain(`Records: [${id}]`);
    expect(await call(sim, 'res.partner', 'unlink', [[id]])).toBe(true);
    expect(await call(sim, 'res.partner', 'read', [[id, acme], ['name']])).toEqual([{ id: acme, name: 'Acme NV' }]);
    expect(() => sim.env.write('res.partner', [id], { name: 'x' })).toThrow(/MissingError/);
  });

  it('refuses what PostgreSQL and the Python constraints refuse, and rolls the whole call back', async () => {
    expect(await callError(sim, 'sale.order', 'create', [{ partner_id: false }])).toMatchObject({
      name: 'odoo.exceptions.ValidationError',
      message: expect.stringContaining('Model: Sales Order (sale.order)\nField: Customer (partner_id)'),
    });
    expect(await callError(sim, 'res.partner', 'create', [{ email: 'nobody@example.com' }])).toMatchObject({
      name: 'odoo.exceptions.ValidationError',
      message: 'The operation cannot be completed: Contacts require a name',
    });
    expect(await callError(sim, 'sale.order', 'create', [{ partner_id: 999_999 }])).toMatchObject({
      name: 'odoo.exceptions.ValidationError',
      message: expect.stringContaining('sale_order_partner_id_fkey'),
    });
    // A partner with orders cannot be deleted (the required many2one restricts).
    const customer = sim.env.create('res.partner', { name: 'Has orders' });
    sim.env.create('sale.order', { partner_id: customer });
    expect(await callError(sim, 'res.partner', 'unlink', [[customer]])).toMatchObject({
      name: 'odoo.exceptions.ValidationError',
    });
    // One bad line: no order, no lines.
    const before = sim.env.count('sale.order', [], { activeTest: false });
    const bad = await callError(sim, 'sale.order', 'create', [
      {
        partner_id: customer,
        order_line: [
          [0, 0, { name: 'ok', price_unit: 1 }],
          [0, 0, { price_unit: 1 }],
        ],
      },
    ]);
    expect(bad.message).toContain('Field: Description (name)');
    expect(sim.env.count('sale.order', [], { activeTest: false })).toBe(before);
    expect(sim.env.search('sale.order.line', [['name', '=', 'ok']])).toEqual([]);
  });

  it('moves write_date on every create and write, never backwards, one value per call', async () => {
    const stamps: string[] = [];
    const id = await call<number>(sim, 'res.partner', 'create', [{ name: 'Clock' }]);
    const writeDate = () => sim.env.read('res.partner', id, ['write_date'])[0].write_date as string;
    stamps.push(writeDate());
    for (let i = 0; i < 5; i++) {
      await call(sim, 'res.partner', 'write', [[id], { phone: String(i) }]);
      stamps.push(writeDate());
    }
    expect([...stamps].sort()).toEqual(stamps);
    // A filter with >= on the last second seen finds the record again (second precision in, second precision out).
    expect(
      await call(sim, 'res.partner', 'search', [
        [
          ['write_date', '>=', stamps.at(-1)],
          ['id', '=', id],
        ],
      ]),
    ).toEqual([id]);
    // The records one call writes share its write_date.
    const [a, b] = await call<number[]>(sim, 'res.partner', 'create', [[{ name: 'A' }, { name: 'B' }]]);
    const dates = sim.env.read('res.partner', [a, b], ['create_date', 'write_date']);
    expect(new Set(dates.flatMap((d) => [d.create_date, d.write_date])).size).toBe(1);
    // Direct writes through env date records like RPC writes.
    const before = writeDate();
    sim.env.write('res.partner', id, { phone: 'direct' });
    expect(writeDate() >= before).toBe(true);
    // Renaming a company recomputes its contacts' stored complete_name, which moves their write_date.
    const contact = sim.env.create('res.partner', { name: 'Ann', parent_id: id });
    const contactDate = sim.env.read('res.partner', contact, ['write_date'])[0].write_date as string;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    sim.env.write('res.partner', id, { name: 'Clock Inc' });
    expect(sim.env.read('res.partner', contact, ['display_name', 'write_date'])[0]).toEqual({
      id: contact,
      display_name: 'Clock Inc, Ann',
      write_date: expect.not.stringMatching(contactDate),
    });
  });

  it('describes fields with fields_get', async () => {
    const fields = await call<Record<string, Rec>>(sim, 'sale.order', 'fields_get', [], {
      attributes: ['type', 'string', 'relation', 'required', 'selection'],
    });
    expect(fields.partner_id).toEqual({
      type: 'many2one',
      string: 'Customer',
      relation: 'res.partner',
      required: true,
    });
    expect(fields.state).toEqual({
      type: 'selection',
      string: 'Status',
      required: false,
      selection: [
        ['draft', 'Quotation'],
        ['sent', 'Quotation Sent'],
        ['sale', 'Sales Order'],
        ['cancel', 'Cancelled'],
      ],
    });
    const some = await call<Record<string, Rec>>(sim, 'sale.order', 'fields_get', [['order_line', 'nope']]);
    expect(Object.keys(some)).toEqual(['order_line']);
    expect(some.order_line).toMatchObject({
      type: 'one2many',
      relation: 'sale.order.line',
      relation_field: 'order_id',
    });
  });

  it('confirms and cancels orders as Odoo does, wizard included', async () => {
    const vendor = sim.env.create('res.partner', { name: 'Vendor AG', is_company: true });
    const product = sim.env.create('product.product', { name: 'Bolt', default_code: 'BOLT', standard_price: 0.4 });
    const po = sim.env.create('purchase.order', {
      partner_id: vendor,
      order_line: [[0, 0, { product_id: product, product_qty: 100 }]],
    });
    expect(sim.env.read('purchase.order', po, ['name', 'state', 'amount_total'])[0]).toMatchObject({
      name: expect.stringMatching(/^P\d{5}$/),
      state: 'draft',
      amount_total: 40,
    });
    expect(await call(sim, 'purchase.order', 'button_confirm', [[po]])).toBe(true);
    expect(sim.env.read('purchase.order', po, ['state', 'date_approve'])[0]).toMatchObject({
      state: 'purchase',
      date_approve: expect.any(String),
    });
    // The vendor became a vendor of the product.
    expect(sim.env.search('product.supplierinfo', [['partner_id', '=', vendor]])).toHaveLength(1);

    const so = sim.env.create('sale.order', { partner_id: acme, order_line: [[0, 0, { product_id: product }]] });
    expect(sim.env.read('sale.order', so, ['name', 'partner_invoice_id', 'partner_shipping_id'])[0]).toMatchObject({
      name: expect.stringMatching(/^S\d{5}$/),
      partner_invoice_id: [acme + 3, 'Acme NV, Acme Billing'],
      partner_shipping_id: [acme + 2, 'Acme NV, Delivery Address'],
    });
    expect(await call(sim, 'sale.order', 'action_confirm', [[so]])).toBe(true);
    expect(await callError(sim, 'sale.order', 'action_confirm', [[so]])).toMatchObject({
      name: 'odoo.exceptions.UserError',
    });
    // A confirmed order is cancelled through the sale.order.cancel wizard, unless the context says not to.
    expect(await call(sim, 'sale.order', 'action_cancel', [[so]])).toMatchObject({
      type: 'ir.actions.act_window',
      res_model: 'sale.order.cancel',
    });
    expect(sim.env.read('sale.order', so, ['state'])[0].state).toBe('sale');
    expect(await call(sim, 'sale.order', 'action_cancel', [[so]], { context: { disable_cancel_warning: true } })).toBe(
      true,
    );
    expect(sim.env.read('sale.order', so, ['state'])[0].state).toBe('cancel');
    expect(await callError(sim, 'sale.order', 'action_confirm', [[999_999]])).toMatchObject({
      name: 'odoo.exceptions.MissingError',
    });
  });

  it('switches fields and values with the version', async () => {
    const sims = await Promise.all(([16, 18, 19] as const).map((version) => startOdooSimulator({ version })));
    const [v16, v18, v19] = sims;
    try {
      expect(await call(v16, 'res.partner', 'create', [{ name: 'Home', type: 'private' }])).toEqual(expect.any(Number));
      expect(await callError(sim, 'res.partner', 'create', [{ name: 'Home', type: 'private' }])).toMatchObject({
        message: "Wrong value for res.partner.type: 'private'",
      });
      const so16 = v16.env.create('sale.order', { partner_id: 1 });
      expect(await call(v16, 'sale.order', 'action_done', [[so16]])).toBe(true);
      expect(v16.env.read('sale.order', so16, ['state'])[0].state).toBe('done');
      expect(await call(v16, 'res.partner', 'read', [[1], ['__last_update']])).toEqual([
        { id: 1, __last_update: expect.any(String) },
      ]);
      expect(await callError(sim, 'res.partner', 'read', [[1], ['__last_update']])).toMatchObject({
        name: 'builtins.ValueError',
      });
      // 18: storable goods are type 'consu' with is_storable.
      expect(await callError(v18, 'product.template', 'create', [{ name: 'X', type: 'product' }])).toMatchObject({
        message: "Wrong value for product.template.type: 'product'",
      });
      expect(await call(v18, 'product.template', 'create', [{ name: 'X', type: 'consu', is_storable: true }])).toEqual(
        expect.any(Number),
      );
      expect(
        await call(v18, 'res.partner', 'name_search', [], { name: 'My Company', domain: [], operator: '=' }),
      ).toEqual([[1, 'My Company']]);
      // 19: product_uom_id on lines, note on purchase orders.
      const lineFields = await call<Record<string, Rec>>(v19, 'sale.order.line', 'fields_get', [], {
        attributes: ['type'],
      });
      expect(lineFields).toHaveProperty('product_uom_id');
      expect(lineFields).not.toHaveProperty('product_uom');
      const poFields = await call<Record<string, Rec>>(v19, 'purchase.order', 'fields_get', [], {
        attributes: ['type'],
      });
      expect(poFields).toHaveProperty('note');
      expect(poFields).not.toHaveProperty('notes');
    } finally {
      for (const s of sims) await s.close();
    }
  });
});
