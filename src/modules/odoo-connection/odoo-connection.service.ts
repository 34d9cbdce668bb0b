import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { StoredOdooProblem } from './odoo-connection-check.entity.js';

/** A connection check's result, as stored and as `syncStatus.odooConnection` shows it. */
export interface OdooConnectionStatus {
  connection: string;
  ok: boolean;
  protocol: string | null;
  version: string | null;
  checkedAt: Date;
  problems: StoredOdooProblem[];
  notes: string[];
}

/** Stores the result of a check of `status.connection` (the last one wins). One statement. */
export async function saveConnectionCheck(em: EntityManager, status: OdooConnectionStatus): Promise<void> {
  await sqlQuery(
    em,
    `insert into "odoo_connection_check" ("connection", "ok", "protocol", "version", "checked_at", "problems", "notes")
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)
     on conflict ("connection") do update set "ok" = excluded."ok", "protocol" = excluded."protocol",
       "version" = excluded."version", "checked_at" = excluded."checked_at", "problems" = excluded."problems",
       "notes" = excluded."notes"
     where "odoo_connection_check"."checked_at" <= excluded."checked_at"`,
    [
      status.connection,
      status.ok,
      status.protocol,
      status.version,
      status.checkedAt,
      JSON.stringify(status.problems),
      JSON.stringify(status.notes),
    ],
  );
}

/**
 * The newest check, whichever connection it was of: after a change of
 * ODOO_URL the workers' start checks the new one, and an API instance
 * (configured with Odoo or not) shows what they found. Null before any worker checked.
 */
export async function latestConnectionCheck(em: EntityManager): Promise<OdooConnectionStatus | null> {
  const rows = await sqlQuery<{
    connection: string;
    ok: boolean;
    protocol: string | null;
    version: string | null;
    checked_at: Date;
    problems: StoredOdooProblem[];
    notes: string[];
  }>(em, `select * from "odoo_connection_check" order by "checked_at" desc limit 1`);
  const row = rows[0];
  if (!row) return null;
  return {
    connection: row.connection,
    ok: row.ok,
    protocol: row.protocol,
    version: row.version,
    checkedAt: new Date(row.checked_at),
    problems: row.problems,
    notes: row.notes,
  };
}
