import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Consumer } from './consumer.entity.js';

/**
 * How far back a non-default consumer's claim must look at one entity type:
 * every record changed at or before `horizon` has been handed to it (or is in
 * its state table as pending or leased), so a caught-up claim reads only the
 * recent changes, not every record. Its row is also the lock that serialises
 * that consumer's claims of the type.
 */
@Entity({ tableName: 'consumer_cursor' })
export class ConsumerCursor {
  @ManyToOne(() => Consumer, { primary: true, deleteRule: 'cascade', fieldName: 'consumer_id' })
  consumer!: Consumer;

  @PrimaryKey({ type: 'text' })
  entityType!: string;

  @Property({ type: 'datetime', defaultRaw: `'-infinity'` })
  horizon!: Date;
}
