import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';

/** The hub's note of its own create for one hub record, or null when it never tried one. */
export async function findCreate(
  em: EntityManager,
  entityType: EntityType,
  entityId: string,
): Promise<{ attemptedAt: Date; odooId: number | null } | null> {
  const [row] = await sqlQuery<{ attempted_at: Date; odoo_id: number | null }>(
    em,
    `select "attempted_at", "odoo_id" from "odoo_create" where "entity_type" = $1 and "entity_id" = $2`,
    [entityType, entityId],
  );
  return row ? { attemptedAt: new Date(row.attempted_at), odooId: row.odoo_id } : null;
}

/**
 * Notes that a create for this hub record is about to be sent (the first try's
 * time stays), and with `odooId`, which record it made. Called outside the
 * push's transaction, so the note outlives a crash or a rollback of it.
 */
export async function noteCreate(
  outside: EntityManager,
  entityType: EntityType,
  entityId: string,
  odooId: number | null = null,
): Promise<void> {
  await sqlQuery(
    outside,
    `insert into "odoo_create" ("entity_type", "entity_id", "attempted_at", "odoo_id") values ($1, $2, now(), $3)
     on conflict ("entity_type", "entity_id") do update set "odoo_id" = coalesce(excluded."odoo_id", "odoo_create"."odoo_id")`,
    [entityType, entityId, odooId],
  );
}
