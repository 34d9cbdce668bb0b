import 'reflect-metadata';
import { EntityType, FailureSource } from '../../src/domain/enums.js';
import {
  decodeEvents,
  decodePayload,
  encodeEvents,
  MAX_PAYLOAD_BYTES,
  type HubEvent,
} from '../../src/outbox/hub-events.js';
import { createHubPubSub, SUBSCRIBER_BUFFER } from '../../src/live-events/local-pubsub.js';

const uuid = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const KEYS = Array.from({ length: 32 }, (_, i) => `odoo_field_${i}`).sort();

function entity(n: number, changedFields: string[], isNew: boolean, changedAt: Date): HubEvent {
  return {
    kind: 'entity',
    change: { entityType: EntityType.PRODUCT, id: uuid(n), externalId: `SKU-${n}`, changedFields, isNew, changedAt },
  };
}

describe('NOTIFY payloads (encodeEvents / decodeEvents)', () => {
  it('packs a batch into few payloads under the limit and decodes it back as it was', () => {
    const at = new Date('2026-11-29T10:00:00.123Z');
    const events: HubEvent[] = [
      // New products of one feed share their keys; updates of one field; a failure between them.
      ...Array.from({ length: 500 }, (_, i) => entity(i, [...KEYS], true, at)),
      { kind: 'failure', failure: { id: uuid(9999), source: FailureSource.WEBSHOP, entityType: EntityType.PRODUCT } },
      ...Array.from({ length: 50 }, (_, i) =>
        entity(1000 + i, i % 2 ? ['list_price'] : ['name', 'list_price'], false, new Date(at.getTime() + i * 7 - 100)),
      ),
      {
        kind: 'entity',
        change: {
          entityType: EntityType.STOCK,
          id: uuid(5000),
          externalId: 'Größe-€-🙂',
          changedFields: ['quantity'],
          isNew: false,
          changedAt: at,
        },
      },
    ];
    const payloads = encodeEvents(events);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    // ~75 bytes an event instead of ~480 with its 32 fields inline (the old format took 34 payloads).
    expect(payloads.length).toBeLessThanOrEqual(8);
    expect(payloads.flatMap(decodeEvents)).toEqual(events);
  });

  it('leaves the events it encodes as they were; one too big alone travels with no field list', () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `a_rather_long_field_name_${i}`);
    const fields = [...KEYS];
    const events = [entity(1, huge, false, new Date()), entity(2, fields, true, new Date())];
    const payloads = encodeEvents(events);
    expect(huge).toHaveLength(3000);
    expect(events[0]).toMatchObject({ change: { changedFields: huge } });
    expect(events[1]).toMatchObject({ change: { changedFields: fields } });
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const [first, second] = payloads.flatMap(decodeEvents) as Extract<HubEvent, { kind: 'entity' }>[];
    // "Too many to list": subscriptions' field filters let it through.
    expect(first!.change.changedFields).toEqual([]);
    expect(second!.change.changedFields).toEqual(KEYS);
  });

  it('stamps each payload with when it was published (the fan-out latency starts there); older payloads have none', () => {
    const before = Date.now();
    const [payload] = encodeEvents([entity(1, ['name'], false, new Date('2026-01-01T00:00:00Z'))]);
    const { events, publishedAt } = decodePayload(payload!);
    expect(events).toHaveLength(1);
    expect(publishedAt).toBeGreaterThanOrEqual(before);
    expect(publishedAt).toBeLessThanOrEqual(Date.now());
    expect(decodePayload(JSON.stringify({ t: 0, f: [], e: [] })).publishedAt).toBeNull();
  });

  it('still reads the previous format (instances of both versions during a rolling upgrade)', () => {
    const legacy = JSON.stringify([
      ['e', 'product', uuid(1), 'SKU-1', ['name'], 1, '2026-11-29T10:00:00.000Z'],
      ['f', uuid(2), 'odoo', 'partner'],
    ]);
    expect(decodeEvents(legacy)).toEqual([
      entity(1, ['name'], true, new Date('2026-11-29T10:00:00.000Z')),
      { kind: 'failure', failure: { id: uuid(2), source: 'odoo', entityType: 'partner' } },
    ]);
  });
});

describe('the pubsub of one instance', () => {
  const change = (n: number, changedFields = ['name']) =>
    (entity(n, changedFields, false, new Date()) as Extract<HubEvent, { kind: 'entity' }>).change;

  it('takes hundreds of subscribers without a MaxListenersExceededWarning, each given what it asked for', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const pubSub = createHubPubSub();
      const all = Array.from({ length: 300 }, () => pubSub.subscribeWhere('entity.changed', () => true));
      const priced = pubSub.subscribeWhere('entity.changed', (c) => c.changedFields.includes('price'));
      const firsts = all.map((s) => s.next());
      const pricedFirst = priced.next();
      pubSub.publish('entity.changed', change(1));
      pubSub.publish('entity.changed', change(2, ['price']));
      expect((await Promise.all(firsts)).every((r) => r.value?.externalId === 'SKU-1')).toBe(true);
      expect((await pricedFirst).value?.externalId).toBe('SKU-2');
      expect((await all[0]!.next()).value?.externalId).toBe('SKU-2');
      await Promise.all([...all, priced].map((s) => s.return()));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('ends a subscriber that falls too far behind with an error, without throwing at the publisher', async () => {
    const pubSub = createHubPubSub();
    const slow = pubSub.subscribeWhere('entity.changed', () => true);
    const fast = pubSub.subscribeWhere('entity.changed', () => true);
    const started = [slow.next(), fast.next()];
    const total = SUBSCRIBER_BUFFER + 1024 + 50;
    let received = 0;
    const consumed = (async () => {
      // Its first event goes to `started`.
      for await (const _ of fast) if (++received === total - 1) break;
    })();
    const publishAll = async () => {
      for (let i = 0; i < total; i++) {
        pubSub.publish('entity.changed', change(i));
        if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve)); // `fast` keeps up
      }
    };
    await expect(publishAll()).resolves.toBeUndefined();
    await Promise.all(started);
    await consumed;
    expect(received).toBe(total - 1);
    let delivered = 1;
    const ended = await (async () => {
      try {
        for (;;) {
          const { done } = await slow.next();
          if (done) return 'done';
          delivered++;
        }
      } catch (err) {
        return err as Error;
      }
    })();
    expect(ended).toBeInstanceOf(Error);
    expect((ended as Error).message).toMatch(/pending calls to push/);
    expect(delivered).toBeGreaterThanOrEqual(SUBSCRIBER_BUFFER);
  });
});
