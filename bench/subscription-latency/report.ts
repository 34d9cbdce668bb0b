/**
 * The live-event benchmark's report: p50/p99/max of the delivery latencies
 * (from the request's start and from its response, per instance), of the
 * mutation with and without subscribers, CPU per round, and whether the target
 * is met.
 */
import { percentile } from '../support.js';

const TARGET_P99_MS = 50;

interface Summary {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1)!, n: sorted.length };
}

/** Per subscriber's instance: A (`same`, the writer) or B (`other`, through NOTIFY). */
interface BySide {
  same: number[];
  other: number[];
}

export interface LiveReport {
  /** Each delivery's latency from just before the request. */
  fromStart: BySide;
  /** Each delivery's latency from the response's arrival. */
  fromResponse: BySide;
  /** The mutation's response times with subscribers. */
  requestMs: number[];
  /** The same with no subscriber connected: the baseline. */
  requestAlone: number[];
  /** Thread CPU (ms) per measured round. */
  busyPerEvent: { a: number; b: number; clients: number };
  missed: number;
  rounds: number;
  perInstance: number;
}

export function printReport(r: LiveReport): void {
  const { fromStart, fromResponse, requestMs, requestAlone, busyPerEvent, missed, rounds, perInstance } = r;
  const fmt = (n: number) => n.toFixed(1).padStart(7);
  const line = (label: string, s: Summary) =>
    console.log(`${label.padEnd(30)} ${fmt(s.p50)} ${fmt(s.p99)} ${fmt(s.max)} ${String(s.n).padStart(7)}`);
  console.log(`Latency (ms)                       p50     p99     max  events`);
  const all = summarize([...fromStart.same, ...fromStart.other]);
  line('from request start, all', all);
  line('  same instance (A)', summarize(fromStart.same));
  line('  other instance (B)', summarize(fromStart.other));
  line('from response received, all', summarize([...fromResponse.same, ...fromResponse.other]));
  line('  same instance (A)', summarize(fromResponse.same));
  line('  other instance (B)', summarize(fromResponse.other));
  line('the mutation (its response)', summarize(requestMs));
  line('the mutation, no subscribers', summarize(requestAlone));
  console.log(
    `\nCPU per round (thread time): A ${busyPerEvent.a.toFixed(1)} ms (the mutation and ${perInstance} deliveries), ` +
      `B ${busyPerEvent.b.toFixed(1)} ms (${perInstance} deliveries: ${((busyPerEvent.b / perInstance) * 1000).toFixed(0)} µs each), ` +
      `subscribers ${busyPerEvent.clients.toFixed(1)} ms`,
  );
  console.log(
    `${missed} deliveries missing (of ${rounds * perInstance * 2}); p99 from request start ${all.p99.toFixed(1)} ms ` +
      `(target ≤ ${TARGET_P99_MS} ms: ${all.p99 <= TARGET_P99_MS && !missed ? 'met' : 'NOT met'})`,
  );
}
