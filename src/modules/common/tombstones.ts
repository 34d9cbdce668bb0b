/**
 * Tombstones in the API: a record deleted in Odoo keeps its row with
 * `deletedAt` set (src/ingest/tombstone.ts). Lists leave such rows out unless
 * the filter says `includeDeleted: true`; a single record by id or external id
 * is answered either way, with its deletedAt.
 */
export const INCLUDE_DELETED = 'Include records deleted in Odoo (deletedAt set).';

/** The where-condition of a list: live rows only, unless deleted ones were asked for. */
export function liveUnless(includeDeleted: boolean | null | undefined): Record<string, unknown> {
  return includeDeleted ? {} : { deletedAt: null };
}
