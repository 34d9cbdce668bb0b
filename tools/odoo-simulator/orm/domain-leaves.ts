/**
 * The leaves of a domain, with the SQL semantics Odoo's translation has
 * (odoo/osv/expression.py): dotted paths through relational fields, negative
 * operators match empty values, `in` with False matches empty values, like
 * patterns wrapped in %.
 */
import { valueError } from '../odoo-exception.js';
import { pyRepr, pyTupleRepr } from '../python-values.js';
import { parseDatetime } from './field-values.js';
import type { CacheValue, CompiledField, CompiledModel, Context, Row } from './model-spec.js';
import { RELATIONAL, X2MANY } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

export type Predicate = (row: Row) => boolean;

export type Leaf = [unknown, string, unknown];

const NEGATIVE = new Set(['!=', 'not like', 'not ilike', 'not in', 'not any']);

export function compileLeaf(env: SimEnv, model: CompiledModel, leaf: Leaf, ctx: Context): Predicate {
  const [left, op, right] = leaf;
  if (typeof left !== 'string') return left === 1 ? () => true : () => false;
  const [fname, ...rest] = left.split('.');
  const field = model.fields[fname];
  if (!field) throw valueError(`Invalid field ${model.name}.${fname} in leaf ${pyTupleRepr(leaf)}`);
  const value = (row: Row) => env.value(model, row, fname);

  if (rest.length) {
    if (!RELATIONAL.has(field.type))
      throw valueError(`Invalid field ${model.name}.${left} in leaf ${pyTupleRepr(leaf)}`);
    // Odoo 17 rewrites a path into ('field', 'any', [(rest, op, right)]): records with no target never match.
    const ids = subSearch(env, field, [[rest.join('.'), op, right]], ctx);
    return anyOf(field, value, ids);
  }
  if (op === 'any' || op === 'not any') {
    if (!RELATIONAL.has(field.type)) throw valueError(`Invalid leaf ${pyTupleRepr(leaf)}`);
    const matches = anyOf(field, value, subSearch(env, field, right, ctx));
    return op === 'any' ? matches : (row) => !matches(row);
  }
  if (op === 'child_of' || op === 'parent_of') return hierarchy(env, model, field, value, op, right);
  if (field.type === 'many2one' || X2MANY.has(field.type)) return relationalLeaf(env, field, value, op, right);
  return scalarLeaf(field, value, op, right);
}

/** Ids of the comodel matching `domain`; a many2one reaches archived targets too (as in Odoo 17). */
function subSearch(env: SimEnv, field: CompiledField, domain: unknown, ctx: Context): Set<number> {
  const activeTest = field.type === 'many2one' ? false : ctx.active_test !== false;
  return new Set(env.searchIds(field.relation!, domain, { context: { ...ctx, active_test: activeTest } }));
}

function anyOf(field: CompiledField, value: (row: Row) => CacheValue, ids: Set<number>): Predicate {
  if (field.type === 'many2one') return (row) => ids.has(value(row) as number);
  return (row) => (value(row) as number[]).some((id) => ids.has(id));
}

function isEmpty(v: unknown): boolean {
  return v === false || v === null || v === undefined;
}

function asList(right: unknown): unknown[] {
  return Array.isArray(right) ? right : [right];
}

/** many2one, one2many, many2many against ids, False, or names (resolved by name_search). */
function relationalLeaf(
  env: SimEnv,
  field: CompiledField,
  value: (row: Row) => CacheValue,
  op: string,
  right: unknown,
): Predicate {
  const many = field.type !== 'many2one';
  const ids = (row: Row): number[] => {
    const v = value(row);
    return many ? (v as number[]) : v === null ? [] : [v as number];
  };
  if (op === '=?' && isEmpty(right)) return () => true;
  const positiveOp = op === '=?' ? '=' : op.replace(/^not /, '').replace('!=', '=');
  const negative = NEGATIVE.has(op);
  const values = asList(right);
  const names = values.filter((v): v is string => typeof v === 'string');
  if (/like/.test(op) || names.length) {
    // Names go through the comodel's name_search with the positive operator; the negation applies to the result.
    const nameOp = /like/.test(positiveOp) ? positiveOp : positiveOp === 'in' ? '=' : positiveOp;
    const found = new Set<number>();
    for (const name of names.length ? names : [String(right)]) env.nameSearchIds(field.relation!, name, nameOp, found);
    return negative ? (row) => !ids(row).some((id) => found.has(id)) : (row) => ids(row).some((id) => found.has(id));
  }
  if (op === '=' || op === '!=' || op === '=?') {
    const has = isEmpty(right) ? (row: Row) => ids(row).length > 0 : (row: Row) => ids(row).includes(right as number);
    return (op === '!=') !== isEmpty(right) ? (row) => !has(row) : has;
  }
  if (op === 'in' || op === 'not in') {
    const set = new Set(values.filter((v) => typeof v === 'number') as number[]);
    const withEmpty = values.some(isEmpty);
    const hit = (row: Row) => {
      const list = ids(row);
      return list.some((id) => set.has(id)) || (withEmpty && list.length === 0);
    };
    return op === 'in' ? hit : (row) => !hit(row);
  }
  // Comparisons on a many2one compare the ids, as the SQL does.
  const cmp = comparator(op);
  return (row) => !many && value(row) !== null && typeof right === 'number' && cmp(value(row) as number, right);
}

