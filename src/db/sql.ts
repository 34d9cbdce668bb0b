import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

/**
 * Runs SQL with real bind parameters ($1, $2, …: arrays and JSON travel as
 * such, nothing is spliced into the text), inside `em`'s transaction when it
 * has one. For the set-based statements of sync/, where `em.execute`'s
 * client-side `?` interpolation would inline megabytes of JSON.
 */
export async function sqlQuery<T>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<T[]> {
  const result = await em.getKysely().executeQuery<T>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}

/**
 * `query`, or a rejection after `ms`: for statements on a connection that may
 * hang without an error (a half-open link), where waiting forever would stop
 * what depends on the answer (heartbeats, the event listener's ping).
 */
export function withTimeout<T>(query: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([query, timeout]).finally(() => clearTimeout(timer));
}
