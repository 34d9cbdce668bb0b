import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type Connection, type PageArgs } from '../common/pagination.js';
import { liveUnless } from '../common/tombstones.js';
import { whereOf } from '../common/where.js';
import { PricelistItem } from './pricelist-item.entity.js';

export interface PricelistItemFilterValues {
  pricelistExternalId?: string | null;
  productExternalIds?: readonly string[] | null;
  changedOnly?: boolean | null;
  includeDeleted?: boolean | null;
}

export function listPricelistItems(
  em: EntityManager,
  filter: PricelistItemFilterValues | null | undefined,
  page: PageArgs,
  maxPageSize: number,
  /** For a non-default consumer: what `changedOnly` means for it, in place of the flag column (consumerFlagWhere). */
  changedWhere?: Record<string, unknown> | null,
): Promise<Connection<PricelistItem>> {
  const where = {
    ...liveUnless(filter?.includeDeleted),
    ...whereOf({
      equals: { pricelistExternalId: filter?.pricelistExternalId },
      oneOf: { productExternalId: { values: filter?.productExternalIds, argument: 'filter.productExternalIds' } },
      flags: { priceChanged: filter?.changedOnly && !changedWhere },
    }),
    ...(filter?.changedOnly ? changedWhere : null),
  };
  return paginate(em, PricelistItem, where, page, maxPageSize);
}
