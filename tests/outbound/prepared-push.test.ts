import { jest } from '@jest/globals';
import pg from 'pg';
import { sqlQuery } from '../../src/db/sql.js';
import { PartnerType } from '../../src/domain/enums.js';
import { PREPARED } from '../../src/db/prepared-statements.js';
import { webshopWriter } from '../../src/domain/record-origin.js';
import { placeSaleOrder } from '../../src/modules/sale-order/sale-order.service.js';
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { startHubWithCatalog } from '../support/odoo.js';
import type { TestHub } from '../support/hub.js';
import { until } from '../support/until.js';

/**
 * A push's statements on its critical path (lock, claim, read, create notes,
 * completion) go out as named statements through the ORM's own pool
 * (prepared-statements.ts, installed by ormOptions), and PostgreSQL holds them
 * on the connection that ran them. Every call of pg's Client.query is watched:
 * the hub's pool clients send named statements through it.
 */
describe("a push's hot statements, named", () => {
  const query = jest.spyOn(pg.Client.prototype, 'query');
  let sim: OdooSimulator;
  let hub: TestHub;
  let skus: string[];
  beforeAll(async () => {
    ({ sim, hub } = await startHubWithCatalog('prepared-push', 2, { role: 'all' }));
    const rows = sim.env.read('product.product', sim.env.search('product.product', []), ['default_code']);
    skus = rows.map((r) => String(r.default_code));
  }, 60_000);
  afterAll(async () => {
    query.mockRestore();
    await hub?.close();
    await sim?.close();
  });

  const place = async (n: number) => {
    const externalId = `PREP-${n}`;
    await hub.app.orm.em.fork().transactional((tx) =>
      placeSaleOrder(
        tx,
        {
          externalId,
          customer: {
            externalId: `prep-cust-${n}`,
            data: { name: `Customer ${n}`, email: `prep${n}@shop.example` },
            addresses: [{ externalId: `prep-cust-${n}-inv`, type: PartnerType.INVOICE, data: { name: 'Accounts' } }],
          },
          invoiceAddressExternalId: `prep-cust-${n}-inv`,
          shippingAddressExternalId: `prep-cust-${n}`,
          lines: [{ productExternalId: skus[0]!, quantity: 2 }],
        },
        webshopWriter({ user: null, scopes: ['orders:write'] }),
      ),
    );
    await until(
      () =>
        sqlQuery<{ status: string }>(
          hub.app.orm.em.fork(),
          `select q."status" from "outbound_queue" q join "sale_order" s on s."id" = q."entity_id" where s."external_id" = $1`,
          [externalId],
        ),
      (rows) => rows[0]?.status === 'completed',
      `order ${externalId} pushed`,
      15_000,
    );
    return externalId;
  };

  /** The calls whose text contains `part`: named ones ({ name, text, values }) and plain texts. */
  const callsOf = (part: string) => {
    const named: { name: string; text: string; values: unknown[]; client: pg.Client }[] = [];
    let unnamed = 0;
    query.mock.calls.forEach((args, i) => {
      const first = (args as unknown[])[0] as string | { name?: string; text?: string; values?: unknown[] } | undefined;
      if (typeof first === 'string') {
        if (first.includes(part)) unnamed++;
      } else if (first?.name !== undefined && first.text?.includes(part))
        named.push({
          name: first.name,
          text: first.text,
          values: first.values ?? [],
          client: query.mock.contexts[i] as pg.Client,
        });
    });
    return { named, unnamed };
  };

  it('locks, claims, reads, notes and completes an order as named statements PostgreSQL keeps per connection', async () => {
    query.mockClear();
    const refs = [await place(1), await place(2)];
    for (const ref of refs) {
      const [orderId] = sim.env.search('sale.order', [['client_order_ref', '=', ref]]);
      expect(orderId).toEqual(expect.any(Number));
    }
    const statements = {
      lock: 'with recursive q as materialized (',
      claim: 'with "open" as materialized (',
      read: 'from "outbound_queue" q left join "sale_order" r',
      notes: 'insert into "odoo_create"',
      complete: 'with "partners" as (',
    };
    for (const [what, part] of Object.entries(statements)) {
      const { named, unnamed } = callsOf(part);
      // Once per push at least (the notes: before the creates and with Odoo's answers), never unnamed.
      expect([what, unnamed]).toEqual([what, 0]);
      expect(named.length).toBeGreaterThanOrEqual(2);
      for (const call of named) {
        expect(call.name).toMatch(/^hub_/);
        expect(call.text.startsWith(PREPARED)).toBe(true);
      }
      // One text, one name per connection; PostgreSQL holds it under that name, with that text.
      const last = named.at(-1)!;
      const { rows } = await last.client.query<{ statement: string }>(
        'select "statement" from pg_prepared_statements where "name" = $1',
        [last.name],
      );
      expect(rows.map((r) => r.statement)).toEqual([last.text]);
    }

    // The read gives the rows the unnamed statement gives (now, after the push).
    const [read] = callsOf(statements.read).named;
    const plain = new pg.Client({ connectionString: hub.dbUrl });
    await plain.connect();
    try {
      const unnamed = await plain.query(read!.text, read!.values);
      const named = await plain.query({ name: 'read_once', text: read!.text, values: read!.values });
      expect(unnamed.rows).toHaveLength(1);
      expect(named.rows).toEqual(unnamed.rows);
    } finally {
      await plain.end();
    }
  }, 60_000);
});
