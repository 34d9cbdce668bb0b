import { randomUUID } from 'node:crypto';
import { graphql } from '../gql/index.js';
import { EntityType } from '../../src/domain/enums.js';
import { appendToChangeLog } from '../../src/outbox/change-log.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe, untilLive, type LiveSubscription } from '../support/ws.js';

const OnChangeSince = graphql(`
  subscription OnChangeSince($entityType: EntityType, $fields: [String!], $since: ID) {
    entityChanged(entityType: $entityType, fields: $fields, since: $since) {
      entityType
      externalId
      changedFields
      isNew
      position
    }
  }
`);
const LogIngestProducts = graphql(`
  mutation LogIngestProducts($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      changes {
        externalId
        position
      }
    }
  }
`);
const LogIngestPartners = graphql(`
  mutation LogIngestPartners($input: [PartnerInput!]!) {
    ingestPartners(input: $input) {
      created
    }
  }
`);

type Change = { entityType: string; externalId: string; changedFields: string[]; position?: string | null };
type Sub = LiveSubscription<{ entityChanged: Change }>;

describe('the change log and entityChanged(since:)', () => {
  let hub: TestHub;
  let probe = 0;
  beforeAll(async () => {
    hub = await startTestHub('change_log');
  });
  afterAll(async () => {
    await hub.close();
  });

  const ingest = async (products: { externalId: string; data: Record<string, unknown> }[]) => {
    const { data, errors } = await hub.request(LogIngestProducts, { input: products });
    expect(errors).toBeUndefined();
    return data!.ingestProducts.changes;
  };
  const poke = () => ingest([{ externalId: 'PROBE', data: { n: ++probe } }]);
  const next = async (sub: Sub, timeoutMs = 5000): Promise<Change> => {
    const { data, errors } = await sub.next(timeoutMs);
    expect(errors).toBeUndefined();
    return data!.entityChanged;
  };
  /** The subscription's next `count` changes, skipping probes. */
  const take = async (sub: Sub, count: number): Promise<Change[]> => {
    const got: Change[] = [];
    while (got.length < count) {
      const change = await next(sub);
      if (change.externalId !== 'PROBE') got.push(change);
    }
    return got;
  };
  /** A position every earlier change is at or before: the last probe's, seen live. */
  const livePosition = async (): Promise<string> => {
    const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, {});
    try {
      const first = await untilLive(sub, poke);
      return first.data!.entityChanged.position!;
    } finally {
      await sub.close();
    }
  };
  const expectIncreasing = (changes: Change[]) => {
    const positions = changes.map((c) => Number(c.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
  };

  it('gives every change its position, in the ingest result and the event alike', async () => {
    const changes = await ingest([
      { externalId: 'POS-1', data: { v: 1 } },
      { externalId: 'POS-2', data: { v: 1 } },
    ]);
    expect(changes.map((c) => c.externalId)).toEqual(['POS-1', 'POS-2']);
    expect(Number(changes[1]!.position)).toBe(Number(changes[0]!.position) + 1);
    const logged = await hub.app.orm.em
      .getConnection()
      .execute<{ external_id: string; changed_fields: string[]; is_new: boolean }[]>(
        `select external_id, changed_fields, is_new from change_log where position in (?, ?) order by position`,
        [changes[0]!.position, changes[1]!.position],
      );
    expect(logged).toEqual([
      { external_id: 'POS-1', changed_fields: ['v'], is_new: true },
      { external_id: 'POS-2', changed_fields: ['v'], is_new: true },
    ]);
  });

  it('resumes after a disconnect: the 200 changes made meanwhile, in order, then live ones', async () => {
    const since = await livePosition();
    // 200 changes while no one listens, from four writers at once (their positions commit out of order).
    const ids = Array.from({ length: 200 }, (_, i) => `AWAY-${String(i).padStart(3, '0')}`);
    await Promise.all(
      [0, 1, 2, 3].map(async (w) => {
        for (let i = w * 50; i < (w + 1) * 50; i += 5) {
          await ingest(ids.slice(i, i + 5).map((externalId) => ({ externalId, data: { v: 1 } })));
        }
      }),
    );
    const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, { since });
    try {
      const replayed = await take(sub, 200);
      expect(replayed.map((c) => c.externalId).sort()).toEqual(ids);
      expectIncreasing(replayed);
      expect(Number(replayed[0]!.position)).toBeGreaterThan(Number(since));
      // Then live: the next change, once.
      await ingest([{ externalId: 'AFTER-RESUME', data: { v: 1 } }]);
      const live = await next(sub);
      expect(live.externalId).toBe('AFTER-RESUME');
      expect(Number(live.position)).toBeGreaterThan(Number(replayed.at(-1)!.position));
      await ingest([{ externalId: 'AFTER-RESUME-2', data: { v: 1 } }]);
      expect((await next(sub)).externalId).toBe('AFTER-RESUME-2');
    } finally {
      await sub.close();
    }
  });

  it('hands every change made while it replays exactly once, switching to live without a gap', async () => {
    const since = await livePosition();
    await ingest(Array.from({ length: 300 }, (_, i) => ({ externalId: `BEFORE-${i}`, data: { v: 1 } })));
    let writing = true;
    const written: string[] = [];
    const writer = (async () => {
      for (let i = 0; writing || i < 20; i++) {
        const externalId = `DURING-${i}`;
        await ingest([{ externalId, data: { v: 1 } }]);
        written.push(externalId);
      }
    })();
    const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, { since });
    try {
      const got = await take(sub, 300 + 20);
      writing = false;
      await writer;
      got.push(...(await take(sub, 300 + written.length - got.length)));
      const names = got.map((c) => c.externalId);
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((n) => n.startsWith('BEFORE-')).length).toBe(300);
      expect(names.filter((n) => n.startsWith('DURING-')).sort()).toEqual([...written].sort());
      // Nothing more: no duplicate arrives late.
      await ingest([{ externalId: 'LAST', data: { v: 1 } }]);
      expect((await take(sub, 1))[0]!.externalId).toBe('LAST');
    } finally {
      await sub.close();
    }
  });

  it('applies entityType and fields to the replay as to live events', async () => {
    const since = await livePosition();
    await ingest([{ externalId: 'FILTER-1', data: { name: 'Lamp', price: 1 } }]);
    await ingest([{ externalId: 'FILTER-1', data: { name: 'Desk lamp', price: 1 } }]); // name only
    await hub.request(LogIngestPartners, { input: [{ externalId: 'FILTER-P', data: { price: 1 } }] });
    await ingest([{ externalId: 'FILTER-1', data: { name: 'Desk lamp', price: 2 } }]); // price only
    const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, {
      since,
      entityType: 'PRODUCT',
      fields: ['price'],
    });
    try {
      const got = await take(sub, 2);
      expect(got.map((c) => [c.entityType, c.externalId, c.changedFields])).toEqual([
        ['PRODUCT', 'FILTER-1', ['name', 'price']],
        ['PRODUCT', 'FILTER-1', ['price']],
      ]);
      await hub.request(LogIngestPartners, { input: [{ externalId: 'FILTER-P', data: { price: 2 } }] });
      await ingest([{ externalId: 'FILTER-1', data: { name: 'Desk lamp', price: 3 } }]);
      expect((await take(sub, 1))[0]!.changedFields).toEqual(['price']);
    } finally {
      await sub.close();
    }
  });

  it('refuses a position that was never written, or is not a position', async () => {
    for (const [since, reason] of [
      ['999999999999', 'CHANGE_LOG_UNKNOWN_POSITION'],
      ['-3', undefined],
      ['abc', undefined],
    ] as const) {
      const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, { since });
      try {
        const { errors } = await sub.next();
        expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(reason ? { reason } : {}) });
      } finally {
        await sub.close();
      }
    }
  });

  it('replays to local subscribers what was logged while the event listener was reconnecting', async () => {
    const sub = subscribe(hub.url, hub.adminToken, OnChangeSince, { entityType: 'PRODUCT' });
    try {
      await untilLive(sub, poke);
      // Committed and logged, but its NOTIFY never reaches this instance: as if sent while the
      // listener was away (the log is written, no NOTIFY is queued).
      const lost = ['LOST-1', 'LOST-2'];
      await hub.app.orm.em.fork().transactional(async (tx) => {
        await appendToChangeLog(
          tx,
          lost.map((externalId) => ({
            entityType: EntityType.PRODUCT,
            id: randomUUID(),
            externalId,
            changedFields: ['name'],
            isNew: false,
            changedAt: new Date(),
          })),
        );
      });
      const killed = await hub.app.orm.em.getConnection().execute<{ pid: number }[]>(
        `select pg_terminate_backend(pid) as ok, pid from pg_stat_activity
            where application_name = 'odoo-sync-hub events' and datname = current_database()`,
      );
      expect(killed.length).toBe(1);
      const got = await take(sub, 2);
      expect(got.map((c) => c.externalId)).toEqual(lost);
      // Then live again.
      await ingest([{ externalId: 'BACK', data: { v: 1 } }]);
      expect((await take(sub, 1))[0]!.externalId).toBe('BACK');
    } finally {
      await sub.close();
    }
  });
});
