import type { SqlConditions } from '../common/pagination.js';

/**
 * What a storefront may sell (issue 16), as one condition on a product row `t`'s
 * data: Odoo says it can be sold (`sale_ok`), the shop publishes it (website_sale's
 * `is_published`; without website_sale the key is absent and does not count), and
 * it is not archived. A key the data lacks (an `ingestProducts` record without it)
 * does not exclude the product. Part of the list's one statement: the number of
 * statements per request does not change.
 */
export const FOR_SALE_SQL = `(coalesce((t."current_data"->>'sale_ok')::boolean, true)
  and coalesce((t."current_data"->>'is_published')::boolean, true)
  and coalesce((t."current_data"->>'active')::boolean, true))`;

export const FOR_SALE_DESCRIPTION =
  'true: only what a storefront may sell (sale_ok, published on the website where website_sale is installed, not archived); false: only the others. A storefront passes true.';

/** Adds the forSale condition when the argument is given. */
export function forSaleCondition(where: SqlConditions, forSale: boolean | null | undefined): SqlConditions {
  if (forSale === true) where.add(FOR_SALE_SQL);
  else if (forSale === false) where.add(`not ${FOR_SALE_SQL}`);
  return where;
}
