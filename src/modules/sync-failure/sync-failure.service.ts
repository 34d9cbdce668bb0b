import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType, FailureSource } from '../../domain/enums.js';
import { notifyInTransaction } from '../../outbox/notify.js';

export interface FailureReport {
  entityType: EntityType;
  externalId: string;
  source: FailureSource;
  errorMessage: string;
  entityId?: string | null;
  /** The push that failed, so retrySyncFailure can queue it again. */
  outboundQueueItemId?: string | null;
}

/** Opens a SyncFailure and announces it (syncFailureChanged) when the transaction commits. */
export async function recordSyncFailure(em: EntityManager, failure: FailureReport): Promise<string> {
  // Inside the caller's transaction when there is one: the failure exists exactly when what failed is recorded.
  const inTransaction = <T>(body: (tx: EntityManager) => Promise<T>) =>
    em.isInTransaction() ? body(em) : em.fork().transactional(body);
  return inTransaction(async (tx) => {
    const [row] = await sqlQuery<{ id: string }>(
      tx,
      `insert into "sync_failure" ("id", "entity_type", "external_id", "entity_id", "outbound_queue_id", "source", "status", "error_message", "created_at", "updated_at")
       values (uuid_v7(), $1, $2, $3, $4, $5, 'open', $6, now(), now()) returning "id"`,
      [
        failure.entityType,
        failure.externalId,
        failure.entityId ?? null,
        failure.outboundQueueItemId ?? null,
        failure.source,
        failure.errorMessage.slice(0, 10_000),
      ],
    );
    await notifyInTransaction(tx, [
      { kind: 'failure', failure: { id: row!.id, source: failure.source, entityType: failure.entityType } },
    ]);
    return row!.id;
  });
}
