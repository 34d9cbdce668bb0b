import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { badInput } from '../../domain/errors.js';
import { parseId } from './ids.js';
import { liveUnless } from './tombstones.js';
import { paginate, type Connection, type PageArgs } from './pagination.js';
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

/** Longest list a filter takes, so one query cannot ask for an unbounded IN (…). */
export const MAX_FILTER_LIST = 1000;

export function checkFilterList(values: readonly string[] | null | undefined, name: string): void {
  if (values && values.length > MAX_FILTER_LIST) {
    throw badInput(`\`${name}\` takes at most ${MAX_FILTER_LIST} values; got ${values.length}.`);
  }
}

export function syncableWhere<T extends SyncableEntity>(
  filter: SyncableFilterValues | null | undefined,
): FilterQuery<T> {
  const where: Record<string | symbol, unknown> = liveUnless(filter?.includeDeleted);
  if (!filter) return where as FilterQuery<T>;
  if (filter.externalIds != null) {
    checkFilterList(filter.externalIds, 'filter.externalIds');
    where.externalId = { $in: [...filter.externalIds] };
  }
  if (filter.processingState != null) where.processingState = filter.processingState;
  if (filter.changedSince != null) where.updatedAt = { $gt: filter.changedSince };
  if (filter.isNew != null) where.isNew = filter.isNew;
  if (filter.changedField != null) {
    // jsonb containment, served by the GIN index on changed_fields.
    where[raw((alias) => `${alias}.changed_fields @> ?::jsonb`, [JSON.stringify([filter.changedField])])] = [];
  }
  return where as FilterQuery<T>;
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

export function listSyncable<T extends SyncableEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  filter: SyncableFilterValues | null | undefined,
  page: PageArgs,
  maxPageSize: number,
  extra: FilterQuery<T> = {} as FilterQuery<T>,
): Promise<Connection<T>> {
  const where = { $and: [syncableWhere<T>(filter), extra] } as FilterQuery<T>;
  return paginate(em, entity, where, page, maxPageSize);
}
