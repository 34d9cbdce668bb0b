import { userError, valueError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import type { CacheValue, CompiledModel, Row } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

export interface OrderTerm {
  field: string;
  desc: boolean;
  nullsFirst: boolean;
}

const TERM = /^\s*"?([a-z0-9_]+)"?(?:\.id)?(?:\s+(asc|desc))?(?:\s+nulls\s+(first|last))?\s*$/i;

/**
 * An `order` spec ("write_date asc, id asc"). Malformed specs are a UserError
 * and unknown fields a ValueError, as in BaseModel._check_qorder and
 * _order_to_sql. Without an explicit NULLS clause PostgreSQL's default holds:
 * empty values last ascending, first descending.
 */
export function parseOrder(model: CompiledModel, spec: string): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const part of spec.split(',')) {
    const m = TERM.exec(part);
    if (!m) {
      throw userError(
        `Invalid "order" specified (${spec}). A valid "order" specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)`,
      );
    }
    const [, field, direction, nulls] = m;
    if (!model.fields[field]) throw valueError(`Invalid field ${pyRepr(field)} on model ${pyRepr(model.name)}`);
    const desc = direction?.toLowerCase() === 'desc';
    terms.push({ field, desc, nullsFirst: nulls ? nulls.toLowerCase() === 'first' : desc });
  }
  return terms;
}

type Key = number | string | boolean | null;

/** What a field sorts by: a many2one by the target's display name (Odoo follows the comodel's _order). */
function sortKey(env: SimEnv, model: CompiledModel, row: Row, field: string): Key {
  const f = model.fields[field];
  const v: CacheValue = env.value(model, row, field);
  if (v === null) return null;
  if (f.type === 'many2one') return env.displayName(f.relation!, v as number);
  if (Array.isArray(v)) return v.length ? v[0] : null;
  return v;
}

/** Sorts rows by the terms, stably (rows come in id order, which breaks ties as the heap order would). */
export function sortRows(env: SimEnv, model: CompiledModel, rows: Row[], terms: OrderTerm[]): Row[] {
  if (terms.length === 1 && terms[0].field === 'id') return terms[0].desc ? [...rows].reverse() : rows;
  const keyed = rows.map((row) => ({ row, keys: terms.map((t) => sortKey(env, model, row, t.field)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < terms.length; i++) {
      const [x, y] = [a.keys[i], b.keys[i]];
      if (x === y) continue;
      const { desc, nullsFirst } = terms[i];
      if (x === null) return nullsFirst ? -1 : 1;
      if (y === null) return nullsFirst ? 1 : -1;
      const c = x < y ? -1 : x > y ? 1 : 0;
      if (c) return desc ? -c : c;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}
