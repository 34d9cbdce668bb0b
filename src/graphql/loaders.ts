import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';

type Row = Record<string, unknown> & { id: string };

/** A relation's key on a row: a scalar column, or the id of a many-to-one reference. */
function keyOf(row: Row, field: string): string | null {
  const v = row[field];
  if (v && typeof v === 'object' && 'id' in v) return (v as { id: string }).id;
  return (v as string | null | undefined) ?? null;
}

/**
 * Per-request DataLoaders, so a page of N parents costs one query per relation,
 * not N. `many` groups rows by a field (one-to-many), `one` picks a row by a field.
 * Each loader is made on first use and lives as long as the request.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  many<T extends object>(entity: EntityClass<T>, field: string): DataLoader<string, T[]> {
    return this.get(`many:${entity.name}.${field}`, async (keys) => {
      const rows = await this.fetch(entity, field, keys);
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(keyOf(row as Row, field) ?? '')?.push(row);
      return keys.map((k) => groups.get(k) ?? []);
    });
  }

  one<T extends object>(entity: EntityClass<T>, field = 'id'): DataLoader<string, T | null> {
    return this.get(`one:${entity.name}.${field}`, async (keys) => {
      const rows = await this.fetch(entity, field, keys);
      const byKey = new Map(rows.map((row) => [keyOf(row as Row, field), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
  }

  private fetch<T extends object>(entity: EntityClass<T>, field: string, keys: readonly string[]): Promise<T[]> {
    return this.em.find(entity, { [field]: { $in: [...keys] } } as never, { orderBy: { id: 'asc' } as never });
  }

  private get<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.cache.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
