import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';
import type { Domain, OdooClient } from '../odoo-client.js';
import { sourceDomain, WITH_ARCHIVED, type PullSource } from './pull-source.js';

/**
 * Whether records of a pulled model were deleted in Odoo since the last pull,
 * found in three calls whatever the model's size. A deletion leaves no
 * write_date behind (odoo/models.py `unlink` deletes the row), so a pull by
 * write_date never sees one; but ids come from a sequence and never return:
 * the number of records up to the highest id the last pull saw can only go
 * down, and goes down exactly when some of them were deleted (archived ones
 * count: `active_test: false`). The census (that id and that number) is kept on
 * the type's cursor row and taken again after each check.
 */
export async function deletedSinceLastPull(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  source: PullSource,
): Promise<boolean> {
  const domain = await sourceDomain(odoo, source);
  const count = async (upTo: number) =>
    (await odoo.call(source.model, 'search_count', null, {
      domain: [...domain, ['id', '<=', upTo]] as Domain,
      context: WITH_ARCHIVED,
    })) as number;
  const [census] = await sqlQuery<{ census_max_id: number | null; census_count: number | null }>(
    em.fork(),
    `select "census_max_id", "census_count" from "odoo_cursor" where "entity_type" = $1`,
    [entityType],
  );
  // The new census first: a deletion between the two is then seen now (and again next time, harmlessly).
  const [newest] = await odoo.search(source.model, domain, { limit: 1, order: 'id desc', context: WITH_ARCHIVED });
  const maxId = newest ?? 0;
  const total = maxId ? await count(maxId) : 0;
  const deleted =
    census?.census_max_id != null && census.census_count != null
      ? (await count(census.census_max_id)) < census.census_count
      : false;
  await sqlQuery(
    em.fork(),
    `insert into "odoo_cursor" ("entity_type", "census_max_id", "census_count") values ($1, $2, $3)
     on conflict ("entity_type") do update set "census_max_id" = excluded."census_max_id", "census_count" = excluded."census_count"`,
    [entityType, maxId, total],
  );
  return deleted;
}
