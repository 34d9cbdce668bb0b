import pg from 'pg';
import { prepareMarkedStatements, prepared } from '../../src/db/prepared-statements.js';
import { testAdminUrl } from '../support/database.js';

/** The named statements this session holds (PostgreSQL's own view of them). */
const held = (client: pg.Client) =>
  client
    .query<{ name: string }>('select name from pg_prepared_statements order by name')
    .then((r) => r.rows.map((row) => row.name));

describe('named statements of the read path', () => {
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
  });
});
