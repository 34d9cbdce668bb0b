import type { EntityManager } from '@mikro-orm/postgresql';

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
  values (?, 1, now(), now(), now() + make_interval(secs => ?))
  on conflict (key) do update set
    hits = case when ${EXPIRED} then 1 else b.hits + 1 end,
    window_started_at = case when ${EXPIRED} then now() else b.window_started_at end,
    last_hit_at = now(),
    expires_at = ${expiresAt}
  where ${EXPIRED} or ${allowed}
  returning window_started_at::text as window_id`;

// A window keeps its end; a hit past the end starts a new window.
const RESERVE_WINDOW = reserveSql(
  `case when ${EXPIRED} then now() + make_interval(secs => ?) else b.expires_at end`,
  'b.hits < ?',
);

const RETRY_WINDOW = `
  select greatest(1, ceil(extract(epoch from expires_at - now())))::int as seconds
    from rate_limit_bucket where key = ?`;

// The wait before the next hit; the exponent is capped so that power() cannot overflow.
const BACKOFF_WAIT = `least(? * power(2, least(b.hits - ?, 30)), ?) * interval '1 second'`;

// Each hit puts the forgetting off again.
const RESERVE_BACKOFF = reserveSql(
  'now() + make_interval(secs => ?)',
  `(b.hits < ? or b.last_hit_at + ${BACKOFF_WAIT} <= now())`,
);

const RETRY_BACKOFF = `
  select greatest(1, ceil(extract(epoch from b.last_hit_at + ${BACKOFF_WAIT} - now())))::int as seconds
    from rate_limit_bucket b where key = ?`;

/** The parameters of BACKOFF_WAIT, in its order. */
const backoffWait = (rule: LimitRule & { kind: 'backoff' }) => [rule.firstWaitSeconds, rule.free, rule.maxWaitSeconds];

/** Counts one hit against `key` unless `rule` refuses it now. */
export async function reserve(em: EntityManager, key: string, rule: LimitRule): Promise<Reservation> {
  const [reserved] =
    rule.kind === 'window'
      ? await em.execute<{ window_id: string }[]>(RESERVE_WINDOW, [
          key,
          rule.windowSeconds,
          rule.windowSeconds,
          rule.max,
        ])
      : await em.execute<{ window_id: string }[]>(RESERVE_BACKOFF, [
          key,
          rule.forgetSeconds,
          rule.forgetSeconds,
          rule.free,
          ...backoffWait(rule),
        ]);
  if (reserved) return { ok: true, window: reserved.window_id };
  const [retry] =
    rule.kind === 'window'
      ? await em.execute<{ seconds: number }[]>(RETRY_WINDOW, [key])
      : await em.execute<{ seconds: number }[]>(RETRY_BACKOFF, [...backoffWait(rule), key]);
  return { ok: false, retryAfterSeconds: retry?.seconds ?? 1 };
}

/** Takes back a hit counted in `window` (a later window is left alone). */
export async function refund(em: EntityManager, key: string, window: string): Promise<void> {
  await em.execute(
    'update rate_limit_bucket set hits = greatest(hits - 1, 0) where key = ? and window_started_at = ?::timestamptz',
    [key, window],
  );
}

/** A backoff bucket's wait counts from now (the end of the attempt its last hit reserved). */
export async function touch(em: EntityManager, key: string): Promise<void> {
  await em.execute('update rate_limit_bucket set last_hit_at = now() where key = ?', [key]);
}

/** Starts `key` again from zero. */
export async function forget(em: EntityManager, key: string): Promise<void> {
  await em.execute('delete from rate_limit_bucket where key = ?', [key]);
}

/** Deletes expired counters (they would start from zero anyway); the hourly prune_rate_limits job. */
export async function pruneExpired(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ n: number }[]>(
    'with gone as (delete from rate_limit_bucket where expires_at <= now() returning 1) select count(*)::int as n from gone',
  );
  return rows[0]?.n ?? 0;
}
