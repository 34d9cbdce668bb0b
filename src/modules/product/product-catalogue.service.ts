import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  SqlConditions,
  type Connection,
  type PageArgs,
} from '../common/pagination.js';
import { readRows } from '../common/rows.js';
import { forSaleCondition } from './for-sale.js';
import type { ShopCategory } from './shop-category.type.js';

/**
 * A product template as a page lists it: its key, and the id of its oldest listed
 * variant (its place in the order; UUIDv7 ids sort as text as they do as uuids).
 */
export interface TemplateRow {
  id: string;
  externalId: string;
}

/** Where a shop category's path separates its names (website_sale's display_name, product.category's complete_name). */
const PATH_SEPARATOR = ' / ';

/**
 * A page of product templates: the distinct `templateExternalId`s of live
 * products (for sale, with `forSale`), ordered by their oldest such variant and
 * paged by keyset on it, in one statement; `totalCount` another, when asked.
 */
export async function listProductTemplates(
  em: EntityManager,
  args: { forSale?: boolean | null; externalIds?: readonly string[] | null },
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<TemplateRow>> {
  const first = pageSize(page.first, maxPageSize);
  const where = new SqlConditions().add('t."deleted_at" is null').add('t."template_external_id" is not null');
  forSaleCondition(where, args.forSale);
  if (args.externalIds != null) where.add('t."template_external_id" = any(?)', [...args.externalIds]);
  let rows: TemplateRow[] = [];
  if (first > 0) {
    const paged = where.copy();
    const after = page.after != null ? `having min(t."id"::text) > $${paged.param(decodeCursor(page.after))}` : '';
    const limit = paged.param(first + 1);
    rows = await readRows<TemplateRow>(
      em,
      `select min(t."id"::text) as "id", t."template_external_id" as "externalId" from "product" t ${paged.sql}
        group by t."template_external_id" ${after} order by 1 limit $${limit}`,
      paged.params,
    );
  }
  const hasNextPage = rows.length > first;
  if (hasNextPage) rows.length = first;
  let counted: Promise<number> | undefined;
  return {
    edges: rows.map((node) => ({ cursor: encodeCursor(node.id), node })),
    nodes: rows,
    pageInfo: { hasNextPage, endCursor: rows.length ? encodeCursor(rows.at(-1)!.id) : null },
    count: () =>
      (counted ??= readRows<{ n: string }>(
        em,
        `select count(distinct t."template_external_id") as "n" from "product" t ${where.sql}`,
        where.params,
      ).then(([row]) => Number(row!.n))),
  };
}

/**
 * The shop's category tree, from the paths live products carry (for sale, with
 * `forSale`): website_sale's `public_categ_ids` where the data has them, else
 * the internal category's path (`categ_id.name`). One statement; the parents a
 * path names are in the list even when no product is directly in them.
 */
export async function listShopCategories(
  em: EntityManager,
  forSale: boolean | null | undefined,
): Promise<ShopCategory[]> {
  const where = new SqlConditions().add('t."deleted_at" is null');
  forSaleCondition(where, forSale);
  where.add('c."path" is not null');
  const counts = await readRows<{ path: string; n: string }>(
    em,
    `select c."path", count(*) as "n" from "product" t
      cross join lateral jsonb_array_elements_text(
        case when jsonb_typeof(t."current_data"->'public_categ_ids') = 'array' then t."current_data"->'public_categ_ids'
             else jsonb_build_array(t."current_data"->'categ_id'->>'name') end) as c("path")
      ${where.sql} group by c."path"`,
    where.params,
  );
  const categories = new Map<string, ShopCategory>();
  for (const { path, n } of counts) {
    const names = path.split(PATH_SEPARATOR);
    for (let depth = 0; depth < names.length; depth++) {
      const own = names.slice(0, depth + 1).join(PATH_SEPARATOR);
      if (!categories.has(own)) {
        categories.set(own, {
          path: own,
          name: names[depth]!,
          parentPath: depth ? names.slice(0, depth).join(PATH_SEPARATOR) : null,
          depth,
          productCount: 0,
        });
      }
    }
    categories.get(path)!.productCount += Number(n);
  }
  return [...categories.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
