import { Index } from '@mikro-orm/decorators/legacy';

/**
 * The indexes every Syncable table needs for the SyncableFilter and keyset cursors
 * (migration 6): state + id for "pending first page", updatedAt for `changedSince`,
 * and a GIN index so `changedField` is a containment lookup, not a scan. The change
 * feed (migration 7) claims by state, oldest change first: state + updatedAt + id.
 * The live rows' Odoo ids (migration 16) for finding deletions.
 */
export function SyncableIndexes(table: string): ClassDecorator {
  return (target) => {
    Index({ name: `${table}_processing_state_id_index`, properties: ['processingState', 'id'] })(target as never);
    Index({ name: `${table}_updated_at_index`, properties: ['updatedAt'] })(target as never);
    Index({ name: `${table}_feed_index`, properties: ['processingState', 'updatedAt', 'id'] })(target as never);
    Index({
      name: `${table}_changed_fields_gin`,
      expression: `create index "${table}_changed_fields_gin" on "${table}" using gin ("changed_fields" jsonb_path_ops)`,
    })(target as never);
    // Tombstones (migration 16): the reconciliation pages live Odoo ids by keyset, the read-back finds one.
    Index({
      name: `${table}_live_odoo_id_index`,
      expression: `create index "${table}_live_odoo_id_index" on "${table}" ("odoo_id") where "deleted_at" is null and "odoo_id" is not null`,
    })(target as never);
  };
}
