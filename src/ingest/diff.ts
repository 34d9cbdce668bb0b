import { TRANSLATIONS_KEY, translatedFieldName } from '../domain/translated-fields.js';

/*
 * A *change* is a record whose data differs from what the hub holds, by
 * top-level key; an unchanged record writes nothing (see src/domain/glossary.md).
 */

export type JsonObject = Record<string, unknown>;

/**
 * Equality of two JSON values as the hub means it: deep, blind to the order of
 * object keys (not of array items), numbers by value (1 equals 1.0, as both
 * parse to the same number), and blind to prototypes: GraphQL's JSONObject
 * scalar builds inline literals with a null prototype, jsonb gives plain
 * objects, and the same data must compare equal either way.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameJson(x[k], y[k]));
}

/** The top-level keys that `after` added, removed or altered relative to `before`, sorted. */
export function changedKeys(before: JsonObject | null | undefined, after: JsonObject): string[] {
  if (!before) return Object.keys(after).sort();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !(k in before) || !(k in after) || !sameJson(before[k], after[k])).sort();
}

/**
 * The changes of a JSON object held under `field`, named by key (`odooStatus.state`):
 * what a shop that follows one value (an order's state) filters on.
 */
export function nestedChanges(field: string, before: unknown, after: unknown): string[] {
  const asObject = (v: unknown): JsonObject | null =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null;
  const keys = asObject(after) ? changedKeys(asObject(before), asObject(after)!) : Object.keys(asObject(before) ?? {});
  return keys.sort().map((k) => `${field}.${k}`);
}

/**
 * The changed fields of a record's data: its changed top-level keys, except
 * that a change of its translations is named per language and field
 * (`name@de_DE`, src/domain/translated-fields.ts), not as `translations`.
 */
export function dataChanges(before: JsonObject | null | undefined, after: JsonObject): string[] {
  const keys = changedKeys(before, after);
  if (!keys.includes(TRANSLATIONS_KEY)) return keys;
  const asObject = (v: unknown): JsonObject =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
  const was = asObject(before?.[TRANSLATIONS_KEY]);
  const is = asObject(after[TRANSLATIONS_KEY]);
  const named = keys.filter((k) => k !== TRANSLATIONS_KEY);
  for (const lang of new Set([...Object.keys(was), ...Object.keys(is)])) {
    for (const field of changedKeys(asObject(was[lang]), asObject(is[lang]))) {
      named.push(translatedFieldName(field, lang));
    }
  }
  return named.sort();
}
