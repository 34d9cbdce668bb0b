import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';

/**
 * Glossary. A *bucket* is one counter (a rate_limit_bucket row), named by its
 * key. A *reservation* counts an attempt before it runs: one atomic upsert that
 * either adds the hit or, when the limit is reached, changes nothing, so no
 * parallel burst gets past the limit and every instance counts the same rows.
 *
 * Two kinds of limit:
 * - *window*: at most `max` hits in a fixed window of `windowSeconds`, which
 *   starts with the first hit after the last window ended;
 * - *backoff*: `free` hits in a row, then each further one only after
 *   firstWaitSeconds·2^(hits − free) s (at most `maxWaitSeconds`) since the last; forgotten after
 *   `forgetSeconds` without a hit, or when the owner says so (a successful login).
 */
export type LimitRule =
  | { kind: 'window'; max: number; windowSeconds: number }
  | { kind: 'backoff'; free: number; firstWaitSeconds: number; maxWaitSeconds: number; forgetSeconds: number };

/**
 * A hit was counted, in `window` (when the window started, as PostgreSQL's
 * exact text: a Date would lose the microseconds), or the limit refused it.
 */
export type Reservation = { ok: true; window: string } | { ok: false; retryAfterSeconds: number };

const EXPIRED = 'b.expires_at <= now()';

/**
 * One hit counted, or none: `allowed` says, from the row as it is, whether a
 * hit may be taken now; an expired row starts again from one hit. The WHERE
 * sees the row as it is after any concurrent reservation of the same key
 * committed (the row is locked first), so two attempts never both take the
 * last free hit.
 */
const reserveSql = (expiresAt: string, allowed: string) => `
  insert into rate_limit_bucket as b (key, hits, window_started_at, last_hit_at, expires_at)
  values ($1, 1, now(), now(), now() + make_interval(secs => $2))
  on conflict (key) do update set
    hits = case when ${EXPIRED} then 1 else b.hits + 1 end,
    window_started_at = case when ${EXPIRED} then now() else b.window_started_at end,
    last_hit_at = now(),
    expires_at = ${expiresAt}
  where ${EXPIRED} or ${allowed}
  returning window_started_at::text as window_id`;

// A window keeps its end; a hit past the end starts a new window.
const RESERVE_WINDOW = reserveSql(
  `case when ${EXPIRED} then now() + make_interval(secs => $3) else b.expires_at end`,
  'b.hits < $4',
);

const RETRY_WINDOW = `
  select greatest(1, ceil(extract(epoch from expires_at - now())))::int as seconds
    from rate_limit_bucket where key = $1`;

// The wait before the next hit; the exponent is capped so that power() cannot overflow. Its three
// parameters (backoffWait's) are numbered from `first`, as they come in each statement.
const backoffWaitSql = (first: number) =>
  `least($${first} * power(2, least(b.hits - $${first + 1}, 30)), $${first + 2}) * interval '1 second'`;

// Each hit puts the forgetting off again.
const RESERVE_BACKOFF = reserveSql(
  'now() + make_interval(secs => $3)',
  `(b.hits < $4 or b.last_hit_at + ${backoffWaitSql(5)} <= now())`,
);

const RETRY_BACKOFF = `
  select greatest(1, ceil(extract(epoch from b.last_hit_at + ${backoffWaitSql(1)} - now())))::int as seconds
    from rate_limit_bucket b where key = $4`;

/** The parameters of backoffWaitSql, in its order. */
const backoffWait = (rule: LimitRule & { kind: 'backoff' }) => [rule.firstWaitSeconds, rule.free, rule.maxWaitSeconds];

/** Counts one hit against `key` unless `rule` refuses it now. */
export async function reserve(em: EntityManager, key: string, rule: LimitRule): Promise<Reservation> {
  const [reserved] =
    rule.kind === 'window'
      ? await sqlQuery<{ window_id: string }>(em, RESERVE_WINDOW, [
          key,
          rule.windowSeconds,
          rule.windowSeconds,
          rule.max,
        ])
      : await sqlQuery<{ window_id: string }>(em, RESERVE_BACKOFF, [
          key,
          rule.forgetSeconds,
          rule.forgetSeconds,
          rule.free,
          ...backoffWait(rule),
        ]);
  if (reserved) return { ok: true, window: reserved.window_id };
  const [retry] =
    rule.kind === 'window'
      ? await sqlQuery<{ seconds: number }>(em, RETRY_WINDOW, [key])
      : await sqlQuery<{ seconds: number }>(em, RETRY_BACKOFF, [...backoffWait(rule), key]);
  return { ok: false, retryAfterSeconds: retry?.seconds ?? 1 };
}

/** Takes back a hit counted in `window` (a later window is left alone). */
export async function refund(em: EntityManager, key: string, window: string): Promise<void> {
  await sqlQuery(
    em,
    'update rate_limit_bucket set hits = greatest(hits - 1, 0) where key = $1 and window_started_at = $2::timestamptz',
    [key, window],
  );
}

/** A backoff bucket's wait counts from now (the end of the attempt its last hit reserved). */
export async function touch(em: EntityManager, key: string): Promise<void> {
  await sqlQuery(em, 'update rate_limit_bucket set last_hit_at = now() where key = $1', [key]);
}

/** Starts `key` again from zero. */
export async function forget(em: EntityManager, key: string): Promise<void> {
  await sqlQuery(em, 'delete from rate_limit_bucket where key = $1', [key]);
}

/** Deletes expired counters (they would start from zero anyway); the hourly prune_rate_limits job. */
export async function pruneExpired(em: EntityManager): Promise<number> {
  const rows = await sqlQuery<{ n: number }>(
    em,
    'with gone as (delete from rate_limit_bucket where expires_at <= now() returning 1) select count(*)::int as n from gone',
  );
  return rows[0]?.n ?? 0;
}
