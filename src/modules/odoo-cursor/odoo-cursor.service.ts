import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';

/** Forgets how far a type was read: the next pull reads everything again (unchanged records write nothing). */
export async function resetCursor(em: EntityManager, entityType: EntityType): Promise<void> {
  await sqlQuery(
    em.fork(),
    `update "odoo_cursor" set "write_date" = null, "last_id" = 0 where "entity_type" = $1 or "entity_type" like $2`,
    [entityType, `${entityType}:%`],
  );
}

/** When a pull of any model last finished. */
export async function lastPullAt(em: EntityManager): Promise<Date | null> {
  const [row] = await sqlQuery<{ pulled_at: Date | string | null }>(
    em.fork(),
    `select max("pulled_at") as "pulled_at" from "odoo_cursor"`,
  );
  return row?.pulled_at ? new Date(row.pulled_at) : null;
}
