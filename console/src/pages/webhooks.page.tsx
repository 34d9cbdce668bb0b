import { useState } from 'preact/hooks';
import { useMutation, usePolling, useQuery } from '../api/hooks';
import { usePagedQuery } from '../api/paged-query';
import { graphql } from '../gql';
import type { DeliveryStatus, EntityType, WebhookDirection } from '../gql/graphql';
import { Link, navigate, useLocation } from '../router';
import { Badge } from '../ui/badge';
import { useConfirm } from '../ui/confirm-dialog';
import { ENTITY_TYPES, entityLabel } from '../ui/entities';
import { LoadMore } from '../ui/load-more';
import { Notice, type NoticeValue } from '../ui/notice';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { DataTable } from '../ui/table';
import { Time } from '../ui/time';

/**
 * Webhooks (scope webhooks:manage, which the page needs to be listed at all): the
 * endpoints with their health, created here (the secret shown once), rotated (the new
 * secret shown once), turned on and off, sent a test; an endpoint's page
 * (/webhooks/<id>) lists its deliveries with request and response, Redeliver, and
 * "recover every failed delivery since …"; Delete (its deliveries go with it). Every
 * change asks first.
 */
const ConfigsDocument = graphql(`
  query ConsoleWebhooks {
    webhookConfigs {
      id
      url
      entityType
      direction
      isActive
      createdAt
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
const DeliveriesDocument = graphql(`
  query ConsoleWebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int, $after: String) {
    webhookDeliveries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        messageId
        createdAt
        status
        attempts
        responseStatus
        lastError
        nextAttemptAt
        deliveredAt
        payload
      }
    }
  }
`);
const CreateDocument = graphql(`
  mutation ConsoleCreateWebhook($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      secret
      webhookConfig {
        id
      }
    }
  }
`);
const UpdateDocument = graphql(`
  mutation ConsoleUpdateWebhook($id: ID!, $input: WebhookConfigUpdateInput!) {
    updateWebhookConfig(id: $id, input: $input) {
      id
      isActive
    }
  }
`);
const RotateDocument = graphql(`
  mutation ConsoleRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
    }
  }
`);
const TestDocument = graphql(`
  mutation ConsoleTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      id
    }
  }
`);
const DeleteDocument = graphql(`
  mutation ConsoleDeleteWebhook($id: ID!) {
    deleteWebhookConfig(id: $id)
  }
`);
const RedeliverDocument = graphql(`
  mutation ConsoleRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);
const RecoverDocument = graphql(`
  mutation ConsoleRecoverWebhook($webhookConfigId: ID!, $since: DateTime!) {
    recoverWebhookDeliveries(webhookConfigId: $webhookConfigId, since: $since)
  }
`);

type Config = NonNullable<ReturnType<typeof useConfigs>['data']>['webhookConfigs'][number];
const useConfigs = () => useQuery(ConfigsDocument);
const DIRECTIONS: readonly WebhookDirection[] = ['TO_WEBSHOP', 'TO_ODOO'];
const REFRESH_MS = 5000;
const PAGE = 100;

/** Shows a secret once, with what to do with it. */
function SecretPanel({ secret, onClose }: { secret: string; onClose(): void }) {
  return (
    <div class="panel secret" role="status">
      <h2>The signing secret, shown once</h2>
      <p>Copy it into the receiver now: the hub never shows it again (rotate it to get a new one).</p>
      <pre class="value" data-testid="webhook-secret">
        {secret}
      </pre>
      <div class="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
          Copy
        </button>
        <button type="button" class="primary" onClick={onClose}>
          I have stored it
        </button>
      </div>
    </div>
  );
}

function health(config: Config) {
  const h = config.health;
  if (!config.isActive) return <Badge value="INACTIVE" />;
  if (h.recentDeliveries === 0) return <span class="muted">no deliveries yet</span>;
  const rate = Math.round((h.recentSuccessRate ?? 0) * 100);
  return (
    <span>
      <Badge value={h.consecutiveFailures > 0 ? 'FAILING' : 'HEALTHY'} /> {rate}% of the last {h.recentDeliveries}
      {h.consecutiveFailures > 0 && `, ${h.consecutiveFailures} failed in a row`}
    </span>
  );
}

