import { usePolling, useQuery } from '../api/hooks';
import { graphql } from '../gql';
import type { ConsoleWebhookEndpointsQuery } from '../gql/graphql';
import { Link } from '../router';
import { Badge } from '../ui/badge';
import { ErrorState, Loading } from '../ui/states';

/**
 * Webhook endpoints with their health: active or not, and their deliveries by status.
 * An endpoint with failed deliveries is "failing" until they are redelivered; one with
 * deliveries waiting past their first attempt is "retrying".
 */
const EndpointsDocument = graphql(`
  query ConsoleWebhookEndpoints {
    webhookConfigs {
      id
      url
      entityType
      direction
      isActive
    }
  }
`);

const HealthDocument = graphql(`
  query ConsoleWebhookHealth($id: ID!) {
    failed: webhookDeliveries(filter: { webhookConfigId: $id, status: FAILED }, first: 1) {
      totalCount
      nodes {
        id
        lastError
        responseStatus
        updatedAt
      }
    }
    pending: webhookDeliveries(filter: { webhookConfigId: $id, status: PENDING }, first: 0) {
      totalCount
    }
    delivered: webhookDeliveries(filter: { webhookConfigId: $id, status: DELIVERED }, first: 0) {
      totalCount
    }
  }
`);

const POLL_MS = 15_000;

export function WebhookHealthPanel() {
  const { data, error, loading, reload } = useQuery(EndpointsDocument);
  usePolling(reload, POLL_MS);
  return (
    <>
      <h2>Webhook endpoints</h2>
      {error && !data ? (
        <ErrorState error={error} retry={reload} />
      ) : loading && !data ? (
        <Loading />
      ) : data && data.webhookConfigs.length === 0 ? (
        <p class="muted">
          No endpoint yet: <Link href="/webhooks">add one</Link> to send changes to the webshop.
        </p>
      ) : (
        <div class="table-frame">
          <table data-testid="webhooks">
            <caption class="visually-hidden">Webhook endpoints and their health</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Entity</th>
                <th scope="col">Health</th>
                <th scope="col" class="num">
                  delivered
                </th>
                <th scope="col" class="num">
                  waiting
                </th>
                <th scope="col" class="num">
                  failed
                </th>
              </tr>
            </thead>
            <tbody>
              {data?.webhookConfigs.map((endpoint) => (
                <EndpointRow key={endpoint.id} endpoint={endpoint} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function EndpointRow({ endpoint }: { endpoint: ConsoleWebhookEndpointsQuery['webhookConfigs'][number] }) {
  const { data } = useQuery(HealthDocument, { id: endpoint.id });
  const failed = data?.failed.totalCount ?? 0;
  const pending = data?.pending.totalCount ?? 0;
  const health = !endpoint.isActive ? 'INACTIVE' : failed > 0 ? 'FAILING' : pending > 0 ? 'PENDING' : 'HEALTHY';
  const lastFailure = data?.failed.nodes[0];
  return (
    <tr data-endpoint={endpoint.id}>
      <td class="wrap">
        <Link href={`/webhooks/${endpoint.id}`}>{endpoint.url}</Link>
      </td>
      <td>
        {endpoint.entityType} <span class="muted">{endpoint.direction === 'TO_ODOO' ? '→ Odoo' : '→ webshop'}</span>
      </td>
      <td>
        {data ? <Badge value={health} /> : <span class="muted">…</span>}
        {lastFailure?.lastError && <div class="muted wrap">{lastFailure.lastError}</div>}
      </td>
      <td class="num">{data?.delivered.totalCount ?? ''}</td>
      <td class="num">{pending || ''}</td>
      <td class="num">{failed || ''}</td>
    </tr>
  );
}
