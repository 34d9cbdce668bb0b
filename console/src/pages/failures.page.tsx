import { useState } from 'preact/hooks';
import { useMutation, useQuery, useSubscription } from '../api/hooks';
import { usePagedQuery } from '../api/paged-query';
import { graphql } from '../gql';
import type { EntityType, FailureSource, FailureStatus, SyncFailureFilter } from '../gql/graphql';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { useConfirm } from '../ui/confirm-dialog';
import { ENTITY_TYPES, entityLabel } from '../ui/entities';
import { LoadMore } from '../ui/load-more';
import { Notice, type NoticeValue } from '../ui/notice';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { DataTable } from '../ui/table';
import { Time } from '../ui/time';

/**
 * Failures: what did not sync, live (syncFailureChanged reloads the list), filterable
 * by status, source, type and record; a failure's page (/failures/<id>) shows Odoo's
 * message and the record's data as pushed. Retry (one, or a selection: retrySyncFailures)
 * and Resolve with a note, each confirmed first.
 */
const FailuresDocument = graphql(`
  query ConsoleFailures($filter: SyncFailureFilter, $first: Int, $after: String) {
    syncFailures(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        createdAt
        entityType
        externalId
        source
        status
        errorMessage
      }
    }
  }
`);
const FailureDocument = graphql(`
  query ConsoleFailure($id: ID!) {
    syncFailure(id: $id) {
      id
      createdAt
      updatedAt
      entityType
      externalId
      source
      status
      errorMessage
      resolutionNote
      resolvedAt
      outboundQueueItem {
        id
        status
        attempts
        lastError
        nextAttemptAt
        payload
      }
    }
  }
`);
// The record as the hub holds it, by its type (one root field, @include'd, so one request).
const RecordDocument = graphql(`
  query ConsoleFailureRecord(
    $externalId: String!
    $product: Boolean!
    $partner: Boolean!
    $saleOrder: Boolean!
    $purchaseOrder: Boolean!
  ) {
    product(externalId: $externalId) @include(if: $product) {
      currentData
    }
    partner(externalId: $externalId) @include(if: $partner) {
      currentData
    }
    saleOrder(externalId: $externalId) @include(if: $saleOrder) {
      currentData
    }
    purchaseOrder(externalId: $externalId) @include(if: $purchaseOrder) {
      currentData
    }
  }
`);
/** The scope each record type's query needs (src/domain/access-rules.ts). */
const RECORD_SCOPES: Partial<Record<EntityType, string>> = {
  PRODUCT: 'catalog:read',
  PARTNER: 'partners:read',
  SALE_ORDER: 'orders:read',
  PURCHASE_ORDER: 'orders:read',
};

/** The failed record's current data, when its type has one and the token may read it. */
function RecordData({ entityType, externalId }: { entityType: EntityType; externalId: string }) {
  const { can } = useSession();
  const scope = RECORD_SCOPES[entityType];
  const { data } = useQuery(
    RecordDocument,
    {
      externalId,
      product: entityType === 'PRODUCT',
      partner: entityType === 'PARTNER',
      saleOrder: entityType === 'SALE_ORDER',
      purchaseOrder: entityType === 'PURCHASE_ORDER',
    },
    { skip: !scope || !can(scope) },
  );
  const record = data && (data.product ?? data.partner ?? data.saleOrder ?? data.purchaseOrder);
  if (!record) return null;
  return (
    <>
      <h3>Its data in the hub</h3>
      <pre class="value" data-testid="record-data">
        {JSON.stringify(record.currentData, null, 2)}
      </pre>
    </>
  );
}

const RetryDocument = graphql(`
  mutation ConsoleRetryFailures($ids: [ID!]!) {
    retrySyncFailures(ids: $ids) {
      retried {
        id
      }
      refused {
        id
        code
        message
      }
    }
  }
`);
const ResolveDocument = graphql(`
  mutation ConsoleResolveFailure($id: ID!, $note: String) {
    resolveSyncFailure(id: $id, note: $note) {
      id
      status
    }
  }
`);
const ChangedDocument = graphql(`
  subscription ConsoleFailureChanged {
    syncFailureChanged {
      id
      status
    }
  }
`);

const PAGE = 100;
const STATUSES: readonly FailureStatus[] = ['OPEN', 'RESOLVED'];
const SOURCES: readonly FailureSource[] = ['ODOO', 'WEBSHOP'];

type Retry = (ids: string[], what: string) => Promise<void>;

