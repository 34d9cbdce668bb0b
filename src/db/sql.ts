import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

/**
 * Runs SQL with real bind parameters ($1, $2, …: arrays and JSON travel as
 * such, nothing is spliced into the text), inside `em`'s transaction when it
 * has one. For the set-based statements of sync/, where `em.execute`'s
 * client-side `?` interpolation would inline megabytes of JSON. A hot statement
 * of fixed text goes out named, parsed and planned once per connection, when its
 * text is marked with `prepared()` (prepared-statements.ts).
 */
export async function sqlQuery<T>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<T[]> {
  const result = await em.getKysely().executeQuery<T>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}