export function WebhooksPage() {
  const { path } = useLocation();
  const id = path.startsWith('/webhooks/') ? decodeURIComponent(path.slice('/webhooks/'.length)) : null;
  const configs = useConfigs();
  usePolling(configs.reload, REFRESH_MS);
  const [dialog, confirm] = useConfirm();
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  // Endpoints deleted here: left out of the list at once (its reload keeps the earlier data until it answers).
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [update] = useMutation(UpdateDocument);
  const [rotate] = useMutation(RotateDocument);
  const [test] = useMutation(TestDocument);
  const [remove] = useMutation(DeleteDocument);
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      setNotice({ tone: 'ok', text: done });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    configs.reload();
  };
  const actions = {
    toggle: async (c: Config) => {
      const on = !c.isActive;
      const ok = await confirm({
        title: `${on ? 'Turn on' : 'Turn off'} ${c.url}?`,
        body: on ? (
          <p>Changes are sent to it again from now on (what it missed meanwhile is not).</p>
        ) : (
          <p>Nothing is sent to it until it is turned on again; deliveries waiting for it fail.</p>
        ),
        confirmLabel: on ? 'Turn on' : 'Turn off',
        danger: !on,
      });
      if (ok) await act(() => update({ id: c.id, input: { isActive: on } }), on ? 'Turned on.' : 'Turned off.');
    },
    rotate: async (c: Config) => {
      const ok = await confirm({
        title: `Rotate the secret of ${c.url}?`,
        body: (
          <p>
            A new secret signs every delivery from now on; the old one signs them too for the overlap the hub is set to,
            so the receiver can switch at its pace. The new secret is shown once.
          </p>
        ),
        confirmLabel: 'Rotate',
      });
      if (!ok) return;
      await act(async () => setSecret((await rotate({ id: c.id })).rotateWebhookSecret.secret), 'Secret rotated.');
    },
    test: async (c: Config) => {
      const ok = await confirm({
        title: `Send a test to ${c.url}?`,
        body: <p>A signed message of type webhook.test, sent like any delivery; its result shows in the deliveries.</p>,
        confirmLabel: 'Send test',
      });
      if (ok) await act(() => test({ id: c.id }), 'Test queued: see its delivery below.');
    },
    delete: async (c: Config) => {
      const waiting = c.health.pendingDeliveries;
      // What the hub does (webhook.service.ts, deleteWebhookConfig): the endpoint's deliveries are
      // deleted with it (on delete cascade); their queued attempts then find nothing and end.
      const ok = await confirm({
        title: `Delete ${c.url}?`,
        body: (
          <>
            <p>
              Nothing more is sent to it.{' '}
              {waiting > 0
                ? `Its ${waiting} waiting ${waiting === 1 ? 'delivery is' : 'deliveries are'} dropped, never sent, `
                : 'Its deliveries are deleted too, '}
              and its whole delivery history goes with it: nothing of it can be redelivered or recovered afterwards.
              Failures its deliveries opened stay in Failures.
            </p>
            <p>This cannot be undone. To stop it for a while instead, turn it off.</p>
          </>
        ),
        confirmLabel: 'Delete',
        danger: true,
      });
      if (!ok) return;
      try {
        await remove({ id: c.id });
        setDeleted((gone) => new Set(gone).add(c.id));
        setNotice({ tone: 'ok', text: `Deleted ${c.url}.` });
        navigate('/webhooks', { replace: true });
      } catch (err) {
        setNotice({ tone: 'bad', text: (err as Error).message });
      }
      configs.reload();
    },
  };
  const shared = { confirm, setNotice, actions };
  return (
    <section>
      {dialog}
      {id ? (
        <p>
          <Link href="/webhooks">← Webhooks</Link>
        </p>
      ) : null}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {secret && <SecretPanel secret={secret} onClose={() => setSecret(null)} />}
      {configs.error ? (
        <ErrorState error={configs.error} retry={configs.reload} />
      ) : configs.loading && !configs.data ? (
        <Loading />
      ) : id ? (
        <Endpoint config={configs.data?.webhookConfigs.find((c) => c.id === id)} {...shared} />
      ) : (
        <Endpoints
          configs={(configs.data?.webhookConfigs ?? []).filter((c) => !deleted.has(c.id))}
          onSecret={setSecret}
          reload={configs.reload}
          {...shared}
        />
      )}
    </section>
  );
}

interface Shared {
  confirm: ReturnType<typeof useConfirm>[1];
  setNotice(notice: NoticeValue | null): void;
  actions: Record<'toggle' | 'rotate' | 'test' | 'delete', (c: Config) => Promise<void>>;
}

/** The endpoint's actions; Delete on its own page only (its deliveries in view), not in the list. */
function EndpointActions({
  config,
  actions,
  deletable = false,
}: {
  config: Config;
  actions: Shared['actions'];
  deletable?: boolean;
}) {
  return (
    <div class="actions">
      {config.isActive && (
        <button type="button" onClick={() => actions.test(config)}>
          Send test
        </button>
      )}
      <button type="button" onClick={() => actions.rotate(config)}>
        Rotate secret
      </button>
      <button type="button" onClick={() => actions.toggle(config)}>
        {config.isActive ? 'Turn off' : 'Turn on'}
      </button>
      {deletable && (
        <button type="button" class="danger" onClick={() => actions.delete(config)}>
          Delete…
        </button>
      )}
    </div>
  );
}