/** Retry and resolve, shared by the list and a failure's page: each asks first and says what came of it. */
function useFailureActions(after: () => void) {
  const [dialog, confirm] = useConfirm();
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [retryMany, retrying] = useMutation(RetryDocument);
  const [resolveOne, resolving] = useMutation(ResolveDocument);
  const retry: Retry = async (ids, what) => {
    const ok = await confirm({
      title: `Retry ${what}?`,
      body: (
        <p>
          The hub does again what failed: a push is sent to Odoo again, a webhook message is delivered again, a pull is
          queued again. A failure stays open until the retry succeeds.
        </p>
      ),
      confirmLabel: 'Retry',
      danger: true,
    });
    if (!ok) return;
    try {
      const { retried, refused } = (await retryMany({ ids })).retrySyncFailures;
      setNotice({
        tone: refused.length ? 'bad' : 'ok',
        text: (
          <>
            {retried.length} retried{refused.length ? `, ${refused.length} not:` : '.'}
            {refused.length > 0 && (
              <ul class="plain">
                {refused.map((r) => (
                  <li key={r.id}>{r.message}</li>
                ))}
              </ul>
            )}
          </>
        ),
      });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    after();
  };
  const resolve = async (id: string, what: string) => {
    const note = await confirm({
      title: `Resolve ${what}?`,
      body: <p>Closes the failure without doing anything in Odoo. Say what was done, for whoever reads it later.</p>,
      confirmLabel: 'Resolve',
      note: { label: 'Note', required: true },
    });
    if (!note) return;
    try {
      await resolveOne({ id, note: typeof note === 'string' ? note : null });
      setNotice({ tone: 'ok', text: `${what} resolved.` });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    after();
  };
  const busy = retrying.running || resolving.running;
  return { dialog, notice: <Notice notice={notice} onClose={() => setNotice(null)} />, retry, resolve, busy };
}

export function FailuresPage() {
  const { path } = useLocation();
  const id = path.startsWith('/failures/') ? decodeURIComponent(path.slice('/failures/'.length)) : null;
  return id ? <FailureDetail id={id} /> : <FailureList />;
}

function FailureList() {
  const { can } = useSession();
  const { query } = useLocation();
  const filter: SyncFailureFilter = {
    status: (query.get('status') ?? 'OPEN') === 'ALL' ? null : ((query.get('status') ?? 'OPEN') as FailureStatus),
    source: (query.get('source') as FailureSource | null) || null,
    entityType: (query.get('type') as EntityType | null) || null,
    externalId: query.get('externalId') || null,
  };
  const failures = usePagedQuery(FailuresDocument, { filter }, (d) => d.syncFailures, PAGE);
  const { error, loading, reload } = failures;
  useSubscription(ChangedDocument, {}, reload);
  // Ids, so a selection holds across loaded pages and reloads; only rows still shown and open count.
  const [picked, setSelected] = useState<ReadonlySet<string>>(new Set());
  const actions = useFailureActions(() => {
    setSelected(new Set());
    reload();
  });
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const search = next.toString();
    navigate(`/failures${search ? `?${search}` : ''}`, { replace: true });
  };
  const rows = failures.nodes;
  const writable = can('sync:write');
  const selectable = rows.filter((r) => r.status === 'OPEN');
  const selected: ReadonlySet<string> = new Set(selectable.filter((r) => picked.has(r.id)).map((r) => r.id));
  return (
    <section>
      {actions.dialog}
      <div class="page-head">
        <h1>Failures</h1>
        {writable && (
          <div class="actions">
            <button
              type="button"
              disabled={selectable.length === 0 || actions.busy}
              onClick={() =>
                setSelected(selected.size === selectable.length ? new Set() : new Set(selectable.map((r) => r.id)))
              }
            >
              {selected.size === selectable.length && selectable.length > 0 ? 'Select none' : 'Select all open'}
            </button>
            <button
              type="button"
              class="primary"
              disabled={selected.size === 0 || actions.busy}
              onClick={() => actions.retry([...selected], `${selected.size} failure(s)`)}
            >
              Retry selected ({selected.size})
            </button>
          </div>
        )}
      </div>
      {actions.notice}
      <form class="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select
            value={query.get('status') ?? 'OPEN'}
            onChange={(e) => setFilter('status', (e.currentTarget as HTMLSelectElement).value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
            <option value="ALL">all</option>
          </select>
        </label>
        <label>
          Source
          <select
            value={filter.source ?? ''}
            onChange={(e) => setFilter('source', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">any</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select
            value={filter.entityType ?? ''}
            onChange={(e) => setFilter('type', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">any</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {entityLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Record (externalId)
          <input
            type="search"
            value={filter.externalId ?? ''}
            onChange={(e) => setFilter('externalId', (e.currentTarget as HTMLInputElement).value.trim())}
          />
        </label>
      </form>
      {error ? (
        <ErrorState error={error} retry={reload} />
      ) : loading && rows.length === 0 ? (
        <Loading />
      ) : (
        <>
          <p class="muted">The oldest first.</p>
          <DataTable
            caption="Sync failures"
            rows={rows}
            rowKey={(r) => r.id}
            onOpen={(r) => navigate(`/failures/${r.id}`)}
            selected={writable ? selected : undefined}
            onSelect={
              writable
                ? (key, on) => {
                    const next = new Set(selected);
                    if (on) next.add(key);
                    else next.delete(key);
                    setSelected(next);
                  }
                : undefined
            }
            columns={[
              { key: 'when', header: 'When', render: (r) => <Time at={r.createdAt} /> },
              { key: 'type', header: 'Type', render: (r) => entityLabel(r.entityType) },
              { key: 'record', header: 'Record', render: (r) => <code class="wrap">{r.externalId}</code> },
              { key: 'source', header: 'Source', render: (r) => r.source.toLowerCase() },
              { key: 'status', header: 'Status', render: (r) => <Badge value={r.status} /> },
              {
                key: 'message',
                header: 'Message',
                render: (r) => <span class="wrap">{r.errorMessage.slice(0, 160)}</span>,
              },
            ]}
            empty={
              <EmptyState title="No failures here">
                {filter.status === 'OPEN'
                  ? 'Nothing is waiting for you: every failure is resolved. New ones appear here as they happen.'
                  : 'None match these filters: widen them (status “all”, any source, any type).'}
              </EmptyState>
            }
          />
          <LoadMore paged={failures} noun="failures" />
        </>
      )}
    </section>
  );
}

function FailureDetail({ id }: { id: string }) {
  const { can } = useSession();
  const { data, error, loading, reload } = useQuery(FailureDocument, { id });
  useSubscription(ChangedDocument, {}, (event) => event.syncFailureChanged.id === id && reload());
  const actions = useFailureActions(reload);
  if (error) return <ErrorState error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  const failure = data?.syncFailure;
  if (!failure) {
    return (
      <section>
        <p>
          <Link href="/failures">← Failures</Link>
        </p>
        <EmptyState title="No such failure">It may have been pruned; go back to the list.</EmptyState>
      </section>
    );
  }
  const what = `the failure of ${failure.externalId}`;
  const item = failure.outboundQueueItem;
  return (
    <section>
      {actions.dialog}
      <p>
        <Link href="/failures">← Failures</Link>
      </p>
      <div class="page-head">
        <h1 class="wrap">
          {entityLabel(failure.entityType)} <code>{failure.externalId}</code>
        </h1>
        {can('sync:write') && failure.status === 'OPEN' && (
          <div class="actions">
            <button type="button" disabled={actions.busy} onClick={() => actions.resolve(failure.id, what)}>
              Resolve…
            </button>
            <button
              type="button"
              class="primary"
              disabled={actions.busy}
              onClick={() => actions.retry([failure.id], what)}
            >
              Retry
            </button>
          </div>
        )}
      </div>
      {actions.notice}
      <dl class="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <Badge value={failure.status} />
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{failure.source.toLowerCase()}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>
            <Time at={failure.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Last change</dt>
          <dd>
            <Time at={failure.updatedAt} />
          </dd>
        </div>
        {failure.resolvedAt && (
          <div>
            <dt>Resolved</dt>
            <dd>
              <Time at={failure.resolvedAt} />
            </dd>
          </div>
        )}
      </dl>
      <h2>{failure.source === 'ODOO' ? 'Odoo’s message' : 'Message'}</h2>
      <pre class="value" data-testid="failure-message">
        {failure.errorMessage}
      </pre>
      {failure.resolutionNote && (
        <>
          <h2>Resolution note</h2>
          <p class="wrap">{failure.resolutionNote}</p>
        </>
      )}
      <h2>The record</h2>
      <p>
        <Link href={`/records?type=${failure.entityType}&externalId=${encodeURIComponent(failure.externalId)}`}>
          Open {failure.externalId} in Records
        </Link>{' '}
        (its current and previous data).
      </p>
      <RecordData entityType={failure.entityType} externalId={failure.externalId} />
      {item && (
        <>
          <h3>As pushed to Odoo</h3>
          <p class="muted">
            Push <Badge value={item.status} /> after {item.attempts} attempt(s)
            {item.nextAttemptAt && (
              <>
                , next <Time at={item.nextAttemptAt} />
              </>
            )}
            .
          </p>
          <pre class="value">{JSON.stringify(item.payload, null, 2)}</pre>
        </>
      )}
    </section>
  );
}
