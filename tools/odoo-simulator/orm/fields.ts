/**
 * Field declarations, as odoo/fields.py spells them (`fields.Char('Name',
 * required=True)`), and the defaults models share.
 */
import { currentCompany } from './companies.js';
import type { Context, FieldSpec, Vals } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

export type Extra = Partial<FieldSpec>;
export const char = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'char', string, ...extra });
export const text = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'text', string, ...extra });
export const html = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'html', string, ...extra });
export const integer = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'integer', string, ...extra });
export const float = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'float', string, ...extra });
export const monetary = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'monetary', string, ...extra });
export const boolean = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'boolean', string, ...extra });
export const date = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'date', string, ...extra });
export const datetime = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'datetime', string, ...extra });
export const binary = (string: string, extra: Extra = {}): FieldSpec => ({ type: 'binary', string, ...extra });
export const selection = (options: Array<[string, string]>, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'selection',
  string,
  selection: options,
  ...extra,
});
export const many2one = (relation: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'many2one',
  string,
  relation,
  ...extra,
});
export const one2many = (relation: string, inverseName: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'one2many',
  string,
  relation,
  inverseName,
  ...extra,
});
export const many2many = (relation: string, string: string, extra: Extra = {}): FieldSpec => ({
  type: 'many2many',
  string,
  relation,
  ...extra,
});

export const always = (value: unknown) => (): unknown => value;
export const active = () => boolean('Active', { default: always(true) });
export const now = (env: SimEnv) => env.nowString();
/** `default=lambda self: self.env.company`: the call's current company (companies.ts). */
export const currentCompanyDefault = (env: SimEnv, _vals: Vals, ctx: Context): number => currentCompany(env, ctx);
