/**
 * The ingest benchmark's report: the median pass of each mode, products/s
 * against the raw baseline, per-batch wall time and CPU, the rows the unchanged
 * and changed passes wrote, and whether the target is met.
 */
import type { Cost, TableState } from './measure.js';
import type { Counts } from './passes.js';
import { CHANGED_SHARE } from './products.js';

const TARGET_RATIO = 0.5;

/** A pass on the hub's data: its result counts, its cost and the table's state around it. */
interface DataPass {
  counts: Counts;
  cost: Cost;
  before?: TableState;
  after: TableState;
}

export interface IngestReport {
  rounds: number;
  /** Products per second of a pass. */
  rate: (cost: Cost) => number;
  /** A pass's total spread over its batches, formatted. */
  perBatch: (ms: number | null) => string;
  /** Every timed pass of new products, per mode. */
  costs: { api: Cost[]; raw: Cost[] };
  /** The same data again. */
  same: DataPass & { before: TableState };
  /** CHANGED_SHARE % of the products changed in one field. */
  changed: DataPass;
}

export function printReport({ rounds, rate, perBatch, costs, same, changed }: IngestReport): void {
  /** The median pass (by wall time) of a mode. */
  const median = (list: Cost[]) => {
    const sorted = [...list].sort((x, y) => x.ms - y.ms);
    const [lo, hi] = [sorted[Math.floor((sorted.length - 1) / 2)]!, sorted[Math.ceil((sorted.length - 1) / 2)]!];
    const mean = (a: number | null, b: number | null) => (a === null || b === null ? null : (a + b) / 2);
    return {
      ms: (lo.ms + hi.ms) / 2,
      nodeCpuMs: mean(lo.nodeCpuMs, hi.nodeCpuMs)!,
      pgCpuMs: mean(lo.pgCpuMs, hi.pgCpuMs),
    };
  };
  const api = median(costs.api);
  const raw = median(costs.raw);
  const ratio = rate(api) / rate(raw);
  const written = (a: TableState, b: TableState) =>
    `${String(b.inserted - a.inserted).padStart(5)} / ${String(b.updated - a.updated).padEnd(5)}`;
  const row = (label: string, cost: Cost, rows: string) =>
    console.log(
      `${label.padEnd(24)} ${rate(cost).toFixed(0).padStart(10)} ${(rate(cost) / rate(raw)).toFixed(2).padStart(7)}` +
        `  ${perBatch(cost.ms)} ${perBatch(cost.nodeCpuMs)}  ${perBatch(cost.pgCpuMs)}   ${rows}`,
    );
  console.log(
    `\nPass                     products/s  vs raw  per batch: wall, CPU node, CPU postgres   inserted / updated (pg_stat)`,
  );
  row('raw SQL upsert, new', raw, '');
  row('API ingest, new', api, '');
  row(
    'API ingest, unchanged',
    same.cost,
    `${written(same.before, same.after)} (row versions ${same.after.versions === same.before.versions ? 'untouched' : 'CHANGED'})`,
  );
  row(`API ingest, ${CHANGED_SHARE}% changed`, changed.cost, written(same.after, changed.after));
  console.log(
    `\nResults: unchanged pass ${same.counts.created} created, ${same.counts.updated} updated, ${same.counts.unchanged} unchanged; ` +
      `changed pass ${changed.counts.created} created, ${changed.counts.updated} updated, ${changed.counts.unchanged} unchanged; ` +
      `${changed.after.rows} rows in the table`,
  );
  console.log(
    `API / raw (new products, median of ${rounds} passes each): ${ratio.toFixed(3)} ` +
      `(target ≥ ${TARGET_RATIO.toFixed(2)}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
}
