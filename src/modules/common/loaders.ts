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
 * not N. `many` groups rows by a field (one-to-many), at most `maxPerParent` per
 * parent (MAX_NESTED_LIST, which the cost model counts too: these lists take no
 * `first`); `one` picks a row by a field. Each loader is made on first use and
 * lives as long as the request.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly maxPerParent: number,
  ) {}

  /**
   * The rows whose `field` is the key, oldest first, at most maxPerParent; `where`: equal columns besides.
   * Tombstones (deletedAt set) are left out; `one` finds them, as a lookup by id does.
   */
  many<T extends object>(
    entity: EntityClass<T>,
    field: string,
    where: Record<string, string> = {},
  ): DataLoader<string, T[]> {
    return this.get(`many:${entity.name}.${field}:${JSON.stringify(where)}`, async (keys) => {
      const rows = await this.fetchFirst(entity, field, keys, where);
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

  /**
   * The first maxPerParent rows of each key, in one statement: a lateral subquery
   * per key walks the key's index and stops at the limit, so a parent with a
   * million children costs what one with maxPerParent does.
   */
  private async fetchFirst<T extends object>(
    entity: EntityClass<T>,
    field: string,
    keys: readonly string[],
    where: Record<string, string>,
  ): Promise<T[]> {
    const meta = this.em.getMetadata().get(entity);
    const column = (name: string) => {
      const prop = meta.properties[name as never] as { fieldNames: string[]; columnTypes: string[] };
      return { name: prop.fieldNames[0]!, type: prop.columnTypes[0]! };
    };
    const key = column(field);
    const extra = Object.keys(where).map((name) => `and t."${column(name).name}" = ?`);
    // A relation lists live rows: a price, stock row or child deleted in Odoo is gone from it too.
    if (meta.properties['deletedAt' as never]) extra.push(`and t."${column('deletedAt').name}" is null`);
    // Through the ORM's connection (not db/sql.ts), so its query log shows it like the other loaders' queries;
    // the keys are short (ids, external ids), so inlining them costs nothing.
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select t.* from unnest(array[?]::${key.type}[]) as k(key)
        cross join lateral (select * from "${meta.tableName}" t where t."${key.name}" = k.key ${extra.join(' ')}
                             order by t."id" limit ?) t`,
      [[...keys], ...Object.values(where), this.maxPerParent],
    );
    return rows.map((row) => this.em.map(entity, row as never));
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
