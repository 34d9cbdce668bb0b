import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';

/** An e-mail domain whose owners may register, stored lower-case. */
@ObjectType('AllowedDomain')
@Entity({ tableName: 'allowed_domain' })
export class AllowedDomain extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string', unique: true })
  domain!: string;
}
