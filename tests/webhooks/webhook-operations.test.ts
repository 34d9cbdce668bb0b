import { graphql } from '../gql/index.js';
import { EntityType, FailureSource } from '../../src/domain/enums.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { recordSyncFailure } from '../../src/modules/sync-failure/sync-failure.service.js';
import { MAX_RECOVERED } from '../../src/modules/webhook/delivery-recovery.js';
import { sqlQuery } from '../../src/db/sql.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

/** What the console does with webhooks and failures: recover since, test-send, health, bulk retry. */

const Create = graphql(`
  mutation OpsCreate($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      secret
      webhookConfig {
        id
      }
    }
  }
`);
const Update = graphql(`
  mutation OpsUpdate($id: ID!, $input: WebhookConfigUpdateInput!) {
    updateWebhookConfig(id: $id, input: $input) {
      id
      isActive
    }
  }
`);
const Delete = graphql(`
  mutation OpsDelete($id: ID!) {
    deleteWebhookConfig(id: $id)
  }
`);
const Recover = graphql(`
  mutation OpsRecover($webhookConfigId: ID!, $since: DateTime!) {
    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)
  }
`);
const TestSend = graphql(`
  mutation OpsTestSend($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      messageId
      status
      attempts
      payload
      webhookConfig {
        id
      }
    }
  }
`);
const RetryMany = graphql(`
  mutation OpsRetryMany($ids: [ID!]!) {
    retrySyncFailures(ids: $ids) {
      retried {
        id
        status
        outboundQueueItem {
          id
        }
      }
      refused {
        id
        code
        message
      }
    }
  }
`);
const OneFailure = graphql(`
  query OpsOneFailure($id: ID!, $externalId: String!) {
    syncFailure(id: $id) {
      id
      externalId
      errorMessage
      outboundQueueItem {
        id
      }
    }
    syncFailures(filter: { externalId: $externalId }) {
      totalCount
      nodes {
        id
      }
    }
  }
`);
const Health = graphql(`
  query OpsHealth {
    webhookConfigs {
      id
      health {
        recentDeliveries
        recentSuccessRate
        consecutiveFailures
        lastStatus
        lastResponseStatus
        lastFinishedAt
        pendingDeliveries
        failingSince
      }
    }
  }
`);
const Deliveries = graphql(`
  query OpsDeliveries($configId: ID!) {
    webhookDeliveries(filter: { webhookConfigId: $configId }, first: 100) {
      nodes {
        id
        messageId
        status
        attempts
        responseStatus
        lastError
        createdAt
        payload
        syncFailure {
          id
          status
        }
      }
    }
  }
`);

type Delivery = NonNullable<Awaited<ReturnType<typeof deliveries>>>[number];
let hub: TestHub;
let receiver: WebhookReceiver;
const missing = '01900000-0000-7000-8000-000000000000';

const deliveries = async (configId: string) =>
  (await hub.request(Deliveries, { configId })).data!.webhookDeliveries.nodes;
const untilDeliveries = (configId: string, pred: (ds: Delivery[]) => boolean, what: string) =>
  until(() => deliveries(configId), pred, what);
const health = async (configId: string) =>
  (await hub.request(Health, {})).data!.webhookConfigs.find((c) => c.id === configId)!.health;

async function endpoint(path: string) {
  const res = await hub.request(Create, {
    input: { url: `${receiver.url}${path}`, entityType: 'PRODUCT', direction: 'TO_WEBSHOP' },
  });
  expect(res.errors).toBeUndefined();
  const { secret, webhookConfig } = res.data!.createWebhookConfig;
  receiver.expect(path, { secret });
  return { id: webhookConfig.id, remove: () => hub.request(Delete, { id: webhookConfig.id }) };
}

let seq = 0;
const change = (count = 1) =>
  ingestProducts(
    hub.app.orm.em.fork(),
    Array.from({ length: count }, () => ({ externalId: `OPS-${++seq}`, data: { name: `OPS-${seq}` } })),
  );

const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.['code'];

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  hub = await startTestHub('webhook_operations', {
    role: 'all',
    env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: '0,0', WEBHOOK_TIMEOUT_MS: '1000' },
  });
});
afterAll(async () => {
  await hub.close();
  await receiver.close();
});

