/**
 * What computed fields and model hooks do over and over: read a field of
 * another record, and re-date records whose stored computed field changed.
 */
import type { CacheValue } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

/** A stored field of a record by id (null when the record is gone). */
export function col(env: SimEnv, model: string, id: CacheValue, field: string): CacheValue {
  if (typeof id !== 'number') return null;
  const row = env.row(model, id);
  return row ? env.value(env.model(model), row, field) : null;
}

/** Touches records the way a recomputed stored field does (write_date moves, nothing else). */
export function recomputed(env: SimEnv, model: string, ids: Iterable<CacheValue>): void {
  const live = [...new Set(ids)].filter((id): id is number => typeof id === 'number' && !!env.row(model, id));
  if (live.length) env.writeRecords(model, live, {}, {});
}
