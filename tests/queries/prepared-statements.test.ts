import pg from 'pg';
import { prepareMarkedStatements, prepared } from '../../src/db/prepared-statements.js';
import { testAdminUrl } from '../support/database.js';

/** The named statements this session holds (PostgreSQL's own view of them). */
const held = (client: pg.Client) =>
  client
    .query<{ name: string }>('select name from pg_prepared_statements order by name')
    .then((r) => r.rows.map((row) => row.name));

describe('named statements (the read path, the push)', () => {
  let client: pg.Client;
  beforeEach(async () => {
    client = new pg.Client({ connectionString: testAdminUrl() });
    await client.connect();
    prepareMarkedStatements(client, 2);
  });
  afterEach(() => client.end());

  it('prepares a marked text once per connection and reuses it; other texts stay unnamed', async () => {
    const text = prepared('select $1::int + 1 as n');
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query(text, [41])).rows).toEqual([{ n: 42 }]);
    expect(await client.query('select 1 as n').then((r) => r.rows)).toEqual([{ n: 1 }]);
    expect(await held(client)).toHaveLength(1);
  });

  it('keeps at most its limit, the least recently used deallocated, and still answers every text', async () => {
    const texts = [1, 2, 3].map((k) => prepared(`select $1::int * ${k} as n`));
    for (const text of [texts[0]!, texts[1]!, texts[0]!, texts[2]!]) await client.query(text, [5]);
    // texts[1] was the least recently used when texts[2] came: gone, the other two kept.
    const names = await held(client);
    expect(names).toHaveLength(2);
    // Evicted texts come back under a new name; concurrent queries on the one connection all succeed.
    const answers = await Promise.all(
      [...texts, ...texts].map((text, i) => client.query<{ n: number }>(text, [i]).then((r) => r.rows[0]!.n)),
    );
    expect(answers).toEqual([0, 2, 6, 3, 8, 15]);
    expect(await held(client)).toHaveLength(2);
  });

  it('reports a failing marked statement as an error and keeps working', async () => {
    await expect(client.query(prepared('select 1 / $1::int as n'), [0])).rejects.toThrow(/division by zero/);
    expect((await client.query(prepared('select 1 / $1::int as n'), [1])).rows).toEqual([{ n: 1 }]);
    expect(await held(client)).toHaveLength(1);
  });

  it('keeps a statement prepared in a transaction that rolls back, and an error in it leaves the connection usable', async () => {
    const text = prepared('select $1::int + 1 as n');
    await client.query('begin');
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    await client.query('rollback');
    // Prepared statements are the session's: the rollback keeps it, and the text reuses it.
    const [name] = await held(client);
    expect((await client.query(text, [2])).rows).toEqual([{ n: 3 }]);
    expect(await held(client)).toEqual([name]);

    // One fails in a transaction, which then rolls back: the statement and the connection still serve.
    const divide = prepared('select 1 / $1::int as n');
    await client.query('begin');
    await expect(client.query(divide, [0])).rejects.toThrow(/division by zero/);
    await expect(client.query(text, [3])).rejects.toThrow(/current transaction is aborted/);
    await client.query('rollback');
    expect((await client.query(divide, [1])).rows).toEqual([{ n: 1 }]);
    expect((await client.query(text, [4])).rows).toEqual([{ n: 5 }]);
  });

  it('forgets a text PostgreSQL refused to parse: its eviction never aborts a later transaction', async () => {
    const texts = [1, 2, 3].map((k) => prepared(`select $1::int * ${k} as n`));
    // Refused in an aborted transaction: it was never parsed, so no statement has its name.
    await client.query('begin');
    await expect(client.query('select 1 / 0')).rejects.toThrow(/division by zero/);
    await expect(client.query(texts[0]!, [1])).rejects.toThrow(/current transaction is aborted/);
    await client.query('rollback');
    // Two more texts (the limit is 2) in a transaction: had the refused one stayed the least recently
    // used, its eviction's DEALLOCATE would have failed and aborted this transaction.
    await client.query('begin');
    expect((await client.query(texts[1]!, [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query(texts[2]!, [1])).rows).toEqual([{ n: 3 }]);
    await client.query('commit');
    expect((await client.query(texts[0]!, [5])).rows).toEqual([{ n: 5 }]);
    expect(await held(client)).toHaveLength(2);
  });

  it('forgets a text whose values pg could not send, and parses it afresh', async () => {
    const text = prepared('select $1::jsonb as v');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(client.query(text, [circular])).rejects.toThrow(/circular/i);
    expect((await client.query(text, [{ a: 1 }])).rows).toEqual([{ v: { a: 1 } }]);
    expect((await client.query(text, [{ a: 2 }])).rows).toEqual([{ v: { a: 2 } }]);
  });

  it("leaves streaming (a Submittable, as kysely's pg-cursor) unnamed", async () => {
    const query = new pg.Query<{ n: number }>(prepared('select $1::int as n'), [7]);
    const rows = await new Promise<{ n: number }[]>((resolve, reject) => {
      const got: { n: number }[] = [];
      query.on('row', (row: { n: number }) => got.push(row));
      query.on('end', () => resolve(got));
      query.on('error', reject);
      void client.query(query);
    });
    expect(rows).toEqual([{ n: 7 }]);
    expect(await held(client)).toEqual([]);
  });
});