function Endpoints(props: Shared & { configs: Config[]; onSecret(secret: string): void; reload(): void }) {
  const { configs, actions } = props;
  return (
    <>
      <h1>Webhooks</h1>
      <DataTable
        caption="Webhook endpoints"
        rows={configs}
        rowKey={(c) => c.id}
        onOpen={(c) => navigate(`/webhooks/${c.id}`)}
        columns={[
          { key: 'url', header: 'Endpoint', render: (c) => <code class="wrap">{c.url}</code> },
          { key: 'type', header: 'Type', render: (c) => entityLabel(c.entityType) },
          { key: 'direction', header: 'Direction', render: (c) => c.direction.replace('_', ' ').toLowerCase() },
          { key: 'health', header: 'Health', render: health },
          { key: 'last', header: 'Last delivery', render: (c) => <Time at={c.health.lastFinishedAt} /> },
          { key: 'pending', header: 'Waiting', numeric: true, render: (c) => c.health.pendingDeliveries },
          {
            key: 'actions',
            header: <span class="visually-hidden">Actions</span>,
            render: (c) => <EndpointActions config={c} actions={actions} />,
          },
        ]}
        empty={
          <EmptyState title="No webhook endpoints yet">
            Add one below: the hub then tells it about every change of its type instead of it polling.
          </EmptyState>
        }
      />
      <CreateEndpoint {...props} />
    </>
  );
}

