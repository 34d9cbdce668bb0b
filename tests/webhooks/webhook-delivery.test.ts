import { graphql } from '../gql/index.js';
import { EntityType, FailureSource } from '../../src/domain/enums.js';
import { recordSyncFailure } from '../../src/modules/sync-failure/sync-failure.service.js';
import { WebhookDelivery } from '../../src/modules/webhook/webhook-delivery.entity.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { guardedDispatcher } from '../../src/modules/webhook/delivery-send.js';
import { attemptDelivery } from '../../src/modules/webhook/webhook-delivery.service.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { WebhookReceiver, type ReceivedMessage } from '../support/webhook-receiver.js';
import { subscribe, untilLive } from '../support/ws.js';

const Create = graphql(`
  mutation DeliveryCreate($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      secret
      webhookConfig {
        id
      }
    }
  }
`);
const Delete = graphql(`
  mutation DeliveryDelete($id: ID!) {
    deleteWebhookConfig(id: $id)
  }
`);
const Rotate = graphql(`
  mutation DeliveryRotate($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
    }
  }
`);
const Redeliver = graphql(`
  mutation DeliveryRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
      attempts
    }
  }
`);
const State = graphql(`
  query DeliveryState($configId: ID!) {
    webhookConfigs {
      id
      isActive
    }
    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 500) {
      nodes {
        id
        status
        attempts
        responseStatus
        lastError
        nextAttemptAt
        deliveredAt
        payload
        syncFailure {
          id
          status
          source
          entityType
          externalId
          errorMessage
          resolutionNote
        }
      }
    }
  }
`);
const OutboundLog = graphql(`
  query DeliveryOutboundLog($configId: ID!) {
    apiLogs(filter: { direction: OUTBOUND, webhookConfigId: $configId }, first: 100) {
      nodes {
        method
        path
        statusCode
        duration
      }
    }
  }
`);
const RetryFailure = graphql(`
  mutation DeliveryRetryFailure($id: ID!) {
    retrySyncFailure(id: $id) {
      id
      status
    }
  }
`);
const OnFailure = graphql(`
  subscription DeliveryOnFailure {
    syncFailureChanged {
      id
      entityType
      externalId
      source
      status
      errorMessage
    }
  }
`);

type Delivery = NonNullable<Awaited<ReturnType<typeof state>>>['webhookDeliveries']['nodes'][number];
let hub: TestHub;
let receiver: WebhookReceiver;
const state = async (configId: string) => (await hub.request(State, { configId })).data;

const deliveries = async (configId: string) => (await state(configId))!.webhookDeliveries.nodes;
const oneDelivery = (configId: string, pred: (d: Delivery) => boolean, what: string) =>
  until(
    () => deliveries(configId),
    (ds) => ds.length > 0 && pred(ds[0]!),
    what,
  ).then((ds) => ds[0]!);

let seq = 0;
/** A config of `entityType` for path `path` on the receiver, whose messages the receiver checks with its secret. */
async function endpoint(
  path: string,
  entityType: 'PRODUCT' | 'PARTNER' = 'PRODUCT',
  direction: 'TO_WEBSHOP' | 'TO_ODOO' = 'TO_WEBSHOP',
) {
  const res = await hub.request(Create, { input: { url: `${receiver.url}${path}`, entityType, direction } });
  expect(res.errors).toBeUndefined();
  const { secret, webhookConfig } = res.data!.createWebhookConfig;
  receiver.expect(path, { secret });
  return { id: webhookConfig.id, secret, remove: () => hub.request(Delete, { id: webhookConfig.id }) };
}

const change = (count = 1) => {
  const ids = Array.from({ length: count }, () => `WH-${++seq}`);
  return ingestProducts(
    hub.app.orm.em.fork(),
    ids.map((externalId) => ({ externalId, data: { name: externalId, n: seq } })),
  ).then(() => ids);
};

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  hub = await startTestHub('webhook_delivery', {
    role: 'all',
    env: {
      // The receiver is on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE: 'true',
      // Three attempts, the next one at once, so tests wait for events, not for time.
      WEBHOOK_RETRY_SCHEDULE: '0,0',
      WEBHOOK_TIMEOUT_MS: '1000',
      WORKER_CONCURRENCY: '8',
    },
  });
});
afterAll(async () => {
  await hub.close();
  await receiver.close();
});

