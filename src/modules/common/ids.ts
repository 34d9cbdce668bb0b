import { badInput } from '../../domain/errors.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has an id's form (a UUID). */
export const isId = (value: string): boolean => UUID_RE.test(value);

/** Checks a client-supplied id before it reaches SQL, where a malformed uuid would be a 500. */
export function parseId(value: string, argument = 'id'): string {
  if (!UUID_RE.test(value)) {
    throw badInput(
      `\`${argument}\` is not a valid ID: ${JSON.stringify(value.slice(0, 64))}. IDs are UUIDs as returned by this API.`,
    );
  }
  return value.toLowerCase();
}

export function parseIds(values: readonly string[], argument = 'ids'): string[] {
  return values.map((v) => parseId(v, argument));
}
