import type { EntityManager } from '@mikro-orm/postgresql';
import { prepared } from '../../db/prepared-statements.js';
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
  await noteCreates(outside, [{ entityType, entityId, odooId }]);
}

/** One note of a create (see noteCreate). */
export interface CreateNote {
  entityType: EntityType;
  entityId: string;
  odooId: number | null;
}

/**
 * noteCreate for several hub records in one statement (one commit): each note is
 * as noteCreate would write it. Notes of one record are merged first (an
 * upsert may not touch a row twice), keeping the id any of them carries.
 * A named statement (prepared-statements.ts): the notes of every push's creates
 * go through it, however many, as arrays.
 */
export async function noteCreates(outside: EntityManager, notes: readonly CreateNote[]): Promise<void> {
  const merged = new Map<string, CreateNote>();
  for (const note of notes) {
    const key = `${note.entityType}:${note.entityId}`;
    const before = merged.get(key);
    merged.set(key, { ...note, odooId: note.odooId ?? before?.odooId ?? null });
  }
  const rows = [...merged.values()];
  await sqlQuery(
    outside,
    prepared(`insert into "odoo_create" ("entity_type", "entity_id", "attempted_at", "odoo_id")
     select t, e, now(), o from unnest($1::text[], $2::uuid[], $3::int[]) as n(t, e, o)
     on conflict ("entity_type", "entity_id") do update set "odoo_id" = coalesce(excluded."odoo_id", "odoo_create"."odoo_id")`),
    [rows.map((r) => r.entityType), rows.map((r) => r.entityId), rows.map((r) => r.odooId)],
  );
}
