/**
 * search() and its relatives over the in-memory rows: the `active` filter
 * (`_where_calc`), domain, order, offset and limit; name search and the
 * hierarchies child_of / parent_of walk.
 */
import { companyRule } from './companies.js';
import { compileDomain, mentionsActive } from './domain.js';
import type { CompiledModel, Context, Row } from './model-spec.js';
import { parseOrder, sortRows } from './order-by.js';
import type { SimEnv } from './sim-env.js';

export interface SearchOptions {
  offset?: number;
  limit?: number | null;
  order?: string | null;
  /** The call's context: `active_test: false` includes archived records. */
  context?: Context;
  /** Shortcut for `context.active_test`. */
  activeTest?: boolean;
  /**
   * Searches as the API user (a client's search, search_read, name_search):
   * the record rules apply (companies.ts). Internal searches run as Odoo's
   * own code does when it sudo()es, without them.
   */
  asUser?: boolean;
}

/** Python's `self._context.get('active_test', True)`: any falsy value turns the filter off. */
export function isActiveTest(ctx: Context): boolean {
  if (!('active_test' in ctx)) return true;
  const v = ctx.active_test;
  return !(v === false || v === null || v === 0 || v === '');
}

export function searchIds(env: SimEnv, modelName: string, domain: unknown, options: SearchOptions = {}): number[] {
  const model = env.model(modelName);
  const rows = filter(env, model, domain, options);
  const sorted = sortRows(env, model, rows, parseOrder(model, options.order || model.order));
  const offset = options.offset || 0;
  const limit = options.limit || undefined;
  return sorted.slice(offset, limit === undefined ? undefined : offset + limit).map((row) => row.id);
}

export function countIds(env: SimEnv, modelName: string, domain: unknown, options: SearchOptions = {}): number {
  const count = filter(env, env.model(modelName), domain, options).length;
  return options.limit ? Math.min(count, options.limit) : count;
}

function filter(env: SimEnv, model: CompiledModel, domain: unknown, options: SearchOptions): Row[] {
  const ctx = options.context ?? {};
  const activeTest = options.activeTest ?? isActiveTest(ctx);
  let effective = domain ?? [];
  // _where_calc: archived records stay out unless the domain itself names `active`.
  if (model.hasActive && activeTest && Array.isArray(effective) && !mentionsActive(effective)) {
    effective = [['active', '=', true], ...effective];
  }
  const predicate = compileDomain(env, model, effective, ctx);
  const rule = options.asUser ? companyRule(env, model, ctx) : null;
  const result: Row[] = [];
  for (const row of env.rows(model.name)) if (predicate(row) && (!rule || rule(row))) result.push(row);
  return result;
}

/** Ids in the model's default order (what a one2many or many2many reads as). */
export function sortIds(env: SimEnv, modelName: string, ids: number[]): number[] {
  if (ids.length < 2) return [...ids];
  const model = env.model(modelName);
  const rows = ids.map((id) => env.row(modelName, id)).filter((r): r is Row => !!r);
  return sortRows(env, model, rows, parseOrder(model, model.order)).map((row) => row.id);
}

/** _name_search over display names (active records only), collecting ids into `into`. */
export function nameSearchIds(
  env: SimEnv,
  model: string,
  name: string,
  operator: string,
  into: Set<number>,
): Set<number> {
  for (const id of searchIds(env, model, [['display_name', operator, name]], { order: 'id' })) into.add(id);
  return into;
}

/** Records under (`down`, child_of) or above (`up`, parent_of) the roots, roots included. */
export function hierarchyClosure(
  env: SimEnv,
  model: CompiledModel,
  roots: Set<number>,
  direction: 'down' | 'up',
): Set<number> {
  const parentField = model.parentName;
  const result = new Set(roots);
  if (!parentField) return result;
  if (direction === 'up') {
    for (const root of roots) {
      let current = env.row(model.name, root);
      while (current && current[parentField] !== null && !result.has(current[parentField] as number)) {
        result.add(current[parentField] as number);
        current = env.row(model.name, current[parentField] as number);
      }
    }
    return result;
  }
  const children = new Map<number, number[]>();
  for (const row of env.rows(model.name)) {
    const parent = row[parentField] as number | null;
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), row.id]);
  }
  const queue = [...roots];
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}
