import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { usePolling, useQuery, useSubscription } from '../api/hooks';
import { graphql } from '../gql';
import type { ConsolePullFieldsFragment } from '../gql/graphql';
import { Link } from '../router';
import { useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { entityLabel } from '../ui/entities';
import { LiveIndicator } from '../ui/live-indicator';
import { ErrorState, Loading } from '../ui/states';
import { Age, Time } from '../ui/time';
import { WebhookHealthPanel } from './overview-webhooks.panel';
import { CountsPanel, QueuePanel } from './overview-counts.panel';

/**
 * Overview: the sync at a glance, kept current without a reload. The subscriptions say
 * when something changed (a record, a failure, a pull's page); counts are then read again
 * (at most every REFRESH_GAP_MS), and pulls are patched from syncProgress as they run.
 * The outbound queue and webhooks have no event of their own: they are read every POLL_MS.
 */
graphql(`
  fragment ConsolePullFields on PullProgress {
    entityType
    state
    full
    pages
    records
    estimatedTotal
    startedAt
    finishedAt
    updatedAt
    lastError
  }
`);

const OverviewDocument = graphql(`
  query ConsoleOverview {
    syncStatus {
      openFailures
      lastOdooPullAt
      changes {
        entityType
        state
        count
      }
      outboundQueue {
        status
        count
      }
      pulls {
        ...ConsolePullFields
      }
      odooConnection {
        ok
        version
        protocol
        checkedAt
      }
      odooCircuits {
        connection
        state
        openedAt
        lastError
        pausedItems
      }
    }
    pending: outboundQueue(filter: { status: PENDING }, first: 1) {
      totalCount
      nodes {
        id
        createdAt
      }
    }
    failed: outboundQueue(filter: { status: FAILED }, first: 1) {
      totalCount
      nodes {
        id
        createdAt
      }
    }
    openFailures: syncFailures(filter: { status: OPEN }, first: 5) {
      totalCount
      nodes {
        id
        entityType
        externalId
        source
        errorMessage
        createdAt
      }
    }
  }
`);

const ProgressDocument = graphql(`
  subscription ConsoleOverviewProgress {
    syncProgress {
      ...ConsolePullFields
    }
  }
`);

const ChangesDocument = graphql(`
  subscription ConsoleOverviewChanges {
    entityChanged {
      id
      changedAt
    }
  }
`);

const FailuresDocument = graphql(`
  subscription ConsoleOverviewFailures {
    syncFailureChanged {
      id
      status
    }
  }
`);

const REFRESH_GAP_MS = 1000;
const POLL_MS = 15_000;

/** reload(), at most once per `gap` however often it is asked (a pull of 10,000 records is 10,000 events). */
function useThrottledReload(reload: () => void, gap: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      reload();
    }, gap);
  }, [reload, gap]);
}

