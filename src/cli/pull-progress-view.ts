import { PullState } from '../domain/enums.js';
import type { PullProgressEvent } from '../outbox/pull-progress-events.js';

const BAR_WIDTH = 30;

/** What `hub pull --follow` shows of a pull's progress rows, as they come. */
export interface PullProgressView {
  /** The requested pull has not started yet (queued, or behind one already running). */
  waiting(running: PullProgressEvent | null): void;
  show(progress: PullProgressEvent): void;
}

const grouped = (n: number): string => n.toLocaleString('en-US');
const seconds = (p: PullProgressEvent): string =>
  `${((p.updatedAt.getTime() - p.startedAt.getTime()) / 1000).toFixed(1)} s`;

/** Percent of Odoo's estimate (capped: a page cut at a second reads a few records twice), or null without one. */
function percent(p: PullProgressEvent): number | null {
  if (p.estimatedTotal === null) return null;
  if (p.estimatedTotal === 0) return 100;
  return Math.min(100, Math.floor((p.records / p.estimatedTotal) * 100));
}

function counts(p: PullProgressEvent): string {
  const of = p.estimatedTotal === null ? '' : ` of ~${grouped(p.estimatedTotal)}`;
  return `${grouped(p.records)}${of} records, ${grouped(p.pages)} page${p.pages === 1 ? '' : 's'}`;
}

/** The line that closes a pull, or tells of an attempt that failed. */
function endLine(name: string, p: PullProgressEvent): string | null {
  switch (p.state) {
    case PullState.SUCCEEDED:
      return `${name}: done, ${counts(p)} in ${seconds(p)}`;
    case PullState.FAILED:
      return `${name}: failed after ${counts(p)}: ${p.lastError ?? 'unknown error'}`;
    case PullState.RETRYING:
      return `${name}: attempt failed after ${counts(p)}, the worker retries it: ${p.lastError ?? 'unknown error'}`;
    default:
      return null;
  }
}

function waitingLine(name: string, running: PullProgressEvent | null): string {
  return running?.state === PullState.RUNNING
    ? `${name}: queued behind the pull running since ${running.startedAt.toISOString()}`
    : `${name}: queued; waiting for a worker to start it`;
}

/**
 * Plain lines, one per change (for logs and pipes): `PRODUCT: 1,500 of
 * ~20,000 records, 3 pages (7%)`, and a last line saying how it ended.
 */
export function plainView(out: NodeJS.WritableStream, err: NodeJS.WritableStream, name: string): PullProgressView {
  let last = '';
  const line = (stream: NodeJS.WritableStream, text: string) => {
    if (text === last) return;
    last = text;
    stream.write(`${text}\n`);
  };
  return {
    waiting: (running) => line(out, waitingLine(name, running)),
    show(p) {
      const end = endLine(name, p);
      if (end) return line(p.state === PullState.SUCCEEDED ? out : err, end);
      const pct = percent(p);
      line(out, `${name}: ${counts(p)}${pct === null ? '' : ` (${pct}%)`}`);
    },
  };
}

/** One line redrawn in place (`\r`, then erase to its end): a bar while running, then the plain end line. */
export function ttyView(out: NodeJS.WritableStream, err: NodeJS.WritableStream, name: string): PullProgressView {
  let drawn = false;
  const draw = (text: string) => {
    out.write(`\r\x1b[K${text}`);
    drawn = true;
  };
  const close = (stream: NodeJS.WritableStream, text: string) => {
    if (drawn) out.write('\r\x1b[K');
    drawn = false;
    stream.write(`${text}\n`);
  };
  return {
    waiting: (running) => draw(waitingLine(name, running)),
    show(p) {
      const end = endLine(name, p);
      if (end) return close(p.state === PullState.SUCCEEDED ? out : err, end);
      const pct = percent(p);
      const filled = Math.round(((pct ?? 0) / 100) * BAR_WIDTH);
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
      draw(`${name} ${bar} ${pct === null ? '  ?' : String(pct).padStart(3)}% ${counts(p)}, ${seconds(p)}`);
    },
  };
}
