/**
 * What a server thread's event loop went through during a round: its delay
 * (perf_hooks.monitorEventLoopDelay, 1 ms resolution: how late a timer ran, so
 * how long the loop was blocked), its GC pauses by kind (PerformanceObserver
 * 'gc': count, sum, max) and the JS heap it allocated (what each GC freed, from
 * v8.GCProfiler's before/after heap sizes, plus the used heap's growth). Each server
 * thread keeps one; the driver reads and resets it around each round, so a
 * request's tail can be set beside the loop's stalls of the same seconds.
 */
import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';

export interface GcKindStats {
  count: number;
  sumMs: number;
  maxMs: number;
}

export interface ThreadStats {
  /** Event-loop delay, ms. */
  loop: { mean: number; p50: number; p99: number; max: number };
  /** GC pauses by kind (minor = scavenge, major = mark-compact, incremental = marking steps, weakcb). */
  gc: Record<string, GcKindStats>;
  /** MB allocated on the JS heap during the round. */
  allocatedMb: number;
  /**
   * MB the round's scavenges copied: what each left in the new space (survivors
   * copied within it) plus what it promoted into the old spaces. That copying is
   * most of a scavenge's pause; large objects (over ~128 kB) are never copied.
   */
  scavengeCopiedMb: number;
}

/** Spaces a scavenge does not copy into: the young generation's own and the large-object spaces. */
const NOT_COPIED = /large_object_space$|^new_space$|read_only|shared/;

/** Bytes one scavenge copied, from v8.GCProfiler's per-space sizes before and after it. */
function scavengeCopied(before: HeapSpaces, after: HeapSpaces): number {
  const used = (spaces: HeapSpaces, name: string) => spaces.find((s) => s.spaceName === name)?.spaceUsedSize ?? 0;
  let copied = used(after, 'new_space');
  for (const { spaceName } of after) {
    if (!NOT_COPIED.test(spaceName)) copied += Math.max(0, used(after, spaceName) - used(before, spaceName));
  }
  return copied;
}

type HeapSpaces = { spaceName: string; spaceUsedSize: number }[];

const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/**
 * Starts measuring this thread; `take()` returns what happened since the last
 * `take()` (or the start) and starts over.
 */
export function threadStats(): { take(): ThreadStats } {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let gc: Record<string, GcKindStats> = {};
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind: number } })[]) {
      const kind = KINDS[entry.detail?.kind ?? -1] ?? String(entry.detail?.kind);
      const stats = (gc[kind] ??= { count: 0, sumMs: 0, maxMs: 0 });
      stats.count++;
      stats.sumMs += entry.duration;
      stats.maxMs = Math.max(stats.maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let profiler = new GCProfiler();
  profiler.start();
  let usedAt = getHeapStatistics().used_heap_size;
  return {
    take() {
      const ms = (ns: number) => ns / 1e6;
      const stats: ThreadStats = {
        loop: {
          mean: ms(loop.mean),
          p50: ms(loop.percentile(50)),
          p99: ms(loop.percentile(99)),
          max: ms(loop.max),
        },
        gc,
        allocatedMb: 0,
        scavengeCopiedMb: 0,
      };
      let freed = 0;
      for (const { gcType, beforeGC, afterGC } of profiler.stop()?.statistics ?? []) {
        freed += beforeGC.heapStatistics.usedHeapSize - afterGC.heapStatistics.usedHeapSize;
        if (gcType === 'Scavenge') {
          stats.scavengeCopiedMb += scavengeCopied(beforeGC.heapSpaceStatistics, afterGC.heapSpaceStatistics) / 1e6;
        }
      }
      const used = getHeapStatistics().used_heap_size;
      stats.allocatedMb = (freed + used - usedAt) / 1e6;
      loop.reset();
      gc = {};
      usedAt = used;
      profiler = new GCProfiler();
      profiler.start();
      return stats;
    },
  };
}
