import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { CompiledQuery } from 'kysely';
import { rawJsonObject } from './raw-json.js';

/**
 * The read path's rows (issue 15): what a list reads comes back as plain
 * objects keyed by property name, never as entities the ORM manages (no
 * identity map, no snapshot, no entity constructor), with only the columns a
 * request selected. The ORM's metadata still names the table and the columns,
 * so entity and row agree on every property; writes keep the ORM.
 */

/** A column of a row: its SQL name and whether it arrives as text to turn into a Date. */
interface Column {
  sql: string;
  /** The SQL type, for casts of bound arrays of its values. */
  type: string;
  date: boolean;
}

/** How rows of one entity are read: its table, and the column behind each property. */
export interface RowShape {
  table: string;
  /** Property name → column; a many-to-one reference `parent` is the property `parentId`. */
  columns: ReadonlyMap<string, Column>;
  /** Properties every row carries: the id and the keys that relations and cursors need. */
  always: readonly string[];
}

const shapes = new WeakMap<object, RowShape>();

/**
 * The shape of `entity`'s rows, from the ORM's metadata (once per class). A
 * many-to-one reference becomes its key: `parent` (column parent_id) is read as
 * `parentId`, which is also what the entity's getter of that name answers, so a
 * field resolver reads the same property from either.
 */
export function rowShape(em: EntityManager, entity: EntityClass<object>): RowShape {
  let shape = shapes.get(entity);
  if (shape) return shape;
  const meta = em.getMetadata().get(entity);
  const columns = new Map<string, Column>();
  const always: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    if (prop.kind === 'scalar') {
      columns.set(prop.name, {
        sql: prop.fieldNames[0]!,
        type: prop.columnTypes[0]!,
        date: prop.runtimeType === 'Date',
      });
    } else if (prop.kind === 'm:1') {
      columns.set(`${prop.name}Id`, { sql: prop.fieldNames[0]!, type: prop.columnTypes[0]!, date: false });
      always.push(`${prop.name}Id`);
    }
  }
  // templateExternalId: what Product.template answers from, whatever else the request selects.
  for (const name of ['id', 'externalId', 'productExternalId', 'templateExternalId'])
    if (columns.has(name)) always.push(name);
  shape = { table: meta.tableName, columns, always };
  shapes.set(entity, shape);
  return shape;
}

/**
 * The select list (`t."col" as "prop", …`) of the requested properties that are
 * columns, and the keys. `raw`: jsonb properties the response takes as they are
 * (JSONObject fields), read as text and passed on as RawJson.
 */
export function selectList(
  shape: RowShape,
  requested: Iterable<string>,
  alias = 't',
  raw: ReadonlySet<string> = new Set(),
): Selection {
  const names = new Set(shape.always);
  for (const name of requested) if (shape.columns.has(name)) names.add(name);
  const parts: string[] = [];
  const dates: string[] = [];
  const rawJson: string[] = [];
  for (const name of names) {
    const column = shape.columns.get(name)!;
    if (raw.has(name)) {
      parts.push(`${alias}."${column.sql}"::text as "${name}"`);
      rawJson.push(name);
    } else {
      parts.push(`${alias}."${column.sql}" as "${name}"`);
      if (column.date) dates.push(name);
    }
  }
  return { sql: parts.join(', '), dates, rawJson };
}

export interface Selection {
  sql: string;
  /** The properties read as text that become Dates (the ORM's pool keeps timestamps as text). */
  dates: readonly string[];
  /** The jsonb properties read as text that become RawJson. */
  rawJson?: readonly string[];
  /** Relations read in the same statement, a JSON array of rows each (src/modules/common/loaders.ts). */
  embedded?: readonly Embedded[];
}

/**
 * A one-to-many relation read inside its parents' statement: a correlated
 * subquery whose `json_agg` is a column of each parent row, named `column`.
 */
export interface Embedded {
  column: string;
  /** The children's properties that become Dates. */
  dates: readonly string[];
  /** The subquery on `parent`'s table `t`, binding its values through `bind` (which answers the placeholder number). */
  sql(parent: RowShape, bind: (value: unknown) => number): string;
}

/** Column types whose value `to_json` writes as what pg's parser would give (string, number, boolean, object). */
const JSON_NATIVE = new Set([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'char',
  'character',
  'boolean',
  'bool',
  'smallint',
  'int2',
  'int',
  'integer',
  'int4',
  'real',
  'float4',
  'double precision',
  'float8',
  'json',
  'jsonb',
]);

/**
 * Column types pg hands over as PostgreSQL's text (no parser, or the ORM's pool keeps
 * them as text): read as `::text` inside JSON too, so the string is the same.
 */
const JSON_TEXT = new Set([
  'numeric',
  'decimal',
  'bigint',
  'int8',
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
  'date',
  'interval',
]);

