import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { call, callError, json2 } from './wire.js';

/** A sales user with no Purchase, Inventory or Invoicing group, as many integration users start. */
const SALES_ONLY = ['sales_team.group_sale_salesman_all_leads', 'base.group_partner_manager'];

// purchase's and purchase_stock's ACL lines: the groups that may read purchase orders.
const PURCHASE_READ_REFUSED =
  "You are not allowed to access 'Purchase Order' (purchase.order) records.\n\n" +
  'This operation is allowed for the following groups:\n\t- Inventory/User\n\t- Invoicing/Billing\n\t- Purchase/User\n\t- User types/Portal\n\n' +
  'Contact your administrator to request access if necessary.';

describe.each([16, 17, 18, 19] as OdooVersion[])('Odoo simulator %i, access rights', (version) => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version, groups: SALES_ONLY });
  });
  afterAll(() => sim.close());

  it("refuses a model without an ACL for the user's groups with Odoo's AccessError, the groups that have it listed", async () => {
    for (const [method, args, kwargs] of [
      ['search_read', [[]], { fields: ['name'] }],
      ['search', [[]], undefined],
      ['search_count', [[]], undefined],
    ] as const) {
      const error = await callError(sim, 'purchase.order', method, [...args], kwargs);
      expect([error.name, error.message]).toEqual(['odoo.exceptions.AccessError', PURCHASE_READ_REFUSED]);
    }
    // What the groups allow still works.
    expect(await call(sim, 'res.partner', 'search_count', [[]])).toBeGreaterThan(0);
    // Every internal user reads quants (stock's access_stock_quant_all): no Inventory group needed.
    expect(await call(sim, 'stock.quant', 'search_read', [[]], { fields: ['quantity'], limit: 1 })).toEqual(
      expect.any(Array),
    );
    const create = await callError(sim, 'product.product', 'create', [[{ name: 'X' }]]);
    expect(create.message).toMatch(/^You are not allowed to create 'Product Variant' \(product\.product\) records\./);
  });

  it('answers the rights API of its version', async () => {
    if (version <= 18) {
      expect(await call(sim, 'purchase.order', 'check_access_rights', ['read'], { raise_exception: false })).toBe(
        false,
      );
      expect(await call(sim, 'sale.order', 'check_access_rights', ['create'], { raise_exception: false })).toBe(true);
      expect((await callError(sim, 'purchase.order', 'check_access_rights', ['read'])).message).toBe(
        PURCHASE_READ_REFUSED,
      );
    } else {
      // 19 dropped the deprecated check_access_rights.
      const error = await callError(sim, 'purchase.order', 'check_access_rights', ['read']);
      expect([error.name, error.message]).toEqual([
        'builtins.AttributeError',
        "The method 'purchase.order.check_access_rights' does not exist",
      ]);
    }
    if (version >= 18) {
      expect(await call(sim, 'purchase.order', 'has_access', [[], 'read'])).toBe(false);
      expect(await call(sim, 'sale.order', 'has_access', [[], 'write'])).toBe(true);
      expect((await callError(sim, 'purchase.order', 'check_access', [[], 'read'])).message).toBe(
        PURCHASE_READ_REFUSED,
      );
    } else {
      expect((await callError(sim, 'purchase.order', 'has_access', [[], 'read'])).name).toBe('builtins.AttributeError');
    }
    if (version >= 19) {
      const answer = await json2(sim, 'purchase.order', 'has_access', { ids: [], operation: 'read' });
      expect([answer.status, answer.json]).toEqual([200, false]);
      const refused = await json2(sim, 'purchase.order', 'search_read', { domain: [], fields: ['name'] });
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ name: 'odoo.exceptions.AccessError', message: PURCHASE_READ_REFUSED });
    }
  });

  it('hides fields declared with groups= from fields_get and refuses reading them', async () => {
    // Arranged directly, as an administrator would (the env runs as superuser).
    const id = sim.env.create('product.template', { name: 'Cost' });
    // A portal user may read products, not their cost (standard_price: groups="base.group_user").
    sim.setUserGroups(['base.group_portal']);
    try {
      const fields = await call<Record<string, unknown>>(sim, 'product.template', 'fields_get', [], {
        attributes: ['type', 'readonly'],
      });
      expect(fields).not.toHaveProperty('standard_price');
      // Neither write nor create: every field reads as readonly.
      expect(fields.name).toEqual({ type: 'char', readonly: true });
      const error = await callError(sim, 'product.template', 'read', [[id], ['name', 'standard_price']]);
      expect(error.name).toBe('odoo.exceptions.AccessError');
      // 16–17 check_field_access_rights names every field; 18+ _check_field_access the first.
      expect(error.message).toBe(
        version <= 17
          ? 'You do not have enough rights to access the fields "standard_price" on Product (product.template). Please contact your system administrator.\n\n(Operation: read)'
          : 'You do not have enough rights to access the field "standard_price" on Product (product.template). Please contact your system administrator.\n\nOperation: read',
      );
      sim.setUserGroups(['base.group_user']);
      const [read] = await call<Record<string, unknown>[]>(sim, 'product.template', 'read', [[id]]);
      expect(read).toHaveProperty('standard_price');
    } finally {
      sim.setUserGroups(SALES_ONLY);
    }
  });

  it('lists the addons with their states in ir.module.module, readable by internal users', async () => {
    const modules = await call<{ name: string; state: string }[]>(
      sim,
      'ir.module.module',
      'search_read',
      [[['name', 'in', ['sale_management', 'stock', 'website_sale']]]],
      { fields: ['name', 'state'] },
    );
    expect(modules.map((m) => [m.name, m.state])).toEqual([
      ['sale_management', 'installed'],
      ['stock', 'installed'],
      ['website_sale', 'uninstalled'],
    ]);
  });
});
