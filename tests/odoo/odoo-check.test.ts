import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { graphql } from '../gql/index.js';
import { startOdooSimulator, type OdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';
import { odooEnv } from '../support/odoo.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'dist', 'src', 'cli.js');

/** What a complete integration user is given (docs/connect-odoo.md). */
const COMPLETE = [
  'sales_team.group_sale_salesman_all_leads',
  'base.group_partner_manager',
  'stock.group_stock_user',
  'purchase.group_purchase_user',
  'account.group_account_invoice',
];
const WITHOUT_PURCHASE = COMPLETE.filter((g) => g !== 'purchase.group_purchase_user');

/** `npm run hub -- odoo:check` as the compiled CLI, pointed at `sim` (no database: it needs none). */
async function odooCheck(sim: OdooSimulator, env: Record<string, string> = {}) {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    ...odooEnv(sim),
    LOG_LEVEL: 'silent',
    ODOO_TIMEOUT_MS: '5000',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.ODOO_PROTOCOL;
  if (env.ODOO_PROTOCOL) childEnv.ODOO_PROTOCOL = env.ODOO_PROTOCOL;
  try {
    const { stdout } = await run(process.execPath, [CLI, 'odoo:check'], { env: childEnv });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, lines: `${e.stdout}${e.stderr}`.trim().split('\n') };
  }
}

const simulators: OdooSimulator[] = [];
async function simulator(version: OdooVersion, options: Parameters<typeof startOdooSimulator>[0] = {}) {
  const sim = await startOdooSimulator({ version, ...options });
  simulators.push(sim);
  return sim;
}
afterAll(async () => {
  for (const sim of simulators) await sim.close();
});

describe('npm run hub -- odoo:check', () => {
  it.each([16, 17, 18, 19] as OdooVersion[])(
    'on Odoo %i, names the missing purchase right and its group, and exits non-zero',
    async (version) => {
      // Reading stock needs no Inventory group (every internal user reads quants), creating purchase orders needs Purchase / User.
      const sim = await simulator(version, { groups: WITHOUT_PURCHASE });
      const { code, lines } = await odooCheck(sim);
      expect(code).toBe(1);
      const fix =
        'Fix: grant the Odoo user the group "Purchase / User" (purchase.group_purchase_user) in Settings / Users.';
      expect(lines.filter((l) => l.startsWith('PROBLEM'))).toEqual([
        `PROBLEM (purchase.order create): the Odoo user may not create purchase.order. ${fix}`,
        `PROBLEM (purchase.order.line create): the Odoo user may not create purchase.order.line. ${fix}`,
      ]);
      expect(lines.at(-1)).toBe('2 problems: fix them in Odoo and run odoo:check again');
      // 16–17 ask check_access_rights, 18+ has_access (the calls the simulator served); the quant
      // read is allowed, so its fields are checked next.
      const asked = sim.calls.filter((c) => c.model === 'stock.quant').map((c) => c.method);
      expect(asked).toEqual([version >= 18 ? 'has_access' : 'check_access_rights', 'fields_get']);
    },
  );

  it.each([16, 17] as OdooVersion[])(
    'on a complete user of Odoo %i, prints OK and JSON-RPC; website_sale missing is only a note',
    async (version) => {
      const sim = await simulator(version, { groups: COMPLETE });
      const { code, lines } = await odooCheck(sim);
      expect(code).toBe(0);
      expect(lines[0]).toBe(
        `Odoo ${version}.0 at ${sim.url}, database odoo, user admin; protocol JSON-RPC (/jsonrpc) (ODOO_PROTOCOL=auto)`,
      );
      expect(lines).toContain(
        'note: the addon website_sale (eCommerce) is not installed in database odoo (optional): products have no shop categories or is_published flag (the internal category is used)',
      );
      expect(lines.some((l) => l.startsWith('PROBLEM'))).toBe(false);
      expect(lines.at(-1)).toBe('OK: the hub can do its job with this Odoo, over jsonrpc');
      expect(sim.calls.some((c) => c.protocol === 'json2')).toBe(false);
    },
  );

  it('on Odoo 19, picks JSON-2 and says /jsonrpc is deprecated, to be removed in Odoo 22', async () => {
    const sim = await simulator(19, { groups: COMPLETE });
    const { code, lines } = await odooCheck(sim);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/; protocol JSON-2 \(\/json\/2\) \(ODOO_PROTOCOL=auto\)$/);
    expect(lines).toContain(
      'note: Odoo 19.0: the hub uses JSON-2 (/json/2); /jsonrpc is deprecated since Odoo 19 and will be removed in Odoo 22',
    );
    expect(lines.at(-1)).toBe('OK: the hub can do its job with this Odoo, over json2');
    const modelCalls = sim.calls.filter((c) => c.service === 'object');
    expect(modelCalls.length).toBeGreaterThan(0);
    expect(modelCalls.every((c) => c.protocol === 'json2')).toBe(true);

    // An explicit ODOO_PROTOCOL still holds: jsonrpc works on 19, with the advice to move.
    const explicit = await odooCheck(sim, { ODOO_PROTOCOL: 'jsonrpc' });
    expect(explicit.code).toBe(0);
    expect(explicit.lines).toContain(
      'note: ODOO_PROTOCOL=jsonrpc on Odoo 19.0: /jsonrpc is deprecated since Odoo 19 and will be removed in Odoo 22; set ODOO_PROTOCOL=auto (or json2) to use JSON-2',
    );
    expect(explicit.lines.at(-1)).toBe('OK: the hub can do its job with this Odoo, over jsonrpc');
  });

  it('names a pulled field the user cannot read (a customization restricted it to a group)', async () => {
    const sim = await simulator(18, { groups: COMPLETE });
    sim.setFieldGroups('res.partner', 'vat', 'account.group_account_manager');
    const { code, lines } = await odooCheck(sim);
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith('PROBLEM'))).toEqual([
      'PROBLEM (res.partner field vat read): the Odoo user cannot read the field res.partner.vat: it is not in the user\'s fields_get (restricted to groups the user is not in, or absent from this Odoo). Fix: grant the Odoo user a group the field vat is restricted to (Settings / Technical / Fields, res.partner: "Groups").',
    ]);
  });

  it('refuses ODOO_PROTOCOL=json2 before Odoo 19', async () => {
    const sim = await simulator(17, { groups: COMPLETE });
    const { code, lines } = await odooCheck(sim, { ODOO_PROTOCOL: 'json2' });
    expect(code).toBe(1);
    expect(lines).toContain(
      'PROBLEM: ODOO_PROTOCOL=json2, but Odoo 17.0 has no JSON-2 API (it came with Odoo 19). Fix: set ODOO_PROTOCOL=auto (or jsonrpc).',
    );
  });

  it('reports a required addon that is not installed, and a refused login, with their fixes', async () => {
    const sim = await simulator(18, { groups: COMPLETE, uninstalledModules: ['stock'] });
    const missing = await odooCheck(sim);
    expect(missing.code).toBe(1);
    expect(missing.lines).toContain(
      'PROBLEM: the addon stock (Inventory) is not installed in database odoo: no stock levels are pulled, no deliveries followed. Fix: install "Inventory" (stock) in Odoo\'s Apps.',
    );

    const refused = await odooCheck(sim, { ODOO_API_KEY: 'not-the-key' });
    expect(refused.code).toBe(1);
    expect(refused.lines.filter((l) => l.startsWith('PROBLEM'))).toEqual([
      'PROBLEM: Odoo refused the login of admin on database odoo. Fix: check ODOO_DB, ODOO_USERNAME and ODOO_API_KEY: the key must be an API key of that user (in Odoo: the user menu / Preferences / Account Security / New API Key).',
    ]);
  });

  it('says when Odoo does not answer at all', async () => {
    const sim = await simulator(17);
    await sim.goOffline();
    const { code, lines } = await odooCheck(sim);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`Odoo (no answer) at ${sim.url}, database odoo, user admin`);
    expect(lines[1]).toMatch(
      /^PROBLEM: Odoo at http:\/\/127\.0\.0\.1:\d+ does not answer \/web\/webclient\/version_info: /,
    );
    expect(lines[1]).toMatch(/Fix: check ODOO_URL/);
  });
});

