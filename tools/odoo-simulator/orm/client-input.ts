/**
 * What a client sends to create(), write() and unlink(), checked as the ORM
 * checks it before touching anything: vals must be a dict of known fields,
 * ids a list of integers.
 */
import { attributeError, valueError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import { MAGIC, type CompiledModel, type Vals } from './model-spec.js';

export function isPlainObject(value: unknown): value is Vals {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

/** A copy of the vals without the log access fields (which Odoo ignores), or the error Odoo raises. */
export function cleanVals(model: CompiledModel, input: unknown): Vals {
  if (!isPlainObject(input)) throw attributeError(`'${pyTypeName(input)}' object has no attribute 'items'`);
  const vals: Vals = { ...input };
  for (const key of Object.keys(vals)) {
    if (!model.fields[key]) throw valueError(`Invalid field ${pyRepr(key)} on model ${pyRepr(model.name)}`);
    if (MAGIC.has(key)) delete vals[key];
  }
  return vals;
}

/** One id, a list of ids, or False/None (no ids), deduplicated. */
export function idList(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === false || value === null || value === undefined ? [] : [value];
  for (const id of list) {
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw valueError(`Invalid ids: ${pyRepr(value)}: ids must be integers`);
    }
  }
  return [...new Set(list as number[])];
}
