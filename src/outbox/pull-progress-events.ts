import type { EntityType, PullState } from '../domain/enums.js';

/** A pull's progress as `syncStatus.pulls` and `syncProgress` show it (a row of odoo_pull_progress). */
export interface PullProgressEvent {
  entityType: EntityType;
  state: PullState;
  full: boolean;
  startedAt: Date;
  pages: number;
  records: number;
  estimatedTotal: number | null;
  finishedAt: Date | null;
  lastError: string | null;
  updatedAt: Date;
}

/**
 * The channel a pull's progress is NOTIFYed on, apart from the events' own
 * (src/outbox/hub-events.ts): a progress row is no change of data, goes to no
 * webhook, and is superseded by the next one. Every instance's EventBus LISTENs
 * to it (`listenTo`), and so does `hub pull --follow`.
 */
export const PULL_PROGRESS_CHANNEL = 'odoo_sync_hub_pull_progress';

/** A row of odoo_pull_progress as `row_to_json` writes it (the NOTIFY payload) or as the driver reads it. */
export interface PullProgressRow {
  entity_type: EntityType;
  state: PullState;
  full: boolean;
  started_at: string | Date;
  pages: number;
  records: number;
  estimated_total: number | null;
  finished_at: string | Date | null;
  last_error: string | null;
  updated_at: string | Date;
}

export function progressFromRow(row: PullProgressRow): PullProgressEvent {
  return {
    entityType: row.entity_type,
    state: row.state,
    full: row.full,
    startedAt: new Date(row.started_at),
    pages: row.pages,
    records: row.records,
    estimatedTotal: row.estimated_total,
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    lastError: row.last_error,
    updatedAt: new Date(row.updated_at),
  };
}

/** A NOTIFY payload of PULL_PROGRESS_CHANNEL (a row as JSON: the stored error is cut short enough to fit). */
export const decodePullProgress = (payload: string): PullProgressEvent =>
  progressFromRow(JSON.parse(payload) as PullProgressRow);
