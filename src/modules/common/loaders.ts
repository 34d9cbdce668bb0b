import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { columnFor, jsonSelectList, readRows, rowShape, selectList, type Embedded } from './rows.js';

type Row = Record<string, unknown> & { id: string };

/**
 * A one-to-many relation read as plain rows (src/modules/common/rows.ts): the
 * live rows of `entity` whose property `key` holds the parent's `parentKey`, oldest
 * first, at most MAX_NESTED_LIST per parent.
 */
export interface RowRelation<A = Record<string, unknown>> {
  entity: EntityClass<object>;
  key: string;
  parentKey: string;
  /** Equal properties the field's arguments add, as conditions of the query (e.g. one pricelist). */
  where?: (args: A) => Record<string, string>;
}

/** Names a relation field with its conditions: `prices`, or `prices{"pricelistExternalId":"b2b"}`. */
export function relationKey(field: string, where: Record<string, string>): string {
  for (const _ in where) return field + JSON.stringify(where);
  return field;
}

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
  /**
   * The column a page's rows hold each embedded relation in, by relation key: `@0`,
   * `@1`… (no GraphQL field name has an `@`; a key can be longer than an SQL name may be).
   */
  private readonly columns = new Map<string, string>();

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

  /**
   * The children of one relation with the given conditions, as rows with every
   * column, batched per request like {@link many}: for parents that were not
   * loaded in a page (a record by id), or a field the page's preload did not see.
   */
  children(relation: RowRelation, where: Record<string, string>): DataLoader<string, object[]> {
    const name = `children:${relation.entity.name}.${relation.key}:${JSON.stringify(where)}`;
    return this.get(name, async (keys) => {
      const shape = rowShape(this.em, relation.entity);
      const groups = await this.fetchChildren(relation, keys, where, shape.columns.keys());
      return keys.map((k) => groups.get(k) ?? []);
    });
  }

  /**
   * A relation of a page's parents read in the page's own statement: a correlated
   * subquery per parent row (the same lateral walk of the key's index, live rows,
   * oldest first, at most maxPerParent, as {@link fetchChildren}) made one JSON
   * array in a column of the row, which pg parses with the row; the field
   * then resolves from it synchronously (see {@link embedded}). `key`: the
   * relation's {@link relationKey}; `requested`: the children's selected
   * properties. Null when a selected column cannot travel in JSON as it is: the
   * field is then read by {@link children}, one batched statement.
   */
  embed(
    relation: RowRelation,
    key: string,
    where: Record<string, string>,
    requested: Iterable<string>,
  ): Embedded | null {
    const shape = rowShape(this.em, relation.entity);
    const select = jsonSelectList(shape, requested, 'r', false);
    if (!select) return null;
    const childKey = columnFor(shape, relation.key).sql;
    const maxPerParent = this.maxPerParent;
    let column = this.columns.get(key);
    if (!column) this.columns.set(key, (column = `@${this.columns.size}`));
    return {
      column,
      dates: select.dates,
      sql(parent, bind) {
        const conditions = Object.entries(where).map(
          ([name, value]) => `and r."${columnFor(shape, name).sql}" = $${bind(value)}`,
        );
        if (shape.columns.has('deletedAt')) conditions.push('and r."deleted_at" is null');
        const parentKey = columnFor(parent, relation.parentKey).sql;
        // An ARRAY(subquery) keeps the subquery's order (json_agg would need an ORDER BY of its
        // own: a sort per parent row), and an empty one is `[]`.
        return `to_json(array(select c from (select ${select.sql} from "${shape.table}" r
            where r."${childKey}" = t."${parentKey}" ${conditions.join(' ')}
            order by r."id" limit ${maxPerParent}) c)) as "${column}"`;
      },
    };
  }

  /**
   * The first maxPerParent live rows of each key, oldest first, with the `requested`
   * properties, grouped by key: one bound-parameter statement (a lateral subquery per
   * key walks the key's index and stops at the limit, as {@link fetchFirst}).
   */
  private async fetchChildren(
    relation: RowRelation,
    keys: readonly string[],
    where: Record<string, string>,
    requested: Iterable<string>,
  ): Promise<Map<string, object[]>> {
    const shape = rowShape(this.em, relation.entity);
    const key = columnFor(shape, relation.key);
    const select = selectList(shape, [...requested, relation.key], 'c');
    const params: unknown[] = [[...keys]];
    const conditions = Object.entries(where).map(([name, value]) => {
      params.push(value);
      return `and c."${columnFor(shape, name).sql}" = $${params.length}`;
    });
    if (shape.columns.has('deletedAt')) conditions.push('and c."deleted_at" is null');
    params.push(this.maxPerParent);
    const rows = await readRows<Record<string, string>>(
      this.em,
      `select ${select.sql} from unnest($1::${key.type}[]) as k(key)
        cross join lateral (select * from "${shape.table}" c where c."${key.sql}" = k.key ${conditions.join(' ')}
                             order by c."id" limit $${params.length}) c`,
      params,
      select,
    );
    const groups = new Map<string, object[]>();
    for (const row of rows) {
      const k = row[relation.key]!;
      const group = groups.get(k);
      if (group) group.push(row);
      else groups.set(k, [row]);
    }
    return groups;
  }

  /** The rows of the relation `key` read with the page `parent` is in (see {@link embed}), if they were. */
  embedded(parent: object, key: string): object[] | undefined {
    const column = this.columns.get(key);
    return column === undefined ? undefined : (parent as Record<string, object[] | undefined>)[column];
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

/**
 * The resolver of a relation field read as rows: the rows loaded with the
 * parent's page when there are (synchronously: no promise per parent), else a
 * batched load. A plain graphql-js resolver, installed as such on the schema
 * (src/graphql/direct-resolvers.ts) so that no per-field wrapper runs.
 */
export function relationResolver<A>(field: string, relation: RowRelation<A>) {
  return (parent: object, args: A, ctx: { loaders: Loaders }): object[] | Promise<object[]> => {
    const where = relation.where?.(args) ?? {};
    return (
      ctx.loaders.embedded(parent, relationKey(field, where)) ??
      ctx.loaders.children(relation as RowRelation, where).load((parent as Record<string, string>)[relation.parentKey]!)
    );
  };
}