const OdooConnection = graphql(`
  query OdooConnection {
    syncStatus {
      odooConnection {
        ok
        protocol
        version
        checkedAt
        notes
        problems {
          model
          operation
          field
          message
          fix
        }
      }
    }
  }
`);

describe('syncStatus.odooConnection', () => {
  let hub: TestHub | null = null;
  let api: TestHub | null = null;
  afterAll(async () => {
    await api?.close();
    await hub?.close();
  });

  it("is the worker's check at its start, answered by every instance", async () => {
    const sim = await simulator(17, { groups: WITHOUT_PURCHASE });
    hub = await startTestHub('odoo_check_status', {
      role: 'all',
      env: { ...odooEnv(sim), ODOO_CHECK_AT_START: 'true' },
    });
    const status = await until(
      async () => (await hub!.request(OdooConnection)).data?.syncStatus.odooConnection,
      (connection) => !!connection,
      'the odoo check of the worker start',
    );
    expect(status).toMatchObject({ ok: false, protocol: 'jsonrpc', version: '17.0' });
    const fix = 'grant the Odoo user the group "Purchase / User" (purchase.group_purchase_user) in Settings / Users';
    expect(status!.problems).toEqual([
      {
        model: 'purchase.order',
        operation: 'create',
        field: null,
        message: 'the Odoo user may not create purchase.order',
        fix,
      },
      {
        model: 'purchase.order.line',
        operation: 'create',
        field: null,
        message: 'the Odoo user may not create purchase.order.line',
        fix,
      },
    ]);
    expect(status!.notes).toEqual([expect.stringMatching(/^the addon website_sale \(eCommerce\) is not installed/)]);

    // An API instance without Odoo settings and without a worker answers the same, from the database.
    api = await startTestHub('odoo_check_status_api', { role: 'api', sameDatabaseAs: hub });
    expect((await api.request(OdooConnection)).data?.syncStatus.odooConnection).toEqual(status);
  });

  it('is null before any worker checked', async () => {
    const alone = await startTestHub('odoo_check_none', { role: 'api' });
    try {
      const { data, errors } = await alone.request(OdooConnection);
      expect(errors).toBeUndefined();
      expect(data?.syncStatus.odooConnection).toBeNull();
    } finally {
      await alone.close();
    }
  });
});
