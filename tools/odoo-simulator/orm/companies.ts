/**
 * Multi-company as the API user meets it: `env.company` / `env.companies`
 * (odoo/api.py, Environment.company and .companies, 16–19) and the
 * multi-company record rules (ir.rule, odoo/addons/base/models/ir_rule.py).
 *
 * - `allowed_company_ids` in the context must be a subset of the user's
 *   `company_ids`, else "Access to unauthorized or invalid companies." (an
 *   AccessError, raised when something asks for env.company(ies): the rules of
 *   a model with a company, or a default company). Without it, the current
 *   company is the user's `company_id` but the active companies are ALL the
 *   user's companies, current first.
 * - The integration user is not the superuser (uid 1), so record rules apply
 *   to its searches, reads, writes, creates and unlinks. The simulator models
 *   the usual multi-company rule of a model with `company_id`:
 *   `['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]`
 *   (sale.order's and purchase.order's required company makes it `in`), and
 *   res.partner's (base/security/base_security.xml, res_partner_rule), which
 *   also lets every internal user's partner through (`partner_share = False`).
 *   Company hierarchies (`parent_of`) are not modelled.
 */
import { accessError } from '../odoo-exception.js';
import type { CacheValue, CompiledModel, Context, Row } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

function userRow(env: SimEnv): Row {
  return env.row('res.users', env.uid)!;
}

/** res.users._get_company_ids(): the user's allowed companies. */
function userCompanyIds(env: SimEnv): number[] {
  const row = userRow(env);
  const ids = (row.company_ids as number[] | undefined) ?? [];
  return ids.length ? ids : [row.company_id as number];
}

/** The context's `allowed_company_ids`, checked against the user's companies (Environment._get_allowed_company_ids). */
function allowedFromContext(env: SimEnv, ctx: Context): number[] {
  const raw = ctx.allowed_company_ids;
  const ids = Array.isArray(raw) ? (raw as unknown[]) : [];
  if (!ids.length) return [];
  const mine = new Set(userCompanyIds(env));
  if (ids.some((id) => typeof id !== 'number' || !mine.has(id))) {
    throw accessError('Access to unauthorized or invalid companies.');
  }
  return ids as number[];
}

/** env.companies: the context's companies, else all the user's companies, the current one first. */
export function activeCompanies(env: SimEnv, ctx: Context): number[] {
  const allowed = allowedFromContext(env, ctx);
  if (allowed.length) return allowed;
  const current = userRow(env).company_id as number;
  return [current, ...userCompanyIds(env).filter((id) => id !== current)];
}

/** env.company: the first of the context's companies, else the user's current company. */
export function currentCompany(env: SimEnv, ctx: Context): number {
  return allowedFromContext(env, ctx)[0] ?? (userRow(env).company_id as number);
}

/** Whether the model has a multi-company record rule (it has a `company_id` to the companies). */
export function hasCompanyRule(model: CompiledModel): boolean {
  const field = model.fields.company_id;
  return !!field && field.type === 'many2one' && field.relation === 'res.company';
}

/** The rule as a row predicate, or null when the model has none. */
export function companyRule(env: SimEnv, model: CompiledModel, ctx: Context): ((row: Row) => boolean) | null {
  if (!hasCompanyRule(model)) return null;
  const companies = new Set(activeCompanies(env, ctx));
  const internalPartners =
    model.name === 'res.partner'
      ? new Set([...env.rows('res.users')].map((user) => user.partner_id as CacheValue))
      : null;
  return (row) => {
    const company = env.value(model, row, 'company_id');
    if (company === null || companies.has(company as number)) return true;
    return !!internalPartners?.has(row.id);
  };
}

/**
 * check_access_rule / _check_access (odoo/models.py, ir_rule.py
 * _make_access_error): records outside the rule are an AccessError, with the
 * wording a user without debug rights (group_no_one) gets.
 */
export function checkCompanyRule(
  env: SimEnv,
  model: CompiledModel,
  ids: number[],
  ctx: Context,
  operation: 'read' | 'write' | 'create' | 'unlink',
): void {
  const rule = companyRule(env, model, ctx);
  if (!rule) return;
  const denied = ids.some((id) => {
    const row = env.row(model.name, id);
    return row !== undefined && !rule(row);
  });
  if (!denied) return;
  const user = userRow(env);
  throw accessError(
    `Uh-oh! Looks like you have stumbled upon some top-secret records.\n\n` +
      `Sorry, ${String(user.name)} (id=${user.id}) doesn't have '${operation}' access to:\n` +
      `- ${model.description} (${model.name})\n\n` +
      'If you really, really need access, perhaps you can win over your friendly administrator with a batch of freshly baked cookies.',
  );
}
