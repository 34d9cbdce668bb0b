import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import { badInput } from '../domain/errors.js';
import type { StoredRef, WrittenRecord } from './syncable-ingest.js';

/**
 * Points each partner of the batch at its parent, and each partner whose parent
 * just arrived at it (a child may come before its parent, in the same batch or an
 * earlier one). Then refuses the batch if that made anyone its own ancestor.
 */
export async function linkPartnerParents(
  tx: EntityManager,
  _written: WrittenRecord[],
  all: StoredRef[],
): Promise<void> {
  const keys = all.map((r) => r.externalId);
  await sqlQuery(
    tx,
    `update "partner" c set "parent_id" = x."parent_id"
       from (select c2."id", p2."id" as "parent_id"
               from "partner" c2 left join "partner" p2 on p2."external_id" = c2."external_parent_id"
              where c2."external_id" = any($1::text[]) or c2."external_parent_id" = any($2::text[])) x
      where c."id" = x."id" and c."parent_id" is distinct from x."parent_id"`,
    [keys, keys],
  );
  const cycles = await sqlQuery<{ external_id: string }>(
    tx,
    `with recursive chain("start", "id", "depth") as (
       select p."id", p."parent_id", 1 from "partner" p
        where p."parent_id" is not null and (p."external_id" = any($1::text[]) or p."external_parent_id" = any($2::text[]))
       union all
       select c."start", p."parent_id", c."depth" + 1 from chain c join "partner" p on p."id" = c."id"
        where p."parent_id" is not null and c."id" <> c."start" and c."depth" < 1000)
     select distinct p."external_id" from chain c join "partner" p on p."id" = c."start" where c."id" = c."start"
     order by 1 limit 5`,
    [keys, keys],
  );
  if (cycles.length) {
    throw badInput(
      `These partners would be their own ancestors through externalParentId: ${cycles.map((c) => c.external_id).join(', ')}. Nothing was written.`,
    );
  }
}
