import { Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, InterfaceType, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { ProcessingState, RecordOrigin } from '../../domain/enums.js';
import { DateTimeScalar, JSONObjectScalar } from './scalars.js';

/** What `deletedAt` means, wherever it is a field. */
export const DELETED_AT =
  'Set when the record was deleted in Odoo; such records leave list queries unless includeDeleted.';

/**
 * Ids are UUIDv7: unguessable, and ordered by creation time, so keyset
 * pagination by id is also oldest-first and stays stable under concurrent inserts.
 * The column default (`uuid_v7()`, migration 1) serves set-based SQL writes.
 */
@ObjectType()
export abstract class IdEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'uuid_v7()' })
  id: string = uuidv7();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The design's *Timestamped* trait: createdAt and updatedAt, kept by the ORM. */
@ObjectType()
export abstract class TimestampedEntity extends IdEntity {
  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * The design's *Syncable* trait (Product, Partner, SaleOrder, PurchaseOrder):
 * a record with an Odoo id, a business key and field-level diff tracking.
 */
@InterfaceType('Syncable', {
  description: 'A record that is synced, with diff tracking of its data.',
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name,
})
export abstract class SyncableEntity extends TimestampedEntity {
  // type-graphql does not carry an object type's fields into an interface that
  // extends it, so the interface names the inherited ones again (no new columns).
  @Field(() => ID)
  override id!: string;

  @Field(() => DateTimeScalar)
  override createdAt!: Date;

  @Field(() => DateTimeScalar)
  override updatedAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', unique: true })
  externalId!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  odooId?: number | null;

  @Field(() => JSONObjectScalar)
  @Property({ type: 'json' })
  currentData: Record<string, unknown> = {};

  @Field(() => JSONObjectScalar, { nullable: true })
  @Property({ type: 'json', nullable: true })
  previousData?: Record<string, unknown> | null;

  @Field(() => [String], {
    description: 'Top-level keys of the data that the last change added, removed or altered, sorted.',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  changedFields: string[] = [];

  @Field(() => ProcessingState)
  @Enum({ items: () => ProcessingState, default: ProcessingState.PENDING })
  processingState: ProcessingState = ProcessingState.PENDING;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  isNew: boolean = true;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  idempotencyKey?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  fetchedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  errorMessage?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  retryCount: number = 0;

  /** Set on insert and never changed: who made the record decides who may change it (see record-origin.ts). */
  @Field(() => RecordOrigin)
  @Enum({ items: () => RecordOrigin, default: RecordOrigin.ODOO })
  origin: RecordOrigin = RecordOrigin.ODOO;

  /** For WEBSHOP records: the user whose token made it (null: a token without a user, e.g. from the CLI). */
  @Property({ type: 'uuid', nullable: true })
  ownerUserId?: string | null;

  /** A tombstone (src/ingest/tombstone.ts): the record was deleted in Odoo. A later record with its key clears it. */
  @Field(() => DateTimeScalar, { nullable: true, description: DELETED_AT })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
