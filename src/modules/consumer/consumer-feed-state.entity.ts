import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Consumer } from './consumer.entity.js';

/**
 * A non-default consumer's state of one record, written only when that consumer
 * claims, acknowledges or clears a flag (never at ingest). `seenAt` is the
 * record's change it has taken: its `updated_at` when claimed (Syncable types) or
 * its `flag_changed_at` when the flag was acknowledged (stock, prices). A record
 * whose change is newer than `seenAt` is pending (or flagged) for the consumer.
 */
@Entity({ tableName: 'consumer_feed_state' })
@Index({ name: 'consumer_feed_state_redo_index', properties: ['consumer', 'entityType', 'state', 'fetchedAt'] })
export class ConsumerFeedState {
  @ManyToOne(() => Consumer, { primary: true, deleteRule: 'cascade', fieldName: 'consumer_id' })
  consumer!: Consumer;

  @PrimaryKey({ type: 'text' })
  entityType!: string;

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  /** pending, processing, completed or failed (ProcessingState's stored values). */
  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'datetime', nullable: true })
  seenAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  fetchedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  errorMessage?: string | null;

  @Property({ type: 'integer', default: 0 })
  retryCount: number = 0;
}
