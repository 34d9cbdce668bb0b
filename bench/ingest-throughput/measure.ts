/**
 * What the ingest benchmark measures around a pass: wall time, this process's
 * CPU, the PostgreSQL backends' CPU (from /proc, when the server runs on this
 * host), and the product table's write counters and row versions.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { nowMs, type BenchDatabase } from '../support.js';
import { withClient } from './passes.js';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU in ticks of 10 ms. */
const CLOCK_TICK_MS = 10;

/**
 * CPU time (ms) of each server process connected to the database but `monitor`'s
 * own, from /proc: only when PostgreSQL runs on this host (else null).
 */
export async function backendCpu(monitor: pg.Client): Promise<Map<number, number> | null> {
  const { rows } = await monitor.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    let stat: string;
    try {
      if ((await readFile(`/proc/${pid}/comm`, 'utf8')).trim() !== 'postgres') return null; // another host's pid
      stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile, or no /proc
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS); // utime + stime
  }
  return cpu.size || !rows.length ? cpu : null;
}

export interface Cost {
  ms: number;
  /** CPU of this process (hub and client; every thread, GC included). */
  nodeCpuMs: number;
  /** CPU of the PostgreSQL backends serving the database; null when not measurable. */
  pgCpuMs: number | null;
}

/** Runs `fn` and measures its wall time, this process's CPU and the database backends' CPU. */
export async function measured(monitor: pg.Client, fn: () => Promise<unknown>): Promise<Cost> {
  const pgBefore = await backendCpu(monitor);
  const nodeBefore = process.cpuUsage();
  const started = nowMs();
  await fn();
  const ms = nowMs() - started;
  const node = process.cpuUsage(nodeBefore);
  const pgAfter = await backendCpu(monitor);
  let pgCpuMs: number | null = null;
  if (pgBefore && pgAfter) {
    pgCpuMs = 0;
    for (const [pid, after] of pgAfter) pgCpuMs += after - (pgBefore.get(pid) ?? 0);
  }
  return { ms, nodeCpuMs: (node.user + node.system) / 1000, pgCpuMs };
}

export interface TableState {
  inserted: number;
  updated: number;
  rows: number;
  /** md5 over every row's (xmin, ctid): any insert, update or delete changes it. */
  versions: string;
}

/**
 * The product table's write counters and row versions. Statistics reach the
 * shared counters when a backend flushes them (at the latest when it exits), so
 * this waits until no other connection to the database is left: call it with
 * the hub stopped.
 */
export async function tableState(dbUrl: string): Promise<TableState> {
  return withClient(dbUrl, async (c) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await c.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      if (!rows[0]!.n) break;
      if (Date.now() > deadline) throw new Error(`${rows[0]!.n} connection(s) to the bench database still open`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // This session's own pending statistics (PostgreSQL 15+); the hub's backends flushed theirs on exit.
    await c.query('select pg_stat_force_next_flush()').catch(() => undefined);
    await c.query('select pg_stat_clear_snapshot()');
    const stats = await c.query<{ ins: string; upd: string }>(
      `select n_tup_ins as ins, n_tup_upd as upd from pg_stat_user_tables where relname = 'product'`,
    );
    const rows = await c.query<{ n: number; versions: string }>(
      `select count(*)::int as n, md5(coalesce(string_agg(xmin::text || ctid::text, ',' order by "id"), '')) as versions
         from "product"`,
    );
    return {
      inserted: Number(stats.rows[0]!.ins),
      updated: Number(stats.rows[0]!.upd),
      rows: rows.rows[0]!.n,
      versions: rows.rows[0]!.versions,
    };
  });
}

/** Empties the product table and checkpoints, so that every pass starts alike. */
export async function reset(db: BenchDatabase): Promise<void> {
  await withClient(db.dbUrl, (c) => c.query('truncate "product"'));
  await withClient(db.adminUrl, (c) => c.query('checkpoint')).catch(() => undefined);
}
