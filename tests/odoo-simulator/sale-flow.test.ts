import { OdooException } from '../../tools/odoo-simulator/odoo-exception.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { call, callError } from './wire.js';

type Rec = Record<string, unknown>;

interface Fixture {
  sim: OdooSimulator;
  taxField: string;
  tax19: number;
  tax19Incl: number;
  tax0: number;
  fpos: number;
  domestic: number;
  euBuyer: number;
  plain: number;
  included: number;
  storable: number;
  stockLocation: number;
}

/** Two 19 % taxes (excluded, included), a 0 % one a fiscal position maps them to, and products using them. */
async function setUp(version: OdooVersion): Promise<Fixture> {
  const sim = await startOdooSimulator({ version });
  const env = sim.env;
  const tax19 = sim.createTax({ name: '19%', amount: 19 });
  const tax19Incl = sim.createTax({ name: '19% incl.', amount: 19, priceIncluded: true });
  const tax0 = sim.createTax({ name: '0% EU', amount: 0 });
  let fpos: number;
  if (version >= 19) {
    // 19 keeps the mapping on the replacing tax.
    fpos = env.create('account.fiscal.position', { name: 'EU B2B' });
    env.write('account.tax', tax0, {
      fiscal_position_ids: [[6, 0, [fpos]]],
      original_tax_ids: [[6, 0, [tax19, tax19Incl]]],
    });
  } else {
    fpos = env.create('account.fiscal.position', {
      name: 'EU B2B',
      tax_ids: [
        [0, 0, { tax_src_id: tax19, tax_dest_id: tax0 }],
        [0, 0, { tax_src_id: tax19Incl, tax_dest_id: tax0 }],
      ],
    });
  }
  const domestic = env.create('res.partner', { name: 'Local Shop', is_company: true });
  const euBuyer = env.create('res.partner', { name: 'EU Buyer', is_company: true, property_account_position_id: fpos });
  const plain = env.create('product.product', { name: 'Lamp', list_price: 100, taxes_id: [[6, 0, [tax19]]] });
  const included = env.create('product.product', { name: 'Vase', list_price: 119, taxes_id: [[6, 0, [tax19Incl]]] });
  const storable = env.create('product.product', {
    name: 'Chair',
    list_price: 50,
    taxes_id: [[6, 0, [tax19]]],
    ...(version >= 18 ? { type: 'consu', is_storable: true } : { type: 'product' }),
  });
  const stockLocation = env.search('stock.location', [['usage', '=', 'internal']], { limit: 1 })[0];
  env.create('stock.quant', { product_id: storable, location_id: stockLocation, quantity: 5 });
  return {
    sim,
    taxField: version >= 19 ? 'tax_ids' : 'tax_id',
    tax19,
    tax19Incl,
    tax0,
    fpos,
    domestic,
    euBuyer,
    plain,
    included,
    storable,
    stockLocation,
  };
}

const writeDate = (sim: OdooSimulator, model: string, id: number) => sim.env.row(model, id)!.write_date as number;

