import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { Role } from '../../domain/enums.js';

/** A person who logs in. E-mail is stored lower-case; the password only as a scrypt hash. */
@ObjectType('User')
@Entity({ tableName: 'user' })
export class User extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string', unique: true })
  email!: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => [Role])
  @Property({ type: 'string[]', defaultRaw: `'{}'` })
  roles: Role[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  isVerified: boolean = false;

  /** SHA-256 of the single-use e-mail verification token. */
  @Property({ type: 'string', nullable: true, hidden: true, unique: true })
  verificationTokenHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  verificationTokenExpiresAt?: Date | null;
}
