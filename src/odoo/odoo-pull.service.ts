import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityType } from '../modules/common/enums.js';
import { OdooCursor } from '../modules/odoo-cursor/odoo-cursor.entity.js';
import type { IngestOutcome } from '../sync/ingest/ingest.types.js';
import type { Domain, OdooClient } from './odoo-client.js';
import { PULLED_MODELS, WITH_ARCHIVED, type PulledModel } from './odoo-models.js';

export const PULL_PAGE_SIZE = 500;

export interface PullReport {
  entityType: EntityType;
  pages: number;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
}

export function pulledModel(entityType: EntityType): PulledModel {
  const spec = PULLED_MODELS[entityType];
  if (!spec) throw new Error(`No Odoo pull for ${entityType}`);
  return spec;
}

/** Records written after the cursor, in (write_date, id) order, so equal write_dates are not skipped or repeated. */
function afterCursor(cursor: OdooCursor | null): Domain {
  if (!cursor?.writeDate) return [];
  return [
    '|',
    ['write_date', '>', cursor.writeDate],
    '&',
    ['write_date', '=', cursor.writeDate],
    ['id', '>', cursor.lastId],
  ];
}

/**
 * Incremental pull of one model: pages of `search_read` after the stored cursor,
 * each ingested through the one ingest path, then the cursor moved past it (a
 * failed page leaves the cursor where it was, so the retry reads it again).
 * `full` starts from the beginning. An Odoo error propagates (OdooError) for
 * the caller's retry policy.
 */
export async function pullFromOdoo(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  options: { full?: boolean; pageSize?: number } = {},
): Promise<PullReport> {
  const spec = pulledModel(entityType);
  const pageSize = options.pageSize ?? PULL_PAGE_SIZE;
  const report: PullReport = { entityType, pages: 0, read: 0, created: 0, updated: 0, unchanged: 0 };
  let cursor = options.full ? null : await em.fork().findOne(OdooCursor, { entityType });
  for (;;) {
    const page = await odoo.searchRead(spec.model, [...afterCursor(cursor), ...spec.domain], {
      fields: [...spec.fields, 'write_date'],
      limit: pageSize,
      order: 'write_date asc, id asc',
      context: WITH_ARCHIVED,
    });
    if (!page.length) break;
    const outcomes: IngestOutcome[] = await spec.ingest(odoo, em, page);
    const last = page.at(-1)!;
    cursor = await saveCursor(em, entityType, String(last.write_date), last.id, false);
    report.pages++;
    report.read += page.length;
    // Products write prices too; the report counts the records of the pulled model.
    report.created += outcomes[0]!.created;
    report.updated += outcomes[0]!.updated;
    report.unchanged += outcomes[0]!.unchanged;
    if (page.length < pageSize) break;
  }
  await saveCursor(em, entityType, cursor?.writeDate ?? null, cursor?.lastId ?? 0, true);
  return report;
}

async function saveCursor(
  em: EntityManager,
  entityType: EntityType,
  writeDate: string | null,
  lastId: number,
  finished: boolean,
): Promise<OdooCursor> {
  const fork = em.fork();
  const cursor =
    (await fork.findOne(OdooCursor, { entityType })) ??
    fork.create(OdooCursor, { entityType, lastId: 0 } as OdooCursor);
  cursor.writeDate = writeDate;
  cursor.lastId = lastId;
  if (finished) cursor.pulledAt = new Date();
  await fork.flush();
  return cursor;
}

/** Forgets how far a model was read: the next pull reads everything again (unchanged records write nothing). */
export async function resetCursor(em: EntityManager, entityType: EntityType): Promise<void> {
  await em.fork().nativeUpdate(OdooCursor, { entityType }, { writeDate: null, lastId: 0 });
}

/** When a pull of any model last finished. */
export async function lastPullAt(em: EntityManager): Promise<Date | null> {
  const [row] = await em
    .fork()
    .find(OdooCursor, { pulledAt: { $ne: null } }, { orderBy: { pulledAt: 'desc' }, limit: 1 });
  return row?.pulledAt ?? null;
}

/** Reads one record back from Odoo (a webhook's hint) and ingests it like a pulled one. */
export async function readBack(
  odoo: OdooClient,
  em: EntityManager,
  entityType: EntityType,
  odooModel: string,
  id: number,
): Promise<IngestOutcome[]> {
  const spec = pulledModel(entityType);
  let domain: Domain = [['id', '=', id]];
  // A template's notification stands for its variants.
  if (odooModel === 'product.template' && spec.model === 'product.product') domain = [['product_tmpl_id', '=', id]];
  const page = await odoo.searchRead(spec.model, [...domain, ...spec.domain], {
    fields: [...spec.fields, 'write_date'],
    context: WITH_ARCHIVED,
  });
  if (!page.length) return [];
  return spec.ingest(odoo, em, page);
}
