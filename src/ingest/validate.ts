import { Decimal } from 'decimal.js';
import { badInput } from '../domain/errors.js';
import { MAX_INGEST_BATCH } from './ingest.types.js';

/**
 * Checks of ingest input that GraphQL's types cannot express. Every message names
 * the record (`input[3]`) and the field, and nothing of a refused batch is written.
 */
export function checkBatchSize(count: number): void {
  if (count > MAX_INGEST_BATCH) {
    throw badInput(
      `An ingest call takes at most ${MAX_INGEST_BATCH} records; got ${count}. Send them in several calls.`,
      {
        maxBatchSize: MAX_INGEST_BATCH,
      },
    );
  }
}

export function checkKey(value: unknown, path: string): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 255) {
    throw badInput(`${path} must be a non-empty string of at most 255 characters.`, { field: path });
  }
  return value;
}

export function checkObject(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badInput(`${path} must be a JSON object.`, { field: path });
  }
  return value as Record<string, unknown>;
}

export function checkQuantity(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw badInput(`${path} must be a finite number of at least 0; got ${JSON.stringify(value)}.`, { field: path });
  }
  return value;
}

/** A number that may be negative (Odoo's on-hand quantity goes below 0 when goods left before they were received), or null. */
export function checkOptionalNumber(value: unknown, path: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw badInput(`${path} must be a finite number or null; got ${JSON.stringify(value)}.`, { field: path });
  }
}

/** A decimal as a canonical string ("19.90" stays "19.90"; comparison is by value elsewhere). */
export function checkDecimal(value: unknown, path: string, { min = 0 } = {}): string {
  try {
    const d = new Decimal(String(value));
    if (
      !d.isFinite() ||
      d.lessThan(min) ||
      typeof value !== 'string' ||
      !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim())
    ) {
      throw new Error();
    }
    return value.trim();
  } catch {
    throw badInput(
      `${path} must be a decimal number of at least ${min} as a string, e.g. "19.90"; got ${JSON.stringify(value)}.`,
      {
        field: path,
      },
    );
  }
}

/** Refuses a batch that names one record twice: which of the two should win would be a guess. */
export function checkUnique(keys: string[], what: (i: number) => string): void {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined)
      throw badInput(`${what(i)} repeats ${what(first)} (${JSON.stringify(key)}); send each record once per call.`);
    seen.set(key, i);
  });
}