/**
 * The select list of {@link selectList} for rows that travel inside a JSON array
 * (`json_agg`): each value as the separate statement would have given it once
 * JSON.parse'd, or null when a column's type has no such form (an array, bytea…),
 * and the relation must be read by a statement of its own.
 */
export function jsonSelectList(
  shape: RowShape,
  requested: Iterable<string>,
  alias: string,
  keys = true,
): { sql: string; dates: string[] } | null {
  const wanted = [...requested];
  // `keys` false: the keys only when a field that is no column (a relation's resolver, which reads
  // them) is requested; rows of plain columns travel without them.
  const names = new Set(
    keys || wanted.some((name) => !shape.columns.has(name) && !name.startsWith('__')) ? shape.always : [],
  );
  for (const name of wanted) if (shape.columns.has(name)) names.add(name);
  // A row needs a column to be one (e.g. `prices { __typename }`).
  if (names.size === 0) names.add('id');
  const parts: string[] = [];
  const dates: string[] = [];
  for (const name of names) {
    const column = shape.columns.get(name)!;
    const type = column.type
      .toLowerCase()
      .replace(/\(.*\)$/, '')
      .trim();
    if (JSON_NATIVE.has(type)) parts.push(`${alias}."${column.sql}" as "${name}"`);
    else if (JSON_TEXT.has(type)) parts.push(`${alias}."${column.sql}"::text as "${name}"`);
    else return null;
    if (column.date) dates.push(name);
  }
  return { sql: parts.join(', '), dates };
}

/** The SQL column of a property (a where-condition's), quoted, or an error naming it. */
export function columnOf(shape: RowShape, property: string): string {
  return `"${columnFor(shape, property).sql}"`;
}

/** The column behind a property, or an error naming it. */
export function columnFor(shape: RowShape, property: string): Column {
  const column = shape.columns.get(property);
  if (!column) throw new Error(`${shape.table} has no column for ${property}`);
  return column;
}

/**
 * The row arrays {@link readRows} read for one HTTP request, which its sender empties
 * once the answer is out (src/http/piecewise-response.ts). Each array is also the value
 * of promises made before the statement was sent (readRows', the list's, the
 * resolver's); under load those are in V8's old generation by the time they settle, and
 * a scavenge keeps whatever an old object points at, dead or not, until a full GC:
 * every row and its texts would be copied by each scavenge, then promoted (issue 15,
 * the catalogue page's p99). Emptied, the rows are garbage at the next scavenge.
 */
export const requestRows = new AsyncLocalStorage<RowsRead>();

/** The row arrays read for one request until its answer is sent (then `sent`: later reads are not kept). */
export interface RowsRead {
  arrays: unknown[][];
  sent: boolean;
}

/**
 * Runs one SELECT with bound parameters ($1, $2, …) through the ORM's
 * connection (inside `em`'s transaction when it has one), logged by the ORM's
 * query logger like its own statements, and turns the selection's timestamps
 * into Dates as the ORM does (`new Date(text)`).
 */
export async function readRows<T extends object>(
  em: EntityManager,
  text: string,
  params: readonly unknown[],
  { dates = [], rawJson = [], embedded = [] }: Partial<Selection> = {},
): Promise<T[]> {
  const started = Date.now();
  const result = await em.getKysely().executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...params]));
  // The rows leave pg's own array, which is then emptied. pg makes that array with the query,
  // before it is sent; under load the query waits past a scavenge or two and V8 moves it to
  // the old generation. Rows pushed into it later are young objects held from an old one, and
  // a scavenge keeps whatever an old object points at, dead or not: every row, and its texts,
  // would be copied by each scavenge until a full GC (issue 15: the catalogue page's p99).
  const rows = result.rows.slice();
  result.rows.length = 0;
  const read = requestRows.getStore();
  if (read && !read.sent) read.arrays.push(rows);
  em.config
    .getLogger()
    .logQuery({ query: text, params: [...params], took: Date.now() - started, results: rows.length, level: 'info' });
  if (dates.length || rawJson.length) {
    for (const row of rows) {
      for (const name of dates) {
        const value = row[name];
        if (typeof value === 'string') row[name] = new Date(value);
      }
      for (const name of rawJson) {
        const value = row[name];
        if (typeof value === 'string') row[name] = rawJsonObject(value);
      }
    }
  }
  for (const { column, dates: childDates } of embedded) {
    if (!childDates.length) continue;
    for (const row of rows) {
      for (const child of row[column] as Record<string, unknown>[]) {
        for (const name of childDates) {
          const value = child[name];
          if (typeof value === 'string') child[name] = new Date(value);
        }
      }
    }
  }
  return rows as T[];
}
