import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One counter of a rate limit (rate-limit.service.ts), e.g. the failed logins of
 * one e-mail or one client address. Kept in PostgreSQL so every instance counts
 * against the same number, and changed only by one atomic upsert per attempt.
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  /** What is counted, e.g. `login:ip:203.0.113.9`; e-mails only as their SHA-256. */
  @PrimaryKey({ type: 'string' })
  key!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime' })
  lastHitAt!: Date;

  /** After this the counter starts again from zero; expired rows are pruned hourly. */
  @Property({ type: 'datetime', index: 'rate_limit_bucket_expires_at_index' })
  expiresAt!: Date;
}