export function OverviewPage() {
  const { can } = useSession();
  const { data, error, loading, reload } = useQuery(OverviewDocument);
  const [pulls, setPulls] = useState<Record<string, ConsolePullFieldsFragment>>({});
  const refresh = useThrottledReload(reload, REFRESH_GAP_MS);

  usePolling(reload, POLL_MS);
  // A fresh read supersedes the patches.
  useEffect(() => setPulls({}), [data]);
  // The first-render figure of docs/console.md: from navigation start to the overview's data on screen.
  useEffect(() => {
    if (data && performance.getEntriesByName('console-overview-rendered').length === 0) {
      performance.mark('console-overview-rendered');
    }
  }, [data]);

  const progressError = useSubscription(ProgressDocument, {}, ({ syncProgress }) => {
    setPulls((all) => ({ ...all, [syncProgress.entityType]: syncProgress }));
    if (syncProgress.state !== 'RUNNING') refresh();
  });
  const changesError = useSubscription(ChangesDocument, {}, refresh);
  const failuresError = useSubscription(FailuresDocument, {}, refresh);
  const liveError = progressError ?? changesError ?? failuresError;

  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const status = data.syncStatus;
  const pullRows = mergePulls(status.pulls, pulls);

  return (
    <section aria-labelledby="overview-title">
      <div class="page-head">
        <h1 id="overview-title">Overview</h1>
        <LiveIndicator error={liveError} />
      </div>
      <div class="grid">
        <div class="panel" data-testid="open-failures">
          <h2>Open failures</h2>
          <p class="figure">{status.openFailures}</p>
          {data.openFailures.nodes.length > 0 ? (
            <ul class="plain">
              {data.openFailures.nodes.map((f) => (
                <li key={f.id}>
                  <Link href={`/failures/${f.id}`}>
                    {entityLabel(f.entityType)} {f.externalId}
                  </Link>{' '}
                  <span class="muted">
                    <Age since={f.createdAt} /> ago
                  </span>
                  <div class="muted wrap">{f.errorMessage}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nothing needs attention.</p>
          )}
          {status.openFailures > 0 && <Link href="/failures">All failures</Link>}
        </div>
        <QueuePanel counts={status.outboundQueue} pending={data.pending} failed={data.failed} />
        <div class="panel">
          <h2>Odoo</h2>
          {status.odooConnection ? (
            <p>
              <Badge value={status.odooConnection.ok ? 'HEALTHY' : 'FAILING'} /> Odoo{' '}
              {status.odooConnection.version ?? '?'} over {status.odooConnection.protocol ?? '?'}, checked{' '}
              <Time at={status.odooConnection.checkedAt} />
            </p>
          ) : (
            <p class="muted">No connection check yet (a worker runs one as it starts).</p>
          )}
          {status.odooCircuits.map((c) => (
            <p key={c.connection} class="wrap">
              Pushes to {c.connection}: <Badge value={c.state} />
              {c.state === 'OPEN' && (
                <>
                  {' '}
                  since <Time at={c.openedAt} />, {c.pausedItems} paused — {c.lastError}
                </>
              )}
            </p>
          ))}
          <p>
            Last pull: <Time at={status.lastOdooPullAt} empty="never" />
          </p>
        </div>
      </div>
      <h2>Pulls from Odoo</h2>
      <PullsTable pulls={pullRows} />
      <h2>Records by state</h2>
      <CountsPanel counts={status.changes} />
      {can('webhooks:manage') && <WebhookHealthPanel />}
    </section>
  );
}

function mergePulls(
  read: readonly ConsolePullFieldsFragment[],
  patched: Record<string, ConsolePullFieldsFragment>,
): ConsolePullFieldsFragment[] {
  const byType = new Map(read.map((p) => [p.entityType as string, p]));
  for (const [type, pull] of Object.entries(patched)) {
    const known = byType.get(type);
    if (!known || known.updatedAt <= pull.updatedAt) byType.set(type, pull);
  }
  return [...byType.values()].sort((a, b) => a.entityType.localeCompare(b.entityType));
}

function PullsTable({ pulls }: { pulls: ConsolePullFieldsFragment[] }) {
  if (pulls.length === 0) return <p class="muted">No pull has run yet. A worker pulls from Odoo on its schedule.</p>;
  return (
    <div class="table-frame">
      <table data-testid="pulls">
        <caption class="visually-hidden">The last pull of each entity type</caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col">State</th>
            <th scope="col">Progress</th>
            <th scope="col">Started</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {pulls.map((p) => (
            <tr key={p.entityType} data-entity={p.entityType}>
              <th scope="row">{entityLabel(p.entityType)}</th>
              <td>
                <Badge value={p.state} /> {p.full && <span class="muted">full</span>}
                {p.lastError && <div class="muted wrap">{p.lastError}</div>}
              </td>
              <td>
                {p.state === 'RUNNING' && p.estimatedTotal ? (
                  <progress max={p.estimatedTotal} value={Math.min(p.records, p.estimatedTotal)}>
                    {p.records} of {p.estimatedTotal}
                  </progress>
                ) : null}
                <span class="muted">
                  {p.records} records{p.estimatedTotal != null ? ` of ~${p.estimatedTotal}` : ''}, {p.pages} pages
                </span>
              </td>
              <td>
                <Time at={p.startedAt} />
              </td>
              <td>
                <Time at={p.finishedAt} empty={p.state === 'RUNNING' ? 'running' : '—'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
