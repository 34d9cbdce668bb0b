import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityType, FailureStatus, type OutboundQueueStatus, type ProcessingState } from '../common/enums.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import { lastPullAt } from '../../odoo/odoo-pull.service.js';
import type { EntityCount, QueueCount, SyncStatus } from '../sync-status/sync-status.types.js';

const SYNCABLE_TABLES: [EntityType, string][] = [
  [EntityType.PRODUCT, 'product'],
  [EntityType.PARTNER, 'partner'],
  [EntityType.SALE_ORDER, 'sale_order'],
  [EntityType.PURCHASE_ORDER, 'purchase_order'],
];

/**
 * Counts of records per entity type and processing state, queue rows per status,
 * and open failures: three aggregate queries, whatever the table sizes' mix.
 */
export async function getSyncStatus(em: EntityManager): Promise<SyncStatus> {
  const conn = em.getConnection();
  const union = SYNCABLE_TABLES.map(
    ([type, table]) =>
      `select '${type}' as entity_type, processing_state, count(*)::int as count from "${table}" group by processing_state`,
  ).join(' union all ');
  const [changes, queue, openFailures] = await Promise.all([
    conn.execute<{ entity_type: EntityType; processing_state: ProcessingState; count: number }[]>(
      `${union} order by entity_type, processing_state`,
    ),
    conn.execute<{ status: OutboundQueueStatus; count: number }[]>(
      'select status, count(*)::int as count from "outbound_queue" group by status order by status',
    ),
    em.count(SyncFailure, { status: FailureStatus.OPEN }),
  ]);
  return {
    changes: changes.map((r): EntityCount => ({
      entityType: r.entity_type,
      state: r.processing_state,
      count: r.count,
    })),
    outboundQueue: queue.map((r): QueueCount => ({ status: r.status, count: r.count })),
    openFailures,
    lastOdooPullAt: await lastPullAt(em),
  };
}
