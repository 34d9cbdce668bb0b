import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, FailureStatus, type OutboundQueueStatus, type ProcessingState } from '../../domain/enums.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import { CLAIMED_TYPES, SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { lastPullAt } from '../odoo-cursor/odoo-cursor.service.js';
import type { Consumer } from '../consumer/consumer.entity.js';
import { consumerStateCountsSql, follows } from '../change-feed/consumer-state.js';
import type { EntityCount, QueueCount, SyncStatus } from './sync-status.types.js';

/**
 * The counts of records per entity type and processing state: the records' own
 * (the default consumer's), or `consumer`'s (docs/consumers.md) for the types it follows.
 */
function changeCountsSql(consumer: Consumer | null): string {
  const union = consumer
    ? CLAIMED_TYPES.filter((type) => follows(consumer, type)).map((type) => consumerStateCountsSql(type, '$1'))
    : CLAIMED_TYPES.map(
        (type) =>
          `select '${type}' as entity_type, processing_state, count(*)::int as count from "${SYNCABLE_TYPES[type].table}" group by processing_state`,
      );
  return union.length ? `${union.join(' union all ')} order by entity_type, processing_state` : '';
}

/**
 * Counts of records per entity type and processing state (for `consumer`, when
 * not the default one), queue rows per status, and open failures: three
 * aggregate queries, whatever the table sizes' mix.
 */
export async function getSyncStatus(em: EntityManager, consumer: Consumer | null = null): Promise<SyncStatus> {
  // The raw counts on the pool, outside any transaction of `em`, as em.count runs beside them.
  const pool = em.fork();
  const counts = changeCountsSql(consumer);
  const [changes, queue, openFailures] = await Promise.all([
    counts
      ? sqlQuery<{ entity_type: EntityType; processing_state: ProcessingState; count: number }>(
          pool,
          counts,
          consumer ? [consumer.id] : [],
        )
      : [],
    sqlQuery<{ status: OutboundQueueStatus; count: number }>(
      pool,
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
