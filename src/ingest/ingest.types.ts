import type { EntityChangeEvent } from '../outbox/hub-events.js';

/** What an ingest call reports: counts, and one change per created or updated record. */
export interface IngestOutcome {
  created: number;
  updated: number;
  unchanged: number;
  changes: EntityChangeEvent[];
}

/** Most records one ingest call takes; larger input is refused, not split. */
export const MAX_INGEST_BATCH = 1000;
