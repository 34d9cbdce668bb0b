import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { badInput } from '../../domain/errors.js';
import { parseId } from './ids.js';
import { paginateRows, SqlConditions, type Connection, type PageArgs } from './pagination.js';
import { columnOf, rowShape, selectList, type Embedded, type RowShape } from './rows.js';
import type { SyncableEntity } from './base.entity.js';
import type { ProcessingState } from '../../domain/enums.js';

/** The filter values of SyncableFilter, as plain data. */
export interface SyncableFilterValues {
  externalIds?: readonly string[] | null;
  processingState?: ProcessingState | null;
  changedSince?: Date | null;
  changedField?: string | null;
  isNew?: boolean | null;
  includeDeleted?: boolean | null;
}

/**
 * A Syncable record as a list reads it: a plain row with the properties the
 * request selected (src/modules/common/rows.ts), beside the keys. An entity is
 * one too, so field resolvers take either.
 */
export interface SyncableRow {
  id: string;
  externalId: string;
}

/** Longest list a filter takes, so one query cannot ask for an unbounded IN (…). */
export const MAX_FILTER_LIST = 1000;

export function checkFilterList(values: readonly string[] | null | undefined, name: string): void {
  if (values && values.length > MAX_FILTER_LIST) {
    throw badInput(`\`${name}\` takes at most ${MAX_FILTER_LIST} values; got ${values.length}.`);
  }
}

/**
 * The conditions of SyncableFilter (and `extra`, equal properties a list adds,
 * e.g. a sale order's direction) on `shape`'s table `t`, as bound parameters.
 */
export function syncableConditions(
  shape: RowShape,
  filter: SyncableFilterValues | null | undefined,
  extra: Readonly<Record<string, unknown>> = {},
): SqlConditions {
  const where = new SqlConditions();
  if (!filter?.includeDeleted) where.add('t."deleted_at" is null');
  if (filter?.externalIds != null) {
    checkFilterList(filter.externalIds, 'filter.externalIds');
    where.add('t."external_id" = any(?)', [...filter.externalIds]);
  }
  if (filter?.processingState != null) where.add('t."processing_state" = ?', filter.processingState);
  if (filter?.changedSince != null) where.add('t."updated_at" > ?', filter.changedSince);
  if (filter?.isNew != null) where.add('t."is_new" = ?', filter.isNew);
  // jsonb containment, served by the GIN index on changed_fields.
  if (filter?.changedField != null) where.add('t."changed_fields" @> ?::jsonb', JSON.stringify([filter.changedField]));
  for (const [property, value] of Object.entries(extra)) where.add(`t.${columnOf(shape, property)} = ?`, value);
  return where;
}

/** A single Syncable record by `id` or `externalId` (both given: both must match); a tombstone too. */
export async function findSyncable<T extends SyncableEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: { id?: string | null; externalId?: string | null },
): Promise<T | null> {
  if (key.id == null && key.externalId == null) throw badInput('Give `id` or `externalId`.');
  const where: Record<string, unknown> = {};
  if (key.id != null) where.id = parseId(key.id);
  if (key.externalId != null) where.externalId = key.externalId;
  return em.findOne(entity, where as FilterQuery<T>);
}

/** What a list reads of each row besides the keys (see {@link listSyncable}). */
export interface ListColumns {
  /** Properties whose columns are read. */
  requested?: Iterable<string>;
  /** jsonb properties passed to the response as text (see raw-json.ts). */
  rawJson?: ReadonlySet<string>;
  /** Relations read in the same statement (Loaders.embed). */
  embedded?: readonly Embedded[];
}

/**
 * A page of a Syncable type as plain rows (src/modules/common/rows.ts) with the
 * columns of `requested` properties and the `embedded` relations: filtered,
 * oldest first, by keyset.
 */
export function listSyncable<T extends SyncableEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  filter: SyncableFilterValues | null | undefined,
  page: PageArgs,
  maxPageSize: number,
  extra: Readonly<Record<string, unknown>> = {},
  { requested = [], rawJson = new Set(), embedded = [] }: ListColumns = {},
  more?: (where: SqlConditions) => void,
): Promise<Connection<SyncableRow>> {
  const shape = rowShape(em, entity);
  const where = syncableConditions(shape, filter, extra);
  more?.(where);
  const select = { ...selectList(shape, requested, 't', rawJson), embedded };
  return paginateRows<SyncableRow>(em, shape, select, where, page, maxPageSize);
}
