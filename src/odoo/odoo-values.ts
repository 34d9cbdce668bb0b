import type { RawRecord } from './odoo-client.js';

const NAIVE_DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

/** Bookkeeping fields that change on every write: they would make every record look changed. */
const BOOKKEEPING = new Set(['write_date', 'create_date', 'write_uid', 'create_uid', '__last_update']);

/** Odoo's naive UTC datetime ("2026-01-31 17:06:34") as an ISO string with its zone. */
export function isoFromOdoo(value: string): string {
  return `${value.replace(' ', 'T')}Z`.replace(/\.\d+Z$/, 'Z');
}

/** An ISO date-time as Odoo's naive UTC datetime, for domains. */
export function odooFromDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** A many2one as Odoo reads it: `[id, "name"]`, or false. */
export function many2oneId(value: unknown): number | null {
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : null;
}

/**
 * A raw record in the hub's shape: `false` → null (except in boolean fields),
 * many2one `[id, name]` → `{ id, name }`, naive UTC datetimes → ISO strings,
 * bookkeeping fields and `omit` dropped.
 */
export function normalizeRecord(
  raw: RawRecord,
  options: { booleans?: readonly string[]; omit?: readonly string[]; idOnly?: readonly string[] } = {},
): Record<string, unknown> {
  const booleans = new Set(options.booleans ?? []);
  const idOnly = new Set(options.idOnly ?? []);
  const omit = new Set(options.omit ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (BOOKKEEPING.has(key) || omit.has(key)) continue;
    if (value === false && !booleans.has(key)) out[key] = null;
    else if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'string'
    ) {
      out[key] = idOnly.has(key) ? { id: value[0] } : { id: value[0], name: value[1] };
    } else if (typeof value === 'string' && NAIVE_DATETIME.test(value)) out[key] = isoFromOdoo(value);
    else out[key] = value;
  }
  return out;
}