describe.each([16, 17, 18, 19] as const)('Odoo simulator, the sale flow of Odoo %i', (version) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await setUp(version);
  });
  afterAll(() => f.sim.close());

  const order = (partner: number, lines: Rec[]) =>
    f.sim.env.create('sale.order', { partner_id: partner, order_line: lines.map((l) => [0, 0, l]) });
  const lineAmounts = (orderId: number) =>
    f.sim.env.read(
      'sale.order.line',
      f.sim.env.search('sale.order.line', [['order_id', '=', orderId]], { order: 'id' }),
      ['price_unit', 'price_subtotal', 'price_tax', 'price_total', f.taxField],
    );

  it('taxes lines from the product, excluded and included, and adds them up on the order', async () => {
    const so = await call<number>(f.sim, 'sale.order', 'create', [
      {
        partner_id: f.domestic,
        order_line: [
          [0, 0, { product_id: f.plain, product_uom_qty: 2 }],
          [0, 0, { product_id: f.included }],
          [0, 0, { product_id: f.included, price_unit: 10 }],
        ],
      },
    ]);
    expect(lineAmounts(so).map(({ id: _id, ...rest }) => rest)).toEqual([
      { price_unit: 100, price_subtotal: 200, price_tax: 38, price_total: 238, [f.taxField]: [f.tax19] },
      { price_unit: 119, price_subtotal: 100, price_tax: 19, price_total: 119, [f.taxField]: [f.tax19Incl] },
      // 10 / 1.19 = 8.403…: rounded per line, the tax is what is left of the price.
      { price_unit: 10, price_subtotal: 8.4, price_tax: 1.6, price_total: 10, [f.taxField]: [f.tax19Incl] },
    ]);
    const [amounts] = await call<Rec[]>(f.sim, 'sale.order', 'read', [
      [so],
      ['amount_untaxed', 'amount_tax', 'amount_total', 'currency_id', 'fiscal_position_id'],
    ]);
    expect(amounts).toEqual({
      id: so,
      amount_untaxed: 308.4,
      amount_tax: 58.6,
      amount_total: 367,
      currency_id: [1, 'EUR'],
      fiscal_position_id: false,
    });
  });

  it("maps taxes through the customer's fiscal position and takes included taxes out of the price", async () => {
    const so = order(f.euBuyer, [{ product_id: f.plain }, { product_id: f.included }]);
    expect(f.sim.env.read('sale.order', so, ['fiscal_position_id'])[0].fiscal_position_id).toEqual([f.fpos, 'EU B2B']);
    expect(lineAmounts(so).map(({ id: _id, ...rest }) => rest)).toEqual([
      { price_unit: 100, price_subtotal: 100, price_tax: 0, price_total: 100, [f.taxField]: [f.tax0] },
      { price_unit: 100, price_subtotal: 100, price_tax: 0, price_total: 100, [f.taxField]: [f.tax0] },
    ]);
    // The position is writable; taxes given by the client are kept.
    const given = order(f.euBuyer, [{ product_id: f.plain, [f.taxField]: [[6, 0, [f.tax19]]] }]);
    expect(lineAmounts(given)[0]).toMatchObject({ price_total: 119, [f.taxField]: [f.tax19] });
  });

  it('prices lines from the pricelist and updates them with "Update Prices"', async () => {
    const pricelist = f.sim.env.create('product.pricelist', { name: 'Shop' });
    const rule = f.sim.env.create('product.pricelist.item', {
      pricelist_id: pricelist,
      applied_on: '0_product_variant',
      product_id: f.plain,
      fixed_price: 80,
    });
    const so = f.sim.env.create('sale.order', {
      partner_id: f.domestic,
      pricelist_id: pricelist,
      order_line: [[0, 0, { product_id: f.plain }]],
    });
    expect(lineAmounts(so)[0]).toMatchObject({ price_unit: 80, price_total: 95.2 });
    f.sim.env.write('product.pricelist.item', rule, { fixed_price: 70 });
    // It returns None, which JSON-RPC leaves out of the answer.
    expect(await call(f.sim, 'sale.order', 'action_update_prices', [[so]])).toBeUndefined();
    expect(lineAmounts(so)[0]).toMatchObject({ price_unit: 70, price_total: 83.3 });
  });

  it('confirms into a reserved delivery, and refuses to confirm twice (16 re-dates instead)', async () => {
    const so = order(f.domestic, [{ product_id: f.storable, product_uom_qty: 3 }, { product_id: f.plain }]);
    expect(await call(f.sim, 'sale.order', 'action_confirm', [[so]])).toBe(true);
    const [read] = await call<Rec[]>(f.sim, 'sale.order', 'read', [
      [so],
      ['state', 'picking_ids', 'delivery_count', 'name', 'partner_shipping_id', 'invoice_status'],
    ]);
    expect(read).toMatchObject({ state: 'sale', delivery_count: 1, invoice_status: 'to invoice' });
    const [picking] = await call<Rec[]>(f.sim, 'stock.picking', 'read', [
      read.picking_ids,
      ['name', 'state', 'picking_type_code', 'origin', 'sale_id', 'partner_id', 'move_ids', 'scheduled_date'],
    ]);
    expect(picking).toMatchObject({
      name: expect.stringMatching(/^WH\/OUT\/\d{5}$/),
      state: 'assigned',
      picking_type_code: 'outgoing',
      origin: read.name,
      sale_id: [so, read.name],
      partner_id: read.partner_shipping_id,
      scheduled_date: expect.any(String),
    });
    // One move per line of goods (a consumable is always available); the chair reserves 3 of the 5.
    const reserved = version === 16 ? 'reserved_availability' : 'quantity';
    const moves = f.sim.env.read('stock.move', picking.move_ids as number[], ['product_id', 'state', reserved]);
    expect(moves.map((m) => [(m.product_id as [number])[0], m.state, m[reserved]])).toEqual([
      [f.storable, 'assigned', 3],
      [f.plain, 'assigned', 1],
    ]);
    const quant = () =>
      f.sim.env.read('stock.quant', f.sim.env.search('stock.quant', [['product_id', '=', f.storable]]), [
        'quantity',
        'reserved_quantity',
      ])[0];
    expect(quant()).toMatchObject({ quantity: 5, reserved_quantity: 3 });
    if (version >= 17) expect(f.sim.env.read('sale.order', so, ['delivery_status'])[0].delivery_status).toBe('pending');

    // 4 more chairs: 2 are free, the move is partially available and the picking ready.
    const short = order(f.domestic, [{ product_id: f.storable, product_uom_qty: 4 }]);
    f.sim.env.call('sale.order', 'action_confirm', [short]);
    const [shortPicking] = f.sim.env.read('sale.order', short, ['picking_ids'])[0].picking_ids as number[];
    expect(f.sim.env.read('stock.picking', shortPicking, ['state'])[0].state).toBe('assigned');
    expect(
      f.sim.env.read('stock.move', f.sim.env.search('stock.move', [['picking_id', '=', shortPicking]]), ['state']),
    ).toEqual([{ id: expect.any(Number), state: 'partially_available' }]);
    // Nothing left: waiting.
    const none = order(f.domestic, [{ product_id: f.storable, product_uom_qty: 1 }]);
    f.sim.env.call('sale.order', 'action_confirm', [none]);
    const [nonePicking] = f.sim.env.read('sale.order', none, ['picking_ids'])[0].picking_ids as number[];
    expect(f.sim.env.read('stock.picking', nonePicking, ['state'])[0].state).toBe('confirmed');

    if (version === 16) {
      const before = writeDate(f.sim, 'sale.order', so);
      expect(await call(f.sim, 'sale.order', 'action_confirm', [[so]])).toBe(true);
      expect(writeDate(f.sim, 'sale.order', so)).toBeGreaterThan(before);
      // No second delivery: the moves cover the lines.
      expect(f.sim.env.read('sale.order', so, ['delivery_count'])[0].delivery_count).toBe(1);
    } else {
      expect(await callError(f.sim, 'sale.order', 'action_confirm', [[so]])).toMatchObject({
        name: 'odoo.exceptions.UserError',
        message:
          version === 17
            ? `The following orders are not in a state requiring confirmation: ${String(read.name)}`
            : 'Some orders are not in a state requiring confirmation.',
      });
    }
  });

  it('refuses to confirm a cancelled order, with the words of the version', async () => {
    const so = order(f.domestic, [{ product_id: f.plain }]);
    // A quotation is cancelled without the wizard.
    expect(await call(f.sim, 'sale.order', 'action_cancel', [[so]])).toBe(true);
    const name = f.sim.env.read('sale.order', so, ['name'])[0].name as string;
    const messages: Record<number, string> = {
      16: 'It is not allowed to confirm an order in the following states: done, cancel',
      17: `The following orders are not in a state requiring confirmation: ${name}`,
      18: 'Some orders are not in a state requiring confirmation.',
      19: 'Some orders are not in a state requiring confirmation.',
    };
    expect(await callError(f.sim, 'sale.order', 'action_confirm', [[so]])).toMatchObject({
      name: 'odoo.exceptions.UserError',
      message: messages[version],
    });
    expect(() => f.sim.env.call('sale.order', 'action_confirm', [so])).toThrow(OdooException);
    expect(f.sim.env.read('sale.order', so, ['state', 'picking_ids'])[0]).toMatchObject({
      state: 'cancel',
      picking_ids: [],
    });
  });

  it('ships: stock goes out, the order is re-dated; a tracking reference alone does not re-date it', async () => {
    const so = order(f.domestic, [{ product_id: f.plain, product_uom_qty: 2 }]);
    f.sim.env.call('sale.order', 'action_confirm', [so]);
    const [picking] = f.sim.env.read('sale.order', so, ['picking_ids'])[0].picking_ids as number[];
    if (version === 16) {
      // Nothing done yet: the immediate-transfer wizard.
      expect(await call(f.sim, 'stock.picking', 'button_validate', [[picking]])).toMatchObject({
        type: 'ir.actions.act_window',
        res_model: 'stock.immediate.transfer',
      });
    }
    const before = writeDate(f.sim, 'sale.order', so);
    f.sim.shipOrder(so, { trackingRef: 'TRACK-1' });
    expect(f.sim.env.read('stock.picking', picking, ['state', 'date_done', 'carrier_tracking_ref'])[0]).toMatchObject({
      state: 'done',
      date_done: expect.any(String),
      carrier_tracking_ref: 'TRACK-1',
    });
    const [line] = f.sim.env.read('sale.order', so, ['order_line'])[0].order_line as number[];
    expect(f.sim.env.read('sale.order.line', line, ['qty_delivered'])[0].qty_delivered).toBe(2);
    const shipped = writeDate(f.sim, 'sale.order', so);
    expect(shipped).toBeGreaterThan(before);
    if (version >= 17) expect(f.sim.env.read('sale.order', so, ['delivery_status'])[0].delivery_status).toBe('full');

    const pickingBefore = writeDate(f.sim, 'stock.picking', picking);
    expect(await call(f.sim, 'stock.picking', 'write', [[picking], { carrier_tracking_ref: 'TRACK-2' }])).toBe(true);
    expect(writeDate(f.sim, 'stock.picking', picking)).toBeGreaterThan(pickingBefore);
    expect(writeDate(f.sim, 'sale.order', so)).toBe(shipped);

    // Storable goods leave the quants.
    const chairs = order(f.domestic, [{ product_id: f.storable, product_uom_qty: 1 }]);
    const freeBefore = f.sim.env.read('product.product', f.storable, ['qty_available'])[0].qty_available as number;
    f.sim.env.call('sale.order', 'action_confirm', [chairs]);
    const [chairPicking] = f.sim.env.read('sale.order', chairs, ['picking_ids'])[0].picking_ids as number[];
    if (version >= 17 && f.sim.env.read('stock.picking', chairPicking, ['state'])[0].state === 'assigned') {
      // 17+ validates what is reserved.
      expect(await call(f.sim, 'stock.picking', 'button_validate', [[chairPicking]])).toBe(true);
    } else {
      f.sim.shipOrder(chairs);
    }
    expect(f.sim.env.read('product.product', f.storable, ['qty_available'])[0].qty_available).toBe(freeBefore - 1);
  });

  it('invoices, posts and takes payments; a payment does not re-date the order', async () => {
    const so = order(f.domestic, [{ product_id: f.plain, product_uom_qty: 2 }]);
    f.sim.env.call('sale.order', 'action_confirm', [so]);
    const before = writeDate(f.sim, 'sale.order', so);
    const invoice = f.sim.invoiceOrder(so);
    expect(writeDate(f.sim, 'sale.order', so)).toBeGreaterThan(before);
    const [draft] = await call<Rec[]>(f.sim, 'account.move', 'read', [
      [invoice],
      ['name', 'state', 'move_type', 'invoice_origin', 'amount_untaxed', 'amount_tax', 'amount_total', 'payment_state'],
    ]);
    const soName = f.sim.env.read('sale.order', so, ['name'])[0].name;
    expect(draft).toMatchObject({
      name: '/',
      state: 'draft',
      move_type: 'out_invoice',
      invoice_origin: soName,
      amount_untaxed: 200,
      amount_tax: 38,
      amount_total: 238,
      payment_state: 'not_paid',
    });
    expect(
      await call<Rec[]>(f.sim, 'sale.order', 'read', [[so], ['invoice_ids', 'invoice_count', 'invoice_status']]),
    ).toEqual([{ id: so, invoice_ids: [invoice], invoice_count: 1, invoice_status: 'invoiced' }]);
    expect(await call(f.sim, 'sale.order', 'search', [[['invoice_ids', 'in', [invoice]]]])).toEqual([so]);
    const [line] = f.sim.env.read('sale.order', so, ['order_line'])[0].order_line as number[];
    expect(f.sim.env.read('sale.order.line', line, ['qty_invoiced', 'qty_to_invoice'])[0]).toMatchObject({
      qty_invoiced: 2,
      qty_to_invoice: 0,
    });
    expect(() => f.sim.invoiceOrder(so)).toThrow(/no invoiceable line/);

    f.sim.postInvoice(invoice);
    const orderStamp = writeDate(f.sim, 'sale.order', so);
    expect(
      f.sim.env.read('account.move', invoice, ['name', 'state', 'payment_state', 'amount_residual'])[0],
    ).toMatchObject({
      name: expect.stringMatching(/^INV\/\d{4}\/\d{5}$/),
      state: 'posted',
      payment_state: 'not_paid',
      amount_residual: 238,
    });
    const invoiceStamp = writeDate(f.sim, 'account.move', invoice);
    f.sim.payInvoice(invoice, 100);
    expect(f.sim.env.read('account.move', invoice, ['payment_state', 'amount_residual'])[0]).toMatchObject({
      payment_state: 'partial',
      amount_residual: 138,
    });
    expect(writeDate(f.sim, 'account.move', invoice)).toBeGreaterThan(invoiceStamp);
    f.sim.payInvoice(invoice);
    expect(f.sim.env.read('account.move', invoice, ['payment_state', 'amount_residual'])[0]).toMatchObject({
      payment_state: version >= 18 ? 'in_payment' : 'paid',
      amount_residual: 0,
    });
    expect(writeDate(f.sim, 'sale.order', so)).toBe(orderStamp);
  });

  it('cancels through the wizard, or at once with disable_cancel_warning: draft invoices and open deliveries go, posted invoices stay', async () => {
    const so = order(f.domestic, [{ product_id: f.storable, product_uom_qty: 1 }, { product_id: f.plain }]);
    f.sim.env.call('sale.order', 'action_confirm', [so]);
    const invoice = f.sim.invoiceOrder(so);
    expect(await call(f.sim, 'sale.order', 'action_cancel', [[so]])).toMatchObject({ res_model: 'sale.order.cancel' });
    expect(f.sim.env.read('sale.order', so, ['state'])[0].state).toBe('sale');
    expect(
      await call(f.sim, 'sale.order', 'action_cancel', [[so]], { context: { disable_cancel_warning: true } }),
    ).toBe(true);
    const [read] = f.sim.env.read('sale.order', so, ['state', 'picking_ids', 'invoice_status']);
    expect(read).toMatchObject({ state: 'cancel', invoice_status: 'no' });
    expect(f.sim.env.read('account.move', invoice, ['state'])[0].state).toBe('cancel');
    expect(f.sim.env.read('stock.picking', read.picking_ids as number[], ['state'])[0].state).toBe('cancel');

    const posted = order(f.domestic, [{ product_id: f.plain }]);
    f.sim.env.call('sale.order', 'action_confirm', [posted]);
    const postedInvoice = f.sim.invoiceOrder(posted);
    f.sim.postInvoice(postedInvoice);
    f.sim.env.call('sale.order', 'action_cancel', [posted], {}, { disable_cancel_warning: true });
    expect(f.sim.env.read('sale.order', posted, ['state'])[0].state).toBe('cancel');
    expect(f.sim.env.read('account.move', postedInvoice, ['state'])[0].state).toBe('posted');

    if (version >= 17) {
      const locked = order(f.domestic, [{ product_id: f.plain }]);
      f.sim.env.call('sale.order', 'action_confirm', [locked]);
      f.sim.env.call('sale.order', 'action_lock', [locked]);
      expect(await callError(f.sim, 'sale.order', 'action_cancel', [[locked]])).toMatchObject({
        message: 'You cannot cancel a locked order. Please unlock it first.',
      });
    }
  });

  it('has the fields of the version', async () => {
    const fieldsOf = async (model: string) =>
      Object.keys(await call<Record<string, Rec>>(f.sim, model, 'fields_get', [], { attributes: ['type'] }));
    const order = await fieldsOf('sale.order');
    expect(order).toEqual(
      expect.arrayContaining([
        'state',
        'invoice_status',
        'amount_untaxed',
        'amount_tax',
        'amount_total',
        'currency_id',
        'date_order',
        'picking_ids',
        'invoice_ids',
        'order_line',
        'fiscal_position_id',
      ]),
    );
    expect(order.includes('delivery_status')).toBe(version >= 17);
    const line = await fieldsOf('sale.order.line');
    expect(line.includes('tax_id')).toBe(version <= 18);
    expect(line.includes('tax_ids')).toBe(version >= 19);
    const tax = await fieldsOf('account.tax');
    expect(tax.includes('price_include_override')).toBe(version >= 18);
    expect(tax).toContain('price_include');
    expect(await fieldsOf('stock.picking')).toEqual(
      expect.arrayContaining(['state', 'carrier_tracking_ref', 'picking_type_code', 'sale_id', 'write_date']),
    );
    expect(await fieldsOf('account.move')).toEqual(
      expect.arrayContaining(['payment_state', 'state', 'move_type', 'name', 'write_date']),
    );
    const move = await fieldsOf('stock.move');
    expect(move.includes('quantity_done')).toBe(version === 16);
    expect(move.includes('quantity')).toBe(version >= 17);
    // 19 has no mapping model any more: the mapping lives on the taxes.
    if (version >= 19) {
      expect(await callError(f.sim, 'account.fiscal.position.tax', 'search', [[]])).toMatchObject({
        message: expect.stringContaining('account.fiscal.position.tax'),
      });
      expect(await fieldsOf('account.tax')).toEqual(
        expect.arrayContaining(['fiscal_position_ids', 'original_tax_ids']),
      );
    } else {
      expect(await call(f.sim, 'account.fiscal.position.tax', 'search', [[]])).toHaveLength(2);
    }
  });
});

describe('Odoo simulator, taxes included by the company setting (18+)', () => {
  it("follows the company's account_price_include when a tax has no override", async () => {
    const sim = await startOdooSimulator({ version: 18 });
    try {
      const tax = sim.env.create('account.tax', { name: '21%', amount: 21 });
      expect(sim.env.read('account.tax', tax, ['price_include'])[0].price_include).toBe(false);
      sim.env.write('res.company', 1, { account_price_include: 'tax_included' });
      expect(sim.env.read('account.tax', tax, ['price_include'])[0].price_include).toBe(true);
      const product = sim.env.create('product.product', { name: 'Cup', list_price: 121, taxes_id: [[6, 0, [tax]]] });
      const partner = sim.env.create('res.partner', { name: 'Buyer' });
      const so = sim.env.create('sale.order', { partner_id: partner, order_line: [[0, 0, { product_id: product }]] });
      expect(sim.env.read('sale.order', so, ['amount_untaxed', 'amount_total'])[0]).toMatchObject({
        amount_untaxed: 100,
        amount_total: 121,
      });
    } finally {
      await sim.close();
    }
  });
});
