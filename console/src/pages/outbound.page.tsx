import { useState } from 'preact/hooks';
import { useMutation, usePolling } from '../api/hooks';
import { usePagedQuery } from '../api/paged-query';
import { graphql } from '../gql';
import type { EntityType, OutboundQueueStatus } from '../gql/graphql';
import { navigate, useLocation } from '../router';
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
 * The outbound queue: the pushes to Odoo, with their attempts, next attempt and last
 * error; Retry queues one again (confirmed first: it writes in Odoo). Refreshed every
 * few seconds while shown (the queue has no subscription of its own).
 */
const QueueDocument = graphql(`
  query ConsoleOutbound($filter: OutboundQueueFilter, $first: Int, $after: String) {
    outboundQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        createdAt
        updatedAt
        entityType
        entityId
        status
        attempts
        nextAttemptAt
        pausedAt
        lastError
        payload
      }
    }
  }
`);
const RetryDocument = graphql(`
  mutation ConsoleRetryOutbound($id: ID!) {
    retryOutboundItem(id: $id) {
      id
      status
    }
  }
`);

const STATUSES: readonly OutboundQueueStatus[] = ['PENDING', 'PROCESSING', 'FAILED', 'COMPLETED'];
const REFRESH_MS = 5000;
const PAGE = 100;

export function OutboundPage() {
  const { can } = useSession();
  const { query } = useLocation();
  const status = (query.get('status') ?? 'FAILED') as OutboundQueueStatus | 'ALL';
  const type = (query.get('type') as EntityType | null) || null;
  const queue = usePagedQuery(
    QueueDocument,
    { filter: { status: status === 'ALL' ? null : status, entityType: type } },
    (d) => d.outboundQueue,
    PAGE,
  );
  const { error, loading, reload } = queue;
  usePolling(reload, REFRESH_MS);
  const [dialog, confirm] = useConfirm();
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [retry, retrying] = useMutation(RetryDocument);
  const [open, setOpen] = useState<string | null>(null);
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`/outbound?${next.toString()}`, { replace: true });
  };
  const rows = queue.nodes;
  const onRetry = async (row: (typeof rows)[number]) => {
    const ok = await confirm({
      title: 'Push this again to Odoo?',
      body: (
        <p>
          The {entityLabel(row.entityType).toLowerCase()} is sent to Odoo again with a fresh round of attempts; a
          failure it opened is resolved when the push succeeds.
        </p>
      ),
      confirmLabel: 'Push again',
      danger: true,
    });
    if (!ok) return;
    try {
      await retry({ id: row.id });
      setNotice({ tone: 'ok', text: 'Queued again.' });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    reload();
  };
  const shown = rows.find((r) => r.id === open);
  return (
    <section>
      {dialog}
      <h1>Outbound queue</h1>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <form class="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select value={status} onChange={(e) => setFilter('status', (e.currentTarget as HTMLSelectElement).value)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
            <option value="ALL">all</option>
          </select>
        </label>
        <label>
          Type
          <select value={type ?? ''} onChange={(e) => setFilter('type', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">any</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {entityLabel(t)}
              </option>
            ))}
          </select>
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
            caption="Outbound queue"
            rows={rows}
            rowKey={(r) => r.id}
            onOpen={(r) => setOpen(open === r.id ? null : r.id)}
            columns={[
              { key: 'created', header: 'Queued', render: (r) => <Time at={r.createdAt} /> },
              { key: 'type', header: 'Type', render: (r) => entityLabel(r.entityType) },
              {
                key: 'status',
                header: 'Status',
                render: (r) => (r.pausedAt ? <Badge value="PAUSED" tone="warn" /> : <Badge value={r.status} />),
              },
              { key: 'attempts', header: 'Attempts', numeric: true, render: (r) => r.attempts },
              { key: 'next', header: 'Next attempt', render: (r) => <Time at={r.nextAttemptAt} /> },
              {
                key: 'error',
                header: 'Last error',
                render: (r) => <span class="wrap">{r.lastError?.slice(0, 160) ?? '—'}</span>,
              },
              {
                key: 'actions',
                header: <span class="visually-hidden">Actions</span>,
                render: (r) =>
                  can('sync:write') &&
                  (r.status === 'FAILED' || r.status === 'PENDING') && (
                    <button type="button" disabled={retrying.running} onClick={() => onRetry(r)}>
                      Retry
                    </button>
                  ),
              },
            ]}
            empty={
              <EmptyState title="Nothing here">
                {status === 'FAILED'
                  ? 'No push to Odoo has failed. Choose status “all” to see every push.'
                  : 'No item matches: widen the filters.'}
              </EmptyState>
            }
          />
          <LoadMore paged={queue} noun="items" />
          {shown && (
            <div class="panel">
              <h2>Item {shown.id}</h2>
              {shown.lastError && <pre class="value">{shown.lastError}</pre>}
              <pre class="value">{JSON.stringify(shown.payload, null, 2)}</pre>
            </div>
          )}
        </>
      )}
    </section>
  );
}
