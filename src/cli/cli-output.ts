import { DomainError } from '../domain/errors.js';

/**
 * What the operator commands print, in one place: for people, an aligned table
 * (lists) or aligned `key  value` lines (one record); with `--json`, the same
 * data as JSON on stdout (a list is an array, a record an object; dates are ISO
 * strings, absent values null) and errors as `{"error":{"code","message"}}` on
 * stderr. Exit codes: 0 done, 1 the operation failed or the id was not found,
 * 2 a usage error (docs/cli.md).
 */

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A command line the command cannot run (unknown subcommand or flag, bad value): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** JSON-ready values: what a `toJson` of a command group returns. */
export type JsonRecord = Record<string, unknown>;

export interface Column {
  header: string;
  key: string;
  /** Longer text is cut with an ellipsis (error messages, payload types). */
  max?: number;
}

export interface Output {
  json: boolean;
}

const write = (text: string): void => void process.stdout.write(`${text}\n`);

/** A cell as one line: dates to the second, lists comma-joined, null as '-'. */
function cell(value: unknown, max = 60): string {
  let text: string;
  if (value == null || value === '') text = '-';
  else if (value instanceof Date) text = value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  else if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value))
    text = value.replace(/\.\d{3}Z$/, 'Z');
  else if (Array.isArray(value)) text = value.join(',') || '-';
  else text = String(value);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Prints `rows` as a table (columns padded to their widest cell) or, with --json, as a JSON array. */
export function printList(out: Output, rows: JsonRecord[], columns: Column[]): void {
  if (out.json) return write(JSON.stringify(rows, null, 2));
  if (!rows.length) return write('(none)');
  const cells = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cell(r[c.key], c.max)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  for (const line of cells)
    write(
      line
        .map((text, i) => text.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

/** Prints one record as `key  value` lines (long text whole) or, with --json, as a JSON object. */
export function printRecord(out: Output, record: JsonRecord): void {
  if (out.json) return write(JSON.stringify(record, null, 2));
  const width = Math.max(...Object.keys(record).map((k) => k.length));
  for (const [key, value] of Object.entries(record)) {
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
    write(`${key.padEnd(width)}  ${cell(nested ? JSON.stringify(value) : value, 10_000)}`);
  }
}

/** What an action did: one sentence for people, or the record as it now is with --json. */
export function printDone(out: Output, record: JsonRecord, sentence: string): void {
  write(out.json ? JSON.stringify(record, null, 2) : sentence);
}

/** Says what went wrong (as JSON with --json) and returns the exit code; rethrows what is a bug. */
export function reportError(out: Output, err: unknown): number {
  const usage = err instanceof UsageError || String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
  if (!usage && !(err instanceof DomainError)) throw err;
  const message = (err as Error).message;
  const code = err instanceof DomainError ? err.code : 'USAGE';
  process.stderr.write(out.json ? `${JSON.stringify({ error: { code, message } })}\n` : `${message}\n`);
  return usage ? EXIT_USAGE : EXIT_FAILED;
}
