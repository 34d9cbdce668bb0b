import type { ConsoleOverviewQuery } from '../gql/graphql';
import { Link } from '../router';
import { Badge } from '../ui/badge';
import { entityLabel } from '../ui/entities';
import { Age } from '../ui/time';

type Status = ConsoleOverviewQuery['syncStatus'];
type OldestPage = ConsoleOverviewQuery['pending'];

const STATES = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;

/** Records of each entity type by processing state (what the webshop still has to take). */
export function CountsPanel({ counts }: { counts: Status['changes'] }) {
  const types = [...new Set(counts.map((c) => c.entityType))].sort();
  if (types.length === 0) return <p class="muted">No records yet: they arrive with the first pull from Odoo.</p>;
  const count = (type: string, state: string) =>
    counts.find((c) => c.entityType === type && c.state === state)?.count ?? 0;
  return (
    <div class="table-frame">
      <table data-testid="counts">
        <caption class="visually-hidden">Records by entity type and processing state</caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            {STATES.map((s) => (
              <th scope="col" class="num" key={s}>
                {s.toLowerCase()}
              </th>
            ))}
            <th scope="col" class="num">
              total
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type} data-entity={type}>
              <th scope="row">{entityLabel(type)}</th>
              {STATES.map((s) => (
                <td class="num" key={s} data-state={s}>
                  {count(type, s)}
                </td>
              ))}
              <td class="num">{STATES.reduce((sum, s) => sum + count(type, s), 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pushes to Odoo waiting, running, done and failed; the oldest waiting and failed item's age. */
export function QueuePanel(props: { counts: Status['outboundQueue']; pending: OldestPage; failed: OldestPage }) {
  const count = (status: string) => props.counts.find((c) => c.status === status)?.count ?? 0;
  const oldest = (page: OldestPage) => page.nodes[0]?.createdAt;
  const rows: [string, number, string | undefined][] = [
    ['PENDING', count('PENDING'), oldest(props.pending)],
    ['PROCESSING', count('PROCESSING'), undefined],
    ['FAILED', count('FAILED'), oldest(props.failed)],
    ['COMPLETED', count('COMPLETED'), undefined],
  ];
  return (
    <div class="panel" data-testid="outbound">
      <h2>Outbound queue</h2>
      <table class="compact">
        <caption class="visually-hidden">Outbound queue by status</caption>
        <tbody>
          {rows.map(([status, n, since]) => (
            <tr key={status} data-status={status}>
              <th scope="row">
                <Badge value={status} />
              </th>
              <td class="num">{n}</td>
              <td class="muted">
                {since && n > 0 ? (
                  <>
                    oldest <Age since={since} /> old
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link href="/outbound">Open the queue</Link>
    </div>
  );
}
