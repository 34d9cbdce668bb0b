import { useState } from 'preact/hooks';
import { usePagedQuery } from '../api/paged-query';
import { graphql } from '../gql';
import type { ApiLogDirection } from '../gql/graphql';
import { navigate, useLocation } from '../router';
import { LoadMore } from '../ui/load-more';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { DataTable } from '../ui/table';
import { Time } from '../ui/time';

/**
 * The API log: every request the hub answered (inbound) and every call it made to Odoo
 * and to webhook endpoints (outbound), kept API_LOG_RETENTION_DAYS. Filters live in the
 * address, so a view can be shared; "Load more" pages forward from `since`. No
 * totalCount: counting a busy log's window costs more than the page it counts.
 */
const LogDocument = graphql(`
  query ConsoleApiLog($filter: ApiLogFilter, $first: Int, $after: String) {
    apiLogs(filter: $filter, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        createdAt
        direction
        method
        path
        statusCode
        duration
        operationName
        webhookConfigId
      }
    }
  }
`);

const PAGE = 100;
const HOUR = 3600_000;

export function ApiLogPage() {
  const { query } = useLocation();
  const direction = (query.get('direction') as ApiLogDirection | null) || null;
  const errorsOnly = query.get('errors') === '1';
  const pathPrefix = query.get('path') || null;
  const hours = Number(query.get('hours') ?? '1') || 1;
  // Fixed when the filters change, so that paging forward reads one stable window.
  const [since] = useState(() => new Date(Date.now() - hours * HOUR).toISOString());
  const filter = { direction, pathPrefix, minStatusCode: errorsOnly ? 400 : null, since };
  const log = usePagedQuery(LogDocument, { filter }, (d) => d.apiLogs, PAGE);
  const { error, loading, reload } = log;
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    // A new window: `since` is read again from the address.
    location.assign(`${location.pathname}?${next.toString()}`);
  };
  const rows = log.nodes;
  return (
    <section>
      <h1>API log</h1>
      <form class="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          Direction
          <select
            value={direction ?? ''}
            onChange={(e) => setFilter('direction', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">both</option>
            <option value="INBOUND">inbound (clients → hub)</option>
            <option value="OUTBOUND">outbound (hub → Odoo, webhooks)</option>
          </select>
        </label>
        <label>
          From
          <select
            value={String(hours)}
            onChange={(e) => setFilter('hours', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="1">the last hour</option>
            <option value="24">the last day</option>
            <option value="168">the last week</option>
          </select>
        </label>
        <label>
          Path starts with
          <input
            type="search"
            value={pathPrefix ?? ''}
            onChange={(e) => setFilter('path', (e.currentTarget as HTMLInputElement).value.trim())}
          />
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={errorsOnly}
            onChange={(e) => setFilter('errors', (e.currentTarget as HTMLInputElement).checked ? '1' : '')}
          />
          Errors only (status ≥ 400)
        </label>
      </form>
      {error ? (
        <ErrorState error={error} retry={reload} />
      ) : loading && rows.length === 0 ? (
        <Loading />
      ) : (
        <>
          <DataTable
            caption="API log"
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { key: 'at', header: 'When', render: (r) => <Time at={r.createdAt} /> },
              { key: 'dir', header: 'Direction', render: (r) => r.direction.toLowerCase() },
              { key: 'method', header: 'Method', render: (r) => r.method },
              {
                key: 'path',
                header: 'Path',
                render: (r) => (
                  <span class="wrap">
                    <code>{r.path}</code>
                    {r.operationName && <span class="muted"> {r.operationName}</span>}
                    {r.webhookConfigId && (
                      <a
                        href={`/admin/webhooks/${r.webhookConfigId}`}
                        onClick={(e) => (e.preventDefault(), navigate(`/webhooks/${r.webhookConfigId}`))}
                      >
                        {' '}
                        webhook
                      </a>
                    )}
                  </span>
                ),
              },
              {
                key: 'status',
                header: 'Status',
                numeric: true,
                render: (r) => (
                  <span class={r.statusCode >= 400 || r.statusCode === 0 ? 'bad' : undefined}>{r.statusCode}</span>
                ),
              },
              { key: 'ms', header: 'ms', numeric: true, render: (r) => Math.round(r.duration) },
            ]}
            empty={
              <EmptyState title="No calls logged">
                None in this window with these filters: choose a longer period or clear the filters.
              </EmptyState>
            }
          />
          <LoadMore paged={log} noun="calls" />
        </>
      )}
    </section>
  );
}
