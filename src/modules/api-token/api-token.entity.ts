import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../common/scalars.js';
import { User } from '../user/user.entity.js';
import { Consumer } from '../consumer/consumer.entity.js';

/** A bearer token. Only its SHA-256 is stored; the token itself is shown once. */
@ObjectType('ApiToken')
@Entity({ tableName: 'api_token' })
export class ApiToken extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  /** Hex SHA-256 of the token (the design's `token` field, stored as a hash). */
  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => [String])
  @Property({ type: 'string[]', defaultRaw: `'{}'` })
  scopes: string[] = [];

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** The user the token speaks for (login tokens); null for service tokens. */
  @ManyToOne(() => User, {
    nullable: true,
    deleteRule: 'cascade',
    fieldName: 'user_id',
    index: 'api_token_user_id_index',
  })
  user?: User | null;

  /**
   * The token whose `createApiToken` made this one. A token lives only while
   * every ancestor does: revoking one revokes its descendants, and
   * authentication refuses a token with a revoked or expired ancestor.
   */
  @ManyToOne(() => ApiToken, {
    nullable: true,
    deleteRule: 'cascade',
    fieldName: 'parent_id',
    index: 'api_token_parent_id_index',
  })
  parent?: ApiToken | null;

  @Field(() => ID, { name: 'parentId', nullable: true, description: 'The token that created this one, if any.' })
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  /** The consumer whose feed and flags the token reads and acknowledges; null: the default consumer. */
  @ManyToOne(() => Consumer, {
    nullable: true,
    deleteRule: 'set null',
    fieldName: 'consumer_id',
    index: 'api_token_consumer_id_index',
  })
  consumer?: Consumer | null;

  @Field(() => ID, {
    name: 'consumerId',
    nullable: true,
    description: 'The consumer the token speaks for; null: the default consumer.',
  })
  get consumerId(): string | null {
    return this.consumer?.id ?? null;
  }
}