describe('webhook delivery', () => {
  it('delivers every change once per config, signed so standardwebhooks verifies it, the same id across retries', async () => {
    const [a, b] = [await endpoint('/all-a'), await endpoint('/all-b')];
    try {
      // The first answers on /all-a are failures: those messages come again, under the same webhook-id.
      receiver.script('/all-a', [500, 503]);
      const ids = await change(20);
      for (const path of ['/all-a', '/all-b']) {
        await until(
          async () => receiver.on(path).filter((m) => m.status === 200).length,
          (n) => n >= 20,
          `20 delivered on ${path}`,
        );
        const messages = receiver.on(path);
        expect(messages.every((m) => m.verifiedWith.includes('secret'))).toBe(true);
        const byId = new Map<string, ReceivedMessage[]>();
        for (const m of messages) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
        expect(byId.size).toBe(20);
        // Each event once per config: 20 distinct ids, one per product, each retried with the same body.
        const externalIds = [...byId.values()].map((ms) => (ms[0]!.payload!.data as { externalId: string }).externalId);
        expect(externalIds.sort()).toEqual([...ids].sort());
        for (const ms of byId.values()) expect(new Set(ms.map((m) => m.body)).size).toBe(1);
      }
      expect(receiver.on('/all-a').length).toBe(22);
      expect(receiver.on('/all-b').length).toBe(20);
      // webhook-id is the delivery's messageId.
      const rows = await hub.app.orm.em.fork().find(WebhookDelivery, { webhookConfig: a.id });
      expect(new Set(rows.map((r) => r.messageId))).toEqual(new Set(receiver.on('/all-a').map((m) => m.id)));
      const payload = receiver.on('/all-b')[0]!.payload!;
      expect(payload).toEqual({
        type: 'product.changed',
        timestamp: expect.stringMatching(/Z$/),
        data: {
          entityType: 'PRODUCT',
          id: expect.any(String),
          externalId: expect.stringMatching(/^WH-/),
          changedFields: ['n', 'name'],
          isNew: true,
          current: { name: expect.any(String), n: expect.any(Number) },
        },
      });
    } finally {
      await a.remove();
      await b.remove();
    }
  });

  it('answers 500 twice then 200: DELIVERED on attempt 3, and ApiLog has the three attempts', async () => {
    const e = await endpoint('/retry');
    try {
      receiver.script('/retry', [500, 500]);
      await change();
      await receiver.count('/retry', 3);
      const delivery = await oneDelivery(e.id, (d) => d.status === 'DELIVERED', 'DELIVERED');
      expect(delivery).toMatchObject({ attempts: 3, responseStatus: 200, lastError: null, nextAttemptAt: null });
      expect(Date.parse(delivery.deliveredAt!)).toBeLessThanOrEqual(Date.now());
      expect(new Set(receiver.on('/retry').map((m) => m.id)).size).toBe(1);
      await hub.app.apiLog!.flush();
      const log = (await hub.request(OutboundLog, { configId: e.id })).data!.apiLogs.nodes;
      // One row per attempt (rows written in one batch share a millisecond, so their order is not the attempts'),
      // with the endpoint's origin only: its path may be its secret.
      expect(log.map((l) => [l.method, l.path, l.statusCode]).sort()).toEqual([
        ['POST', receiver.url, 200],
        ['POST', receiver.url, 500],
        ['POST', receiver.url, 500],
      ]);
      expect(log.every((l) => l.duration > 0)).toBe(true);
    } finally {
      await e.remove();
    }
  });

  it('deactivates a config whose endpoint answers 410 Gone, with a SyncFailure saying so', async () => {
    const e = await endpoint('/gone');
    try {
      receiver.script('/gone', [410]);
      await change();
      await receiver.count('/gone', 1);
      const delivery = await oneDelivery(e.id, (d) => d.status === 'FAILED', 'FAILED');
      expect(delivery).toMatchObject({ attempts: 1, responseStatus: 410, lastError: 'HTTP 410' });
      expect(delivery.syncFailure).toMatchObject({
        status: 'OPEN',
        source: 'WEBSHOP',
        externalId: `webhook:${e.id}`,
        errorMessage: `Webhook ${e.id} answered 410 Gone and was deactivated (updateWebhookConfig with isActive: true turns it on again).`,
      });
      const config = (await state(e.id))!.webhookConfigs.find((c) => c.id === e.id)!;
      expect(config.isActive).toBe(false);
      await change();
      expect(await deliveries(e.id)).toHaveLength(1);
    } finally {
      await e.remove();
    }
  });

  it('fails for good after the last attempt: FAILED, SyncFailure open, linked and announced; a replay then succeeds', async () => {
    const sub = subscribe(hub.url, hub.adminToken, OnFailure, {});
    const e = await endpoint('/fail');
    try {
      // A poke no config listens to (no webhook of SALE_ORDER), until the subscription is live.
      await untilLive(sub, () =>
        recordSyncFailure(hub.app.orm.em.fork(), {
          entityType: EntityType.SALE_ORDER,
          externalId: 'POKE',
          source: FailureSource.WEBSHOP,
          errorMessage: 'poke',
        }),
      );
      const echo = `boom, you sent ${e.secret} ` + 'y'.repeat(2000);
      receiver.script('/fail', [
        { status: 500, body: echo },
        { status: 500, body: echo },
        { status: 500, body: echo },
      ]);
      const [externalId] = await change();
      let event;
      do event = (await sub.next(10_000)).data!.syncFailureChanged;
      while (event.externalId !== externalId);
      expect(event).toMatchObject({ entityType: 'PRODUCT', source: 'WEBSHOP', status: 'OPEN' });
      expect(event.errorMessage).toMatch(
        new RegExp(
          `^Webhook product\\.changed msg_\\w+ to webhook ${e.id} failed after 3 attempt\\(s\\): HTTP 500: boom`,
        ),
      );

      const failed = await oneDelivery(e.id, (d) => d.status === 'FAILED', 'FAILED');
      expect(failed).toMatchObject({ attempts: 3, responseStatus: 500, nextAttemptAt: null, deliveredAt: null });
      expect(failed.syncFailure).toMatchObject({ id: event.id, status: 'OPEN' });
      // The first kB of the answer, and never the secret even when the endpoint echoes it.
      expect(failed.lastError).toMatch(/^HTTP 500: boom, you sent \[secret\] y+$/);
      expect(failed.lastError!.length).toBeLessThanOrEqual(1024 + 'HTTP 500: '.length);
      expect(failed.lastError).not.toContain(e.secret.slice(6));

      const replay = await hub.request(Redeliver, { deliveryId: failed.id });
      expect(replay.data!.redeliverWebhook).toMatchObject({ id: failed.id, status: 'PENDING', attempts: 0 });
      const last = await receiver.count('/fail', 4);
      expect(last[3]!.id).toBe(last[0]!.id);
      expect(last[3]!.body).toBe(last[0]!.body);
      expect(last[3]!.verifiedWith).toEqual(['secret']);
      let resolved;
      do resolved = (await sub.next(10_000)).data!.syncFailureChanged;
      while (resolved.id !== event.id);
      expect(resolved.status).toBe('RESOLVED');
      const delivered = await oneDelivery(e.id, (d) => d.status === 'DELIVERED', 'DELIVERED');
      expect(delivered).toMatchObject({ attempts: 1, responseStatus: 200 });
      expect(delivered.syncFailure).toMatchObject({
        status: 'RESOLVED',
        resolutionNote: expect.stringMatching(/redeliverWebhook/),
      });
      // Every attempt, the three failed ones and the replay, is in ApiLog.
      await hub.app.apiLog!.flush();
      const log = (await hub.request(OutboundLog, { configId: e.id })).data!.apiLogs.nodes;
      expect(log.map((l) => l.statusCode).sort()).toEqual([200, 500, 500, 500]);
    } finally {
      await sub.close();
      await e.remove();
    }
  });

  it('retrySyncFailure on a webhook’s failure sends the message again, and its delivery resolves the failure', async () => {
    const e = await endpoint('/retry-failure');
    try {
      receiver.script('/retry-failure', [500, 500, 500]);
      await change();
      const failed = await oneDelivery(e.id, (d) => d.status === 'FAILED' && d.syncFailure !== null, 'FAILED');
      const retried = await hub.request(RetryFailure, { id: failed.syncFailure!.id });
      expect(retried.data!.retrySyncFailure).toMatchObject({ status: 'OPEN' });
      const [first, , , again] = await receiver.count('/retry-failure', 4);
      expect(again!.id).toBe(first!.id);
      const delivered = await oneDelivery(
        e.id,
        (d) => d.status === 'DELIVERED' && d.syncFailure?.status === 'RESOLVED',
        'DELIVERED and resolved',
      );
      expect(delivered.attempts).toBe(1);
    } finally {
      await e.remove();
    }
  });

  it('keeps one open SyncFailure per delivery: a replay that fails again updates it, and a later success resolves it', async () => {
    const e = await endpoint('/refail');
    try {
      receiver.script('/refail', [500, 500, 500, { status: 503, body: 'down again' }, 500, 500]);
      const [externalId] = await change();
      const first = await oneDelivery(e.id, (d) => d.status === 'FAILED' && d.syncFailure !== null, 'FAILED');
      const failureId = first.syncFailure!.id;

      await hub.request(Redeliver, { deliveryId: first.id });
      await receiver.count('/refail', 6);
      const again = await oneDelivery(
        e.id,
        (d) => d.status === 'FAILED' && d.attempts === 3 && d.responseStatus === 500 && d.syncFailure !== null,
        'FAILED again',
      );
      expect(again.syncFailure).toMatchObject({
        id: failureId,
        status: 'OPEN',
        errorMessage: expect.stringMatching(/failed after 3 attempt\(s\): HTTP 500$/),
      });
      const open = await hub.app.orm.em
        .getConnection()
        .execute<{ id: string }[]>(`select id from sync_failure where external_id = ? and status = 'open'`, [
          externalId,
        ]);
      expect(open.map((f) => f.id)).toEqual([failureId]);

      // Retrying that failure replays the delivery; its success resolves it.
      expect((await hub.request(RetryFailure, { id: failureId })).errors).toBeUndefined();
      const delivered = await oneDelivery(
        e.id,
        (d) => d.status === 'DELIVERED' && d.syncFailure?.status === 'RESOLVED',
        'DELIVERED and resolved',
      );
      expect(delivered.syncFailure!.id).toBe(failureId);
      expect(new Set(receiver.on('/refail').map((m) => m.id)).size).toBe(1);
    } finally {
      await e.remove();
    }
  });

  it('signs with both secrets during a rotation’s overlap: a receiver with either one verifies', async () => {
    const e = await endpoint('/rotate');
    try {
      const fresh = (await hub.request(Rotate, { id: e.id })).data!.rotateWebhookSecret.secret;
      receiver.expect('/rotate', { old: e.secret, new: fresh });
      await change();
      const during = await receiver.next('/rotate');
      expect(during.signature.split(' ')).toHaveLength(2);
      expect(during.verifiedWith.sort()).toEqual(['new', 'old']);
      // After the overlap only the new secret signs.
      await hub.app.orm.em
        .getConnection()
        .execute(`update webhook_config set previous_secret_expires_at = now() - interval '1 second' where id = ?`, [
          e.id,
        ]);
      await change();
      const after = await receiver.next('/rotate', (m) => m.id !== during.id);
      expect(after.verifiedWith).toEqual(['new']);
    } finally {
      await e.remove();
    }
  });

  it('honours Retry-After on 429 and 503, and gives up waiting after the timeout', async () => {
    const e = await endpoint('/slow');
    try {
      // The schedule says "at once" (0 s): only Retry-After makes these attempts wait.
      receiver.script('/slow', [
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 503, headers: { 'retry-after': '2' } },
      ]);
      await change();
      const [first, second, third] = await receiver.count('/slow', 3, 15_000);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
      expect(third!.at - second!.at).toBeGreaterThanOrEqual(1950);
      expect(third!.id).toBe(first!.id);
      const delivered = await oneDelivery(e.id, (d) => d.status === 'DELIVERED', 'DELIVERED');
      expect(delivered.attempts).toBe(3);

      receiver.script('/slow', [
        { status: 200, delayMs: 1500 },
        { status: 200, delayMs: 1500 },
        { status: 200, delayMs: 1500 },
      ]);
      await change();
      const timedOut = await until(
        () => deliveries(e.id),
        (ds) => ds.some((d) => d.status === 'FAILED'),
        'timed out delivery',
      );
      const failed = timedOut.find((d) => d.status === 'FAILED')!;
      expect(failed).toMatchObject({ attempts: 3, responseStatus: null, lastError: 'No answer within 1000 ms.' });
    } finally {
      await e.remove();
    }
  });

  it('does not follow redirects: a delivery that only ever gets them fails, saying to which origin they pointed', async () => {
    const e = await endpoint('/moved');
    try {
      // The redirect points at a path that would answer 200 (and that the receiver counts).
      const moved = { status: 301, headers: { location: `${receiver.url}/elsewhere?key=k1` } };
      receiver.script('/moved', [moved, { ...moved, status: 302 }, { ...moved, status: 307 }]);
      await change();
      const failed = await oneDelivery(e.id, (d) => d.status === 'FAILED', 'FAILED');
      expect(failed).toMatchObject({
        attempts: 3,
        responseStatus: 307,
        // The origin alone: where an endpoint redirects to may hold a secret as much as its own path.
        lastError: `HTTP 307: redirects are not followed (to ${receiver.url})`,
      });
      expect(receiver.on('/moved')).toHaveLength(3);
      expect(receiver.on('/elsewhere')).toEqual([]);
    } finally {
      await e.remove();
    }
  });

  it('keeps failures from looping: a failed delivery’s failure skips its config, and a failed failure goes nowhere', async () => {
    const shop = await endpoint('/loop-shop');
    const odoo = await endpoint('/loop-odoo', 'PRODUCT', 'TO_ODOO');
    try {
      receiver.script('/loop-shop', [500, 500, 500]);
      receiver.script('/loop-odoo', [500, 500, 500]);
      const [externalId] = await change();
      // The product change goes to the TO_WEBSHOP config only; its failure to the TO_ODOO one only.
      const forOdoo = await oneDelivery(odoo.id, (d) => d.status === 'FAILED', 'failure event FAILED');
      expect(forOdoo.payload).toMatchObject({
        type: 'sync_failure.recorded',
        data: { externalId, source: 'WEBSHOP', status: 'OPEN' },
      });
      expect(forOdoo.syncFailure).toMatchObject({ source: 'ODOO', status: 'OPEN' });
      const shopRows = await deliveries(shop.id);
      expect(shopRows.map((d) => d.payload.type)).toEqual(['product.changed']);
      expect((await deliveries(odoo.id)).map((d) => d.payload.type)).toEqual(['sync_failure.recorded']);
      expect(receiver.on('/loop-shop').every((m) => m.payload!.type === 'product.changed')).toBe(true);
      expect(receiver.on('/loop-odoo')).toHaveLength(3);
    } finally {
      await shop.remove();
      await odoo.remove();
    }
  });

  it('names a failed endpoint by its config id only: its path, echoed or not, reaches no other endpoint nor ApiLog', async () => {
    // A Slack/Zapier-style URL, whose path and query are the credential; the endpoint echoes them, as many do.
    const secretPath = '/hooks/T0SECRET/B0SECRET';
    const shop = await endpoint(`${secretPath}?key=Q0SECRET`);
    const listener = await endpoint('/listener', 'PRODUCT', 'TO_ODOO');
    try {
      receiver.expect(secretPath, { secret: shop.secret });
      const echo = { status: 404, body: `Cannot POST ${secretPath}?key=Q0SECRET (${receiver.url}${secretPath})` };
      receiver.script(secretPath, [
        echo,
        { status: 301, headers: { location: `${secretPath}/v2?key=Q0SECRET` } },
        echo,
      ]);
      const [externalId] = await change();
      const failed = await oneDelivery(shop.id, (d) => d.status === 'FAILED' && d.syncFailure !== null, 'FAILED');
      expect(failed.lastError).toBe(`HTTP 404: Cannot POST [path] (${receiver.url}/[path])`);
      const message = failed.syncFailure!.errorMessage;
      expect(message).toMatch(new RegExp(`^Webhook product\\.changed msg_\\w+ to webhook ${shop.id} failed after 3`));
      // The failure of that delivery goes to the other config (never back to its own): without the URL.
      const told = await receiver.next(
        '/listener',
        (m) => m.payload?.type === 'sync_failure.recorded' && m.payload.data.externalId === externalId,
      );
      expect(told.payload!.data).toMatchObject({ errorMessage: message });
      await hub.app.apiLog!.flush();
      const everything = [
        message,
        told.body,
        JSON.stringify(await deliveries(shop.id)),
        JSON.stringify(
          await hub.app.orm.em.getConnection().execute(`select * from api_log where direction = 'outbound'`),
        ),
      ].join('\n');
      for (const secret of ['T0SECRET', 'B0SECRET', 'Q0SECRET']) expect(everything).not.toContain(secret);
      const log = (await hub.request(OutboundLog, { configId: shop.id })).data!.apiLogs.nodes;
      expect(log.map((l) => [l.path, l.statusCode]).sort()).toEqual([
        [receiver.url, 301],
        [receiver.url, 404],
        [receiver.url, 404],
      ]);
    } finally {
      await shop.remove();
      await listener.remove();
    }
  });

  it('deactivates an endpoint whose attempts have all failed for WEBHOOK_DISABLE_AFTER_DAYS', async () => {
    const e = await endpoint('/stale', 'PARTNER');
    try {
      await hub.app.orm.em
        .getConnection()
        .execute(`update webhook_config set failing_since = now() - interval '6 days' where id = ?`, [e.id]);
      receiver.script('/stale', [500]);
      await recordSyncFailure(hub.app.orm.em.fork(), {
        entityType: EntityType.PARTNER,
        externalId: 'C-1',
        source: FailureSource.ODOO,
        errorMessage: 'no such country',
      });
      const failed = await oneDelivery(e.id, (d) => d.status === 'FAILED', 'FAILED');
      expect(failed.attempts).toBe(1);
      expect(failed.syncFailure).toMatchObject({
        externalId: `webhook:${e.id}`,
        errorMessage: expect.stringMatching(
          /^Every attempt to webhook [-\w]+ has failed since .* \(over 5 days\): it was deactivated\. Last error: HTTP 500/,
        ),
      });
      expect((await state(e.id))!.webhookConfigs.find((c) => c.id === e.id)!.isActive).toBe(false);
    } finally {
      await e.remove();
    }
  });

  it('takes loopback, private and metadata URLs when WEBHOOK_ALLOW_PRIVATE=true (as this hub has it)', async () => {
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://10.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:9/hook',
    ]) {
      const res = await hub.request(Create, {
        input: { url, entityType: 'PARTNER', direction: 'TO_WEBSHOP', isActive: false },
      });
      expect({ url, errors: res.errors }).toEqual({ url, errors: undefined });
      await hub.request(Delete, { id: res.data!.createWebhookConfig.webhookConfig.id });
    }
  });

  it('checks where a delivery connects, so DNS cannot lead it inward, and logs the refused call', async () => {
    const em = hub.app.orm.em.fork();
    const port = new URL(receiver.url).port;
    const named = factories.webhookConfig(em, {
      url: `http://rebind.test:${port}/guard`,
      entityType: EntityType.STOCK,
    });
    // Two entity types: the failure each opens must not be sent to the other (it would be delivered, allowed, by the hub's worker).
    const literal = factories.webhookConfig(em, {
      url: `http://127.0.0.1:${port}/guard`,
      entityType: EntityType.PRICELIST_ITEM,
    });
    const d1 = factories.webhookDelivery(em, named, { payload: { type: 'stock.changed', timestamp: 'x', data: {} } });
    const d2 = factories.webhookDelivery(em, literal, {
      payload: { type: 'pricelist_item.changed', timestamp: 'x', data: {} },
    });
    await em.flush();
    const deps = {
      em: hub.app.orm.em,
      fetch: hub.app.fetch,
      logger: hub.app.logger,
      config: { webhookAllowPrivate: false, webhooks: { ...hub.app.config.webhooks, retryScheduleMs: [] } },
      // DNS that answers loopback for the name, as a rebinding attacker's would.
      dispatcher: guardedDispatcher(((_h: string, _o: unknown, cb: (e: null, a: unknown) => void) =>
        cb(null, [{ address: '127.0.0.1', family: 4 }])) as never),
    };
    try {
      expect(await attemptDelivery(deps, d1.id)).toBe('failed');
      expect(await attemptDelivery(deps, d2.id)).toBe('failed');
      const rows = await hub.app.orm.em
        .fork()
        .find(WebhookDelivery, { id: { $in: [d1.id, d2.id] } }, { orderBy: { id: 'asc' } });
      expect(rows.map((r) => r.lastError)).toEqual([
        expect.stringMatching(/^Refused: rebind\.test resolves to 127\.0\.0\.1, which is a loopback address/),
        expect.stringMatching(/^Refused: 127\.0\.0\.1 is a loopback address/),
      ]);
      expect(receiver.on('/guard')).toEqual([]);
      await hub.app.apiLog!.flush();
      // Both refused attempts are in ApiLog, as calls that got no response.
      for (const [config, origin] of [
        [named, `http://rebind.test:${port}`],
        [literal, `http://127.0.0.1:${port}`],
      ] as const) {
        const log = (await hub.request(OutboundLog, { configId: config.id })).data!.apiLogs.nodes;
        expect(log.map((l) => [l.method, l.path, l.statusCode])).toEqual([['POST', origin, 0]]);
      }
    } finally {
      await (deps.dispatcher as unknown as { close(): Promise<void> }).close();
    }
  });
});
