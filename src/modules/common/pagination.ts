import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import { prepared } from '../../db/prepared-statements.js';
import { parseId } from './ids.js';
import { COUNT_COST, OwnCost } from './own-cost.js';
import { readRows, type RowShape, type Selection } from './rows.js';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for `totalCount`. */
  count: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 50;

// Cursors are opaque to clients: a version tag and the row's id, base64url-encoded.
// Keyset on the time-ordered UUIDv7 id keeps pages stable while rows are inserted.
const CURSOR_PREFIX = 'c1:';

export function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(CURSOR_PREFIX)) {
    throw badInput(
      '`after` is not a cursor this API issued; pass the `endCursor` (or an edge `cursor`) of a previous page.',
    );
  }
  try {
    return parseId(text.slice(CURSOR_PREFIX.length), 'after');
  } catch {
    throw badInput(
      '`after` is not a cursor this API issued; pass the `endCursor` (or an edge `cursor`) of a previous page.',
    );
  }
}

export function pageSize(first: number | null | undefined, max: number): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw badInput(`\`first\` must be between 0 and ${max}; got ${n}. Page through larger sets with \`after\`.`, {
      argument: 'first',
      max,
    });
  }
  return n;
}

/**
 * One page of `entity` matching `where`, oldest first, by keyset on `id`:
 * a single SELECT of `first + 1` rows (the extra row tells `hasNextPage`).
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  maxPageSize: number,
): Promise<Connection<T>> {
  const first = pageSize(args.first, maxPageSize);
  const afterId = args.after != null ? decodeCursor(args.after) : null;
  const cond = (afterId ? { $and: [where, { id: { $gt: afterId } }] } : where) as FilterQuery<T>;
  const rows =
    first === 0 ? [] : ((await em.find(entity, cond, { orderBy: { id: 'asc' } as never, limit: first + 1 })) as T[]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    // Once per connection, however many aliases of totalCount ask.
    count: () => (counted ??= em.count(entity, where)),
  };
}

/**
 * The conditions of a statement, numbered as bound parameters: `add('t."a" = ?', value)`
 * appends `t."a" = $n` and the value, so nothing a client sent is spliced into the text.
 */
export class SqlConditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(condition.replace(/\?/g, () => `$${this.param(values[i++])}`));
    return this;
  }

  /** Binds a value; its placeholder number. */
  param(value: unknown): number {
    this.params.push(value);
    return this.params.length;
  }

  copy(): SqlConditions {
    const copy = new SqlConditions();
    copy.parts.push(...this.parts);
    copy.params.push(...this.params);
    return copy;
  }

  get sql(): string {
    return this.parts.length ? `where ${this.parts.join(' and ')}` : '';
  }
}

/**
 * {@link paginate} as plain rows of `shape`'s table (src/modules/common/rows.ts):
 * one bound-parameter SELECT of the `select`ed columns, the same keyset, page size,
 * cursors and `hasNextPage`; `totalCount` a `count(*)` under the same conditions
 * (without the cursor's), run only when asked.
 */
export async function paginateRows<T extends { id: string }>(
  em: EntityManager,
  shape: RowShape,
  select: Selection,
  where: SqlConditions,
  args: PageArgs,
  maxPageSize: number,
): Promise<Connection<T>> {
  const first = pageSize(args.first, maxPageSize);
  const afterId = args.after != null ? decodeCursor(args.after) : null;
  let rows: T[] = [];
  if (first > 0) {
    const page = where.copy();
    if (afterId) page.add('t."id" > ?', afterId);
    let columns = select.sql;
    for (const embedded of select.embedded ?? []) columns += `, ${embedded.sql(shape, (value) => page.param(value))}`;
    // The page is chosen in a subquery and its columns computed above it: a plan that scans and
    // sorts more rows than the page (a seq scan and top-N sort) would compute them (jsonb as
    // text, the relations' subqueries) for every row it scans, not only for the page's.
    // A named statement (planned once per connection), its limit written out: with a `$n` limit
    // PostgreSQL would keep planning it per execution (a generic plan cannot know the page's size).
    // `first` is an integer pageSize checked; every other value is a bound parameter.
    rows = await readRows<T>(
      em,
      prepared(
        `select ${columns} from (select * from "${shape.table}" t ${page.sql} order by t."id" limit ${first + 1}) t ` +
          'order by t."id"',
      ),
      page.params,
      select,
    );
  }
  const hasNextPage = rows.length > first;
  if (hasNextPage) rows.length = first;
  let counted: Promise<number> | undefined;
  let edges: { cursor: string; node: T }[] | undefined;
  const last = rows.at(-1);
  return {
    // Cursors cost a base64 each: made when a request asks for edges.
    get edges() {
      return (edges ??= rows.map((node) => ({ cursor: encodeCursor(node.id), node })));
    },
    nodes: rows,
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last.id) : null },
    count: () =>
      (counted ??= readRows<{ n: string }>(
        em,
        `select count(*) as "n" from "${shape.table}" t ${where.sql}`,
        where.params,
      ).then(([row]) => Number(row!.n))),
  };
}

/** The `<Name>Edge` and `<Name>Connection` object types of the contract for one node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int)
    @OwnCost(COUNT_COST)
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}