describe('recoverWebhookDeliveries', () => {
  it('redelivers the failed deliveries since a time, once each, as redeliverWebhook does; health follows', async () => {
    const e = await endpoint('/recover');
    try {
      // An empty endpoint: no finished delivery yet.
      expect(await health(e.id)).toEqual({
        recentDeliveries: 0,
        recentSuccessRate: null,
        consecutiveFailures: 0,
        lastStatus: null,
        lastResponseStatus: null,
        lastFinishedAt: null,
        pendingDeliveries: 0,
        failingSince: null,
      });
      // One failure for good (three attempts) before `since`, two after it.
      receiver.script('/recover', [500, 500, 500]);
      await change();
      const [before] = await untilDeliveries(e.id, (ds) => ds[0]?.status === 'FAILED', 'the first FAILED');
      const since = new Date(Date.parse(before!.createdAt) + 1);
      receiver.script('/recover', Array(6).fill(500));
      await change(2);
      const failed = await untilDeliveries(
        e.id,
        (ds) => ds.length === 3 && ds.every((d) => d.status === 'FAILED' && d.syncFailure?.status === 'OPEN'),
        'three FAILED, each with an open failure',
      );
      expect(await health(e.id)).toMatchObject({
        recentDeliveries: 3,
        recentSuccessRate: 0,
        consecutiveFailures: 3,
        lastStatus: 'FAILED',
        lastResponseStatus: 500,
        pendingDeliveries: 0,
      });
      expect(receiver.on('/recover')).toHaveLength(9);

      const recovered = await hub.request(Recover, { webhookConfigId: e.id, since: since.toISOString() });
      expect(recovered.data!.recoverWebhookDeliveries).toBe(2);
      // Each once more: the same webhook-id and body, signed afresh with the endpoint's secret.
      const again = (await receiver.count('/recover', 11)).slice(9);
      const after = failed.filter((d) => d.id !== before!.id);
      expect(again.map((m) => m.id).sort()).toEqual(after.map((d) => d.messageId).sort());
      expect(again.every((m) => m.verifiedWith.includes('secret') && m.status === 200)).toBe(true);
      const done = await untilDeliveries(
        e.id,
        (ds) => ds.filter((d) => d.status === 'DELIVERED' && d.syncFailure?.status === 'RESOLVED').length === 2,
        'two DELIVERED, their failures resolved',
      );
      // The one before `since` stays as it was.
      expect(done.find((d) => d.id === before!.id)).toMatchObject({ status: 'FAILED', attempts: 3 });
      expect(done.filter((d) => d.status === 'DELIVERED').every((d) => d.attempts === 1)).toBe(true);
      expect(await health(e.id)).toMatchObject({
        recentDeliveries: 3,
        recentSuccessRate: 2 / 3,
        consecutiveFailures: 0,
        lastStatus: 'DELIVERED',
        lastResponseStatus: 200,
        lastFinishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
        failingSince: null,
      });
      // Nothing left to recover since then: a second call re-sends nothing.
      const second = await hub.request(Recover, { webhookConfigId: e.id, since: since.toISOString() });
      expect(second.data!.recoverWebhookDeliveries).toBe(0);
      expect(receiver.on('/recover')).toHaveLength(11);
    } finally {
      await e.remove();
    }
  });

  it('refuses an unknown, malformed or inactive endpoint, and a token without webhooks:manage', async () => {
    const since = new Date(0).toISOString();
    expect(codeOf(await hub.request(Recover, { webhookConfigId: missing, since }))).toBe('NOT_FOUND');
    expect(codeOf(await hub.request(Recover, { webhookConfigId: 'nope', since }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.request(Recover, { webhookConfigId: missing, since: 'yesterday' }))).toBe('BAD_USER_INPUT');
    const e = await endpoint('/recover-off');
    try {
      await hub.request(Update, { id: e.id, input: { isActive: false } });
      const off = await hub.request(Recover, { webhookConfigId: e.id, since });
      expect(off.errors![0]).toMatchObject({
        message: expect.stringMatching(/is inactive: turn it on .* before recovering its deliveries/),
        extensions: { code: 'CONFLICT' },
      });
      const { token } = await issueToken(hub.app.orm.em.fork(), { name: 'ops-reader', scopes: ['sync:read'] });
      const denied = await hub.request(Recover, { webhookConfigId: e.id, since }, { token });
      expect(denied.errors![0]).toMatchObject({
        message: 'Mutation.recoverWebhookDeliveries needs the scope webhooks:manage, which this token does not have.',
        extensions: { code: 'FORBIDDEN' },
      });
    } finally {
      await e.remove();
    }
  });
});

describe('sendTestWebhook', () => {
  it('sends a signed webhook.test message through the queue, and the delivery shows how it went', async () => {
    const e = await endpoint('/test-send');
    try {
      const sent = await hub.request(TestSend, { id: e.id });
      expect(sent.errors).toBeUndefined();
      const delivery = sent.data!.sendTestWebhook;
      expect(delivery).toMatchObject({ status: 'PENDING', attempts: 0, webhookConfig: { id: e.id } });
      const [message] = await receiver.count('/test-send', 1);
      expect(message!.id).toBe(delivery.messageId);
      expect(message!.verifiedWith).toEqual(['secret']);
      expect(message!.payload).toEqual({
        type: 'webhook.test',
        timestamp: expect.stringMatching(/Z$/),
        data: { test: true, webhookConfigId: e.id, entityType: 'PRODUCT', direction: 'TO_WEBSHOP' },
      });
      const [done] = await untilDeliveries(e.id, (ds) => ds[0]?.status === 'DELIVERED', 'the test DELIVERED');
      expect(done).toMatchObject({ id: delivery.id, attempts: 1, responseStatus: 200, lastError: null });
    } finally {
      await e.remove();
    }
  });

  it('shows a refusing endpoint’s answer on the delivery', async () => {
    const e = await endpoint('/test-refused');
    try {
      receiver.script('/test-refused', [{ status: 401, body: 'bad signature' }, 401, 401]);
      const sent = await hub.request(TestSend, { id: e.id });
      const [done] = await untilDeliveries(e.id, (ds) => ds[0]?.status === 'FAILED', 'the test FAILED');
      expect(done).toMatchObject({ id: sent.data!.sendTestWebhook.id, responseStatus: 401 });
      expect(done!.lastError).toMatch(/^HTTP 401/);
    } finally {
      await e.remove();
    }
  });

  it('refuses an unknown or inactive endpoint, and a token without webhooks:manage', async () => {
    expect(codeOf(await hub.request(TestSend, { id: missing }))).toBe('NOT_FOUND');
    expect(codeOf(await hub.request(TestSend, { id: 'nope' }))).toBe('BAD_USER_INPUT');
    const e = await endpoint('/test-off');
    try {
      await hub.request(Update, { id: e.id, input: { isActive: false } });
      expect(codeOf(await hub.request(TestSend, { id: e.id }))).toBe('CONFLICT');
      expect(await deliveries(e.id)).toHaveLength(0);
      const { token } = await issueToken(hub.app.orm.em.fork(), { name: 'ops-sync', scopes: ['sync:write'] });
      expect(codeOf(await hub.request(TestSend, { id: e.id }, { token }))).toBe('FORBIDDEN');
    } finally {
      await e.remove();
    }
  });
});

describe('retrySyncFailures', () => {
  it('retries each failure on its own, listing what it could not retry and why', async () => {
    const e = await endpoint('/bulk');
    try {
      receiver.script('/bulk', [500, 500, 500]);
      await change();
      const [failed] = await untilDeliveries(
        e.id,
        (ds) => ds[0]?.status === 'FAILED' && ds[0].syncFailure !== null,
        'FAILED with a failure',
      );
      const em = hub.app.orm.em.fork();
      // A failure the hub has nothing to retry for (a webshop report without a record).
      const nothing = await recordSyncFailure(em, {
        entityType: EntityType.SALE_ORDER,
        externalId: 'BULK-NOTHING',
        source: FailureSource.WEBSHOP,
        errorMessage: 'nothing to retry',
      });
      const webhookFailure = failed!.syncFailure!.id;
      // One failure by id, and the failures of one record.
      const one = await hub.request(OneFailure, { id: nothing, externalId: 'BULK-NOTHING' });
      expect(one.data!.syncFailure).toEqual({
        id: nothing,
        externalId: 'BULK-NOTHING',
        errorMessage: 'nothing to retry',
        outboundQueueItem: null,
      });
      expect(one.data!.syncFailures).toEqual({ totalCount: 1, nodes: [{ id: nothing }] });
      expect((await hub.request(OneFailure, { id: missing, externalId: 'NONE' })).data).toEqual({
        syncFailure: null,
        syncFailures: { totalCount: 0, nodes: [] },
      });
      const res = await hub.request(RetryMany, { ids: [webhookFailure, missing, nothing, webhookFailure] });
      expect(res.errors).toBeUndefined();
      const { retried, refused } = res.data!.retrySyncFailures;
      expect(retried).toEqual([{ id: webhookFailure, status: 'OPEN', outboundQueueItem: null }]);
      expect(refused).toEqual([
        { id: missing, code: 'NOT_FOUND', message: `No sync failure with id ${missing}.` },
        { id: nothing, code: 'BAD_USER_INPUT', message: expect.stringMatching(/resolve it with a note instead/) },
      ]);
      await untilDeliveries(
        e.id,
        (ds) => ds[0]?.status === 'DELIVERED' && ds[0].syncFailure?.status === 'RESOLVED',
        'redelivered, its failure resolved',
      );
      // Resolved now: retrying it again is refused, the rest of the call unaffected.
      const after = await hub.request(RetryMany, { ids: [webhookFailure] });
      expect(after.data!.retrySyncFailures.refused).toEqual([
        { id: webhookFailure, code: 'BAD_USER_INPUT', message: `Sync failure ${webhookFailure} is already resolved.` },
      ]);
    } finally {
      await e.remove();
    }
  });

  it('refuses more than 500 ids, a malformed id, and a token without sync:write', async () => {
    const many = Array.from({ length: 501 }, () => missing);
    expect(codeOf(await hub.request(RetryMany, { ids: many }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.request(RetryMany, { ids: ['nope'] }))).toBe('BAD_USER_INPUT');
    expect((await hub.request(RetryMany, { ids: [] })).data!.retrySyncFailures).toEqual({ retried: [], refused: [] });
    const { token } = await issueToken(hub.app.orm.em.fork(), { name: 'ops-read', scopes: ['sync:read'] });
    expect(codeOf(await hub.request(RetryMany, { ids: [missing] }, { token }))).toBe('FORBIDDEN');
  });
});

describe('recoverWebhookDeliveries, bounded', () => {
  it(`re-queues at most ${MAX_RECOVERED} a call, the oldest first`, async () => {
    const e = await endpoint('/recover-many');
    try {
      const em = hub.app.orm.em.fork();
      await sqlQuery(
        em,
        `insert into "webhook_delivery" ("id", "webhook_config_id", "message_id", "payload", "status", "attempts",
                                         "created_at", "updated_at")
         select uuid_v7(), $1, 'msg_many_' || n, '{"type":"product.changed","timestamp":"","data":{}}', 'failed', 3, now(), now()
           from generate_series(1, $2::int) n`,
        [e.id, MAX_RECOVERED + 5],
      );
      // Off before the jobs run, so that they send nothing: each finds its endpoint inactive.
      const recovered = await hub.request(Recover, { webhookConfigId: e.id, since: new Date(0).toISOString() });
      await hub.request(Update, { id: e.id, input: { isActive: false } });
      expect(recovered.data!.recoverWebhookDeliveries).toBe(MAX_RECOVERED);
      // Its jobs are not this test's business: they go, so the worker is free for the other tests.
      await sqlQuery(
        em,
        `select graphile_worker.complete_jobs(array(select "id" from graphile_worker.jobs where "key" like 'deliver_webhook:%'))`,
      );
      const rows = await sqlQuery<{ id: string; attempts: number }>(
        em,
        `select "id", "attempts" from "webhook_delivery" where "webhook_config_id" = $1 order by "id"`,
        [e.id],
      );
      // The newest five kept their three attempts: the oldest went first.
      expect(rows.slice(0, MAX_RECOVERED).every((r) => r.attempts <= 1)).toBe(true);
      expect(rows.slice(MAX_RECOVERED).map((r) => r.attempts)).toEqual([3, 3, 3, 3, 3]);
    } finally {
      await e.remove();
    }
  }, 60_000);
});
