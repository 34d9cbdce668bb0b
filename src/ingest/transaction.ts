import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raised inside an ingest transaction when a concurrent batch inserted a row
 * this one expected to insert: the whole batch is retried, seeing that row.
 */
export class ConcurrentInsert extends Error {
  override name = 'ConcurrentInsert';
}

// serialization_failure, deadlock_detected, unique_violation (a racing insert)
const RETRYABLE_SQLSTATE = new Set(['40001', '40P01', '23505']);

function isRetryable(err: unknown): boolean {
  if (err instanceof ConcurrentInsert) return true;
  const e = err as { code?: string; sqlState?: string; cause?: { code?: string } };
  return [e.code, e.sqlState, e.cause?.code].some((c) => c !== undefined && RETRYABLE_SQLSTATE.has(c));
}

/**
 * Runs `fn` in one transaction on a fresh fork of `em`, retrying (with jittered
 * backoff) when a concurrent writer made it fail, so two batches touching the
 * same records never lose an update and never fail the caller for it. Called
 * inside a transaction already, it joins it: the outer caller owns commit and retry.
 */
export async function inRetryingTransaction<T>(
  em: EntityManager,
  fn: (tx: EntityManager) => Promise<T>,
  attempts = 6,
): Promise<T> {
  if (em.isInTransaction()) return fn(em);
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional((tx) => fn(tx as EntityManager));
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}
