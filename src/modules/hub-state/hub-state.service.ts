import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { FailureStatus, OutboundQueueStatus } from '../../domain/enums.js';
import type { HubStateSample } from '../../observability/metrics.js';

// One statement, one round trip, for every scrape-time gauge (Metrics caches it
// for HUB_STATE_CACHE_MS, as several instances scrape the same database):
// - the queue by status: pending and processing rows (the (status, id) index
//   serves them), and failed rows whose SyncFailure is still open (found from
//   the open failures, which are few; a resolved one's row stays failed for
//   good and would only grow the count); completed rows are left out,
// - pull lag from the cursors: a companion's cursor (`PRODUCT:product.template`)
//   counts for its entity type, whose newest write_date wins; write_date is
//   Odoo's naive UTC text,
// - open failures, endpoints the hub turned off (failing_since stays set when it
//   does; an endpoint deactivated while healthy has none), worker beats.
const READ = `
select 'queue' as "kind", q."status" as "label", count(*)::float8 as "value",
       extract(epoch from now() - min(q."created_at"))::float8 as "extra"
  from (select "status", "created_at" from "outbound_queue" where "status" = any($1::text[])
        union all
        select "status", "created_at" from "outbound_queue"
         where "status" = $3 and "id" in (select "outbound_queue_id" from "sync_failure" where "status" = $2)) q
 group by q."status"
union all
select 'pull', split_part(c."entity_type", ':', 1),
       extract(epoch from now() - max(c."write_date"::timestamp at time zone 'UTC'))::float8,
       extract(epoch from now() - max(c."pulled_at"))::float8
  from "odoo_cursor" c where c."write_date" is not null group by 1, 2
union all
select 'failures', f."source", count(*)::float8, null from "sync_failure" f where f."status" = $2 group by f."source"
union all
select 'disabled', null, count(*)::float8, null
  from "webhook_config" w where not w."is_active" and w."failing_since" is not null
union all
select 'beat', h."worker_id", extract(epoch from now() - h."beat_at")::float8, null from "worker_heartbeat" h`;

interface Row {
  kind: 'queue' | 'pull' | 'failures' | 'disabled' | 'beat';
  label: string | null;
  value: number;
  extra: number | null;
}

/** The state every hub instance shares, for /metrics: one query (see READ). */
export async function readHubState(em: EntityManager): Promise<HubStateSample> {
  const rows = await sqlQuery<Row>(em.fork(), READ, [
    [OutboundQueueStatus.PENDING, OutboundQueueStatus.PROCESSING],
    FailureStatus.OPEN,
    OutboundQueueStatus.FAILED,
  ]);
  const sample: HubStateSample = {
    queue: [],
    pullLag: [],
    pullAge: [],
    openFailures: [],
    disabledEndpoints: 0,
    heartbeats: [],
  };
  for (const row of rows) {
    const label = row.label ?? '';
    if (row.kind === 'queue') sample.queue.push({ status: label, items: row.value, oldestSeconds: row.extra ?? 0 });
    else if (row.kind === 'pull') {
      sample.pullLag.push({ entityType: label, seconds: Math.max(0, row.value) });
      if (row.extra !== null) sample.pullAge.push({ entityType: label, seconds: Math.max(0, row.extra) });
    } else if (row.kind === 'failures') sample.openFailures.push({ source: label, count: row.value });
    else if (row.kind === 'disabled') sample.disabledEndpoints = row.value;
    else sample.heartbeats.push({ worker: label, seconds: Math.max(0, row.value) });
  }
  return sample;
}
