import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type Connection, type PageArgs } from '../common/pagination.js';
import { liveUnless } from '../common/tombstones.js';
import { whereOf } from '../common/where.js';
import { Stock } from './stock.entity.js';

export interface StockFilterValues {
  supplierExternalId?: string | null;
  productExternalIds?: readonly string[] | null;
  changedOnly?: boolean | null;
  includeDeleted?: boolean | null;
}

export function listStocks(
  em: EntityManager,
  filter: StockFilterValues | null | undefined,
  page: PageArgs,
  maxPageSize: number,
  /** For a non-default consumer: what `changedOnly` means for it, in place of the flag column (consumerFlagWhere). */
  changedWhere?: Record<string, unknown> | null,
): Promise<Connection<Stock>> {
  const where = {
    ...liveUnless(filter?.includeDeleted),
    ...whereOf({
      equals: { supplierExternalId: filter?.supplierExternalId },
      oneOf: { productExternalId: { values: filter?.productExternalIds, argument: 'filter.productExternalIds' } },
      flags: { isQuantityChanged: filter?.changedOnly && !changedWhere },
    }),
    ...(filter?.changedOnly ? changedWhere : null),
  };
  return paginate(em, Stock, where, page, maxPageSize);
}