function CreateEndpoint({
  confirm,
  setNotice,
  onSecret,
  reload,
}: Shared & { onSecret(s: string): void; reload(): void }) {
  const [create, creating] = useMutation(CreateDocument);
  const [url, setUrl] = useState('');
  const [entityType, setEntityType] = useState<EntityType>('PRODUCT');
  const [direction, setDirection] = useState<WebhookDirection>('TO_WEBSHOP');
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await confirm({
      title: `Send ${entityLabel(entityType).toLowerCase()} changes to ${url}?`,
      body: <p>Every change from now on is signed and sent to it; its secret is shown once.</p>,
      confirmLabel: 'Create',
    });
    if (!ok) return;
    try {
      const created = await create({ input: { url: url.trim(), entityType, direction } });
      onSecret(created.createWebhookConfig.secret);
      setUrl('');
      setNotice({ tone: 'ok', text: 'Endpoint created.' });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    reload();
  };
  return (
    <form class="panel" onSubmit={submit} aria-labelledby="new-webhook">
      <h2 id="new-webhook">New endpoint</h2>
      <div class="toolbar">
        <label>
          URL
          <input
            type="url"
            required
            placeholder="https://shop.example/hooks/odoo"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          Type
          <select
            value={entityType}
            onChange={(e) => setEntityType((e.currentTarget as HTMLSelectElement).value as EntityType)}
          >
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {entityLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select
            value={direction}
            onChange={(e) => setDirection((e.currentTarget as HTMLSelectElement).value as WebhookDirection)}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {d === 'TO_WEBSHOP' ? 'to the webshop (what Odoo changed)' : 'to Odoo (what the webshop wrote)'}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" disabled={creating.running}>
          Create
        </button>
      </div>
    </form>
  );
}

function Endpoint(props: Shared & { config: Config | undefined }) {
  const { config, actions, confirm, setNotice } = props;
  const { query } = useLocation();
  const status = (query.get('status') as DeliveryStatus | null) || null;
  const deliveries = usePagedQuery(
    DeliveriesDocument,
    { filter: { webhookConfigId: config?.id ?? '', status } },
    (d) => d.webhookDeliveries,
    PAGE,
    { skip: !config },
  );
  usePolling(deliveries.reload, REFRESH_MS);
  const [redeliver] = useMutation(RedeliverDocument);
  const [recover, recovering] = useMutation(RecoverDocument);
  const [open, setOpen] = useState<string | null>(null);
  const [since, setSince] = useState(() => localInput(new Date(Date.now() - 24 * 3600_000)));
  if (!config) return <EmptyState title="No such endpoint">It may have been deleted; go back to the list.</EmptyState>;
  const rows = deliveries.nodes;
  const onRedeliver = async (row: (typeof rows)[number]) => {
    const ok = await confirm({
      title: 'Redeliver this message?',
      body: (
        <p>The same message (same webhook-id and body, signed afresh) is sent again with a fresh round of attempts.</p>
      ),
      confirmLabel: 'Redeliver',
      danger: true,
    });
    if (!ok) return;
    try {
      await redeliver({ deliveryId: row.id });
      setNotice({ tone: 'ok', text: 'Redelivery queued.' });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    deliveries.reload();
  };
  const onRecover = async (event: Event) => {
    event.preventDefault();
    const from = new Date(since);
    if (Number.isNaN(from.getTime())) return setNotice({ tone: 'bad', text: 'Give a date and time to recover from.' });
    const ok = await confirm({
      title: 'Recover the failed deliveries?',
      body: (
        <p>
          Every delivery to {config.url} that failed since <Time at={from.toISOString()} /> is sent again (at most
          10,000 at a time), each as Redeliver does.
        </p>
      ),
      confirmLabel: 'Recover',
      danger: true,
    });
    if (!ok) return;
    try {
      const n = (await recover({ webhookConfigId: config.id, since: from.toISOString() })).recoverWebhookDeliveries;
      setNotice({
        tone: 'ok',
        text: n ? `${n} deliveries queued again.` : 'No failed delivery since then: nothing to recover.',
      });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    deliveries.reload();
  };
  const setStatus = (value: string) =>
    navigate(`/webhooks/${config.id}${value ? `?status=${value}` : ''}`, { replace: true });
  const shown = rows.find((r) => r.id === open);
  return (
    <>
      <div class="page-head">
        <h1 class="wrap">{config.url}</h1>
        <EndpointActions config={config} actions={actions} deletable />
      </div>
      <dl class="facts">
        <div>
          <dt>Type</dt>
          <dd>{entityLabel(config.entityType)}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{config.direction.replace('_', ' ').toLowerCase()}</dd>
        </div>
        <div>
          <dt>Health</dt>
          <dd>{health(config)}</dd>
        </div>
        <div>
          <dt>Failing since</dt>
          <dd>
            <Time at={config.health.failingSince} empty="not failing" />
          </dd>
        </div>
      </dl>
      {config.isActive && (
        <form class="toolbar" onSubmit={onRecover}>
          <label>
            Failed since
            <input
              type="datetime-local"
              value={since}
              onInput={(e) => setSince((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" disabled={recovering.running}>
            Recover failed since…
          </button>
        </form>
      )}
      <h2>Deliveries</h2>
      <div class="toolbar">
        <label>
          Status
          <select value={status ?? ''} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">any</option>
            <option value="FAILED">failed</option>
            <option value="PENDING">pending</option>
            <option value="DELIVERED">delivered</option>
          </select>
        </label>
      </div>
      {deliveries.error ? (
        <ErrorState error={deliveries.error} retry={deliveries.reload} />
      ) : deliveries.loading && rows.length === 0 ? (
        <Loading />
      ) : (
        <>
          <DataTable
            caption="Deliveries"
            rows={rows}
            rowKey={(r) => r.id}
            onOpen={(r) => setOpen(open === r.id ? null : r.id)}
            columns={[
              { key: 'created', header: 'Created', render: (r) => <Time at={r.createdAt} /> },
              { key: 'event', header: 'Event', render: (r) => <code>{String(r.payload['type'] ?? '')}</code> },
              { key: 'status', header: 'Status', render: (r) => <Badge value={r.status} /> },
              { key: 'attempts', header: 'Attempts', numeric: true, render: (r) => r.attempts },
              { key: 'response', header: 'Response', numeric: true, render: (r) => r.responseStatus ?? '—' },
              { key: 'next', header: 'Next attempt', render: (r) => <Time at={r.nextAttemptAt} /> },
              {
                key: 'actions',
                header: <span class="visually-hidden">Actions</span>,
                render: (r) =>
                  config.isActive &&
                  r.status !== 'PENDING' && (
                    <button type="button" onClick={() => onRedeliver(r)}>
                      Redeliver
                    </button>
                  ),
              },
            ]}
            empty={
              <EmptyState title="No deliveries">
                {status
                  ? 'None with this status: choose “any”.'
                  : 'Nothing was sent to this endpoint yet: “Send test” sends one.'}
              </EmptyState>
            }
          />
          <LoadMore paged={deliveries} noun="deliveries" />
        </>
      )}
      {shown && (
        <div class="grid">
          <div class="panel">
            <h2>Request</h2>
            <p>
              <code>POST</code>, <code>webhook-id: {shown.messageId}</code>
            </p>
            <pre class="value">{JSON.stringify(shown.payload, null, 2)}</pre>
          </div>
          <div class="panel">
            <h2>Response</h2>
            <p>
              {shown.responseStatus ? `HTTP ${shown.responseStatus}` : 'No answer yet'}
              {shown.deliveredAt && (
                <>
                  , delivered <Time at={shown.deliveredAt} />
                </>
              )}
            </p>
            {shown.lastError && <pre class="value">{shown.lastError}</pre>}
          </div>
        </div>
      )}
    </>
  );
}

/** A date as a datetime-local input shows it (the viewer's time zone). */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