function hierarchy(
  env: SimEnv,
  model: CompiledModel,
  field: CompiledField,
  value: (row: Row) => CacheValue,
  op: 'child_of' | 'parent_of',
  right: unknown,
): Predicate {
  const target = field.name === 'id' ? model : env.model(field.relation ?? model.name);
  const roots = new Set<number>();
  for (const item of asList(right)) {
    if (typeof item === 'number') roots.add(item);
    else if (typeof item === 'string') env.nameSearchIds(target.name, item, 'ilike', roots);
  }
  const closure = env.hierarchyClosure(target, roots, op === 'child_of' ? 'down' : 'up');
  if (field.name === 'id') return (row) => closure.has(row.id);
  if (field.type === 'many2one') return (row) => closure.has(value(row) as number);
  return (row) => (value(row) as number[]).some((id) => closure.has(id));
}

const comparator =
  (op: string) =>
  (a: number | string | boolean, b: number | string | boolean): boolean => {
    switch (op) {
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      default:
        return a >= b;
    }
  };

/** The right-hand side in the field's cache form, for comparisons. */
function coerce(field: CompiledField, op: string, right: unknown): CacheValue {
  if (isEmpty(right)) return null;
  switch (field.type) {
    case 'datetime': {
      if (typeof right !== 'string') return right as CacheValue;
      // Odoo completes a bare date: the end of that day for '>' and '<=', its start otherwise.
      const text = right.length === 10 ? `${right} ${op === '>' || op === '<=' ? '23:59:59' : '00:00:00'}` : right;
      const ms = parseDatetime(text);
      if (ms === null) throw valueError(`time data ${pyRepr(right)} does not match format '%Y-%m-%d %H:%M:%S'`);
      return ms;
    }
    case 'date':
      return typeof right === 'string' ? right.slice(0, 10) : (right as CacheValue);
    case 'integer':
    case 'float':
    case 'monetary':
      return typeof right === 'string' && right.trim() !== '' && Number.isFinite(Number(right))
        ? Number(right)
        : (right as CacheValue);
    case 'boolean':
      return Boolean(right);
    default:
      return right as CacheValue;
  }
}

/** A SQL LIKE pattern as a regular expression (`%`, `_`, backslash escapes). */
function likeRegExp(pattern: string, insensitive: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, insensitive ? 'is' : 's');
}

function scalarLeaf(field: CompiledField, value: (row: Row) => CacheValue, op: string, right: unknown): Predicate {
  const boolean = field.type === 'boolean';
  // A boolean column holds NULL for records created without it: "= False" covers both.
  const read = boolean ? (row: Row) => value(row) === true : value;
  if (op === '=?') {
    if (isEmpty(right)) return () => true;
    op = '=';
  }
  if (op === '=' || op === '!=') {
    if (isEmpty(right) && !boolean) return op === '=' ? (row) => read(row) === null : (row) => read(row) !== null;
    const r = coerce(field, op, right) ?? false;
    const eq = (row: Row) => read(row) === r;
    // `!=` becomes "<> value OR IS NULL" in Odoo's SQL.
    return op === '=' ? eq : (row) => !eq(row);
  }
  if (op === 'in' || op === 'not in') {
    const values = asList(right);
    const withEmpty = values.some(isEmpty);
    const set = new Set(values.filter((v) => !isEmpty(v)).map((v) => coerce(field, '=', v)));
    const hit = boolean
      ? (row: Row) => set.has(read(row)) || (withEmpty && read(row) === false)
      : (row: Row) => (read(row) === null ? withEmpty : set.has(read(row)));
    return op === 'in' ? hit : (row) => !hit(row);
  }
  if (op.includes('like')) {
    const text = right === false || right === null || right === undefined ? '' : String(right);
    const pattern = op.startsWith('=') ? text : `%${text}%`;
    const re = likeRegExp(pattern, op.includes('ilike'));
    const match = (row: Row) => {
      const v = read(row);
      return v !== null && re.test(String(v));
    };
    return op.startsWith('not') ? (row) => !match(row) : match;
  }
  const r = coerce(field, op, right);
  const cmp = comparator(op);
  return (row) => {
    const v = read(row);
    return v !== null && r !== null && !Array.isArray(v) && !Array.isArray(r) && cmp(v, r);
  };
}
