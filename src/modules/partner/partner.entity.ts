import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { SyncableEntity } from '../common/base.entity.js';
import { SyncableIndexes } from '../common/syncable-indexes.js';
import { PartnerType } from '../../domain/enums.js';

/**
 * A customer or contact (Odoo res.partner). Addresses are child partners of type
 * INVOICE/DELIVERY; `externalParentId` is kept even before the parent arrives.
 */
@ObjectType('Partner', { implements: SyncableEntity })
@Entity({ tableName: 'partner' })
@SyncableIndexes('partner')
export class Partner extends SyncableEntity {
  @Field(() => PartnerType)
  @Enum({ items: () => PartnerType, default: PartnerType.CONTACT })
  type: PartnerType = PartnerType.CONTACT;

  @ManyToOne(() => Partner, {
    nullable: true,
    deleteRule: 'set null',
    fieldName: 'parent_id',
    index: 'partner_parent_id_index',
  })
  parent?: Partner | null;

  /** The field `parentId` (PartnerResolver), which a list's row carries as a property of this name. */
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  @Field(() => String, { nullable: true })
  @Index({ name: 'partner_external_parent_id_index' })
  @Property({ type: 'string', nullable: true })
  externalParentId?: string | null;
}
