import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { nestedChanges } from '../../ingest/diff.js';
import type { EntityChangeEvent } from '../../outbox/hub-events.js';
import { notifyInTransaction } from '../../outbox/notify.js';
import type { OdooStatus } from './odoo-status.type.js';

/**
 * Records what Odoo says became of orders the hub pushed (INBOUND: their data
 * stays the shop's, only `odoo_status` is Odoo's). An unchanged status writes
 * nothing; a changed one is a change like any other: changedFields name the
 * values (`odooStatus.state`, `odooStatus.trackingRefs`), the change feed hands
 * it out again, and subscribers and webhooks hear of it (towards the webshop).
 * Returns, by id, each written row's updated_at (text) before and after, and the changes.
 */
export async function recordOdooStatus(
  tx: EntityManager,
  updates: readonly { id: string; odooId: number; status: OdooStatus }[],
): Promise<{ written: Map<string, { before: string; after: string }>; changes: EntityChangeEvent[] }> {
  const written = new Map<string, { before: string; after: string }>();
  if (!updates.length) return { written, changes: [] };
  const stored = await sqlQuery<{
    id: string;
    external_id: string;
    odoo_status: OdooStatus | null;
    odoo_id: number | null;
    at: string;
  }>(
    tx,
    `select "id", "external_id", "odoo_status", "odoo_id", "updated_at"::text as "at"
       from "sale_order" where "id" = any($1::uuid[]) order by "id" for update`,
    [updates.map((u) => u.id)],
  );
  const byId = new Map(stored.map((r) => [r.id, r]));
  const changed = updates.flatMap((u) => {
    const row = byId.get(u.id);
    if (!row) return [];
    const fields = nestedChanges('odooStatus', row.odoo_status, u.status);
    return fields.length || row.odoo_id !== u.odooId ? [{ ...u, row, fields }] : [];
  });
  if (!changed.length) return { written, changes: [] };
  // A record claimed by the webshop stays PROCESSING (its acknowledgement sees the newer updated_at), as in ingest.
  const rows = await sqlQuery<{ id: string; updated_at: Date; at: string }>(
    tx,
    `update "sale_order" t set "odoo_status" = r."status", "odoo_id" = r."odoo_id",
        "changed_fields" = case when jsonb_array_length(r."fields") > 0 then r."fields" else t."changed_fields" end,
        "processing_state" = case when jsonb_array_length(r."fields") = 0 or t."processing_state" = 'processing'
                                  then t."processing_state" else 'pending' end,
        "is_new" = case when jsonb_array_length(r."fields") > 0 then false else t."is_new" end,
        "updated_at" = case when jsonb_array_length(r."fields") > 0 then clock_timestamp() else t."updated_at" end
       from jsonb_to_recordset($1::jsonb) as r("id" uuid, "odoo_id" int, "status" jsonb, "fields" jsonb)
      where t."id" = r."id"
      returning t."id", t."updated_at", t."updated_at"::text as "at"`,
    [JSON.stringify(changed.map((c) => ({ id: c.id, odoo_id: c.odooId, status: c.status, fields: c.fields })))],
  );
  const at = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) written.set(r.id, { before: byId.get(r.id)!.at, after: r.at });
  const changes: EntityChangeEvent[] = changed
    .filter((c) => c.fields.length)
    .map((c) => ({
      entityType: EntityType.SALE_ORDER,
      id: c.id,
      externalId: c.row.external_id,
      changedFields: c.fields,
      isNew: false,
      changedAt: new Date(at.get(c.id)!.updated_at),
    }));
  await notifyInTransaction(
    tx,
    changes.map((change) => ({ kind: 'entity' as const, change })),
  );
  return { written, changes };
}
