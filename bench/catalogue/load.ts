/**
 * The load generator: `connections` requests in flight at all times (undici,
 * one keep-alive connection each), for a fixed time; each response is read to
 * its end and checked (status 200, no `errors`).
 */
import { Pool } from 'undici';
import { nowMs, percentile } from '../support.js';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Requests per latency bucket: `counts[i]` took less than `LATENCY_BUCKETS_MS[i]` (the last: the rest). */
  histogram: number[];
}

/** Upper bounds (ms) of the latency histogram's buckets; one more bucket holds the rest. */
export const LATENCY_BUCKETS_MS = [50, 100, 150, 200, 250, 300, 400, 500, 750, 1000];

function histogram(sorted: number[]): number[] {
  const counts = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  let bucket = 0;
  for (const latency of sorted) {
    while (bucket < LATENCY_BUCKETS_MS.length && latency >= LATENCY_BUCKETS_MS[bucket]!) bucket++;
    counts[bucket]!++;
  }
  return counts;
}

export async function post(url: string, body: string, token: string | null): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const json = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || json.errors) throw new Error(`${url}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

export async function load(
  url: string,
  body: string,
  token: string | null,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const pool = new Pool(url, { connections, pipelining: 1 });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const latencies: number[] = [];
  const started = nowMs();
  const until = started + seconds * 1000;
  const client = async () => {
    while (nowMs() < until) {
      const sent = nowMs();
      const res = await pool.request({ path: '/graphql', method: 'POST', headers, body });
      const text = await res.body.text();
      if (res.statusCode !== 200 || text.includes('"errors":')) {
        throw new Error(`${url}: ${res.statusCode} ${text.slice(0, 500)}`);
      }
      latencies.push(nowMs() - sent);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, client));
  } finally {
    await pool.close();
  }
  const elapsed = (nowMs() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    histogram: histogram(latencies),
  };
}
