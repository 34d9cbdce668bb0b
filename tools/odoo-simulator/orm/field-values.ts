import { valueError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import type { CacheValue, CompiledField, CompiledModel } from './model-spec.js';

/** Odoo's DEFAULT_SERVER_DATETIME_FORMAT, naive UTC, whole seconds. */
export function formatDatetime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * fields.Datetime.to_datetime: `strptime(value, DATETIME_FORMAT[:len(value)-2])`
 * takes "YYYY-MM-DD", "YYYY-MM-DD HH:MM" and "YYYY-MM-DD HH:MM:SS", as UTC.
 */
export function parseDatetime(value: string): number | null {
  const m = DATETIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const check = new Date(ms);
  // strptime refuses 2024-02-30 where Date.UTC would roll over.
  if (check.getUTCDate() !== +d || check.getUTCMonth() !== +mo - 1) return null;
  return ms;
}

function wrongValue(model: CompiledModel, field: CompiledField, value: unknown): never {
  throw valueError(`Wrong value for ${model.name}.${field.name}: ${pyRepr(value)}`);
}

/** The value a stored field has when nobody set it. */
export function emptyValue(field: CompiledField): CacheValue {
  switch (field.type) {
    case 'integer':
    case 'float':
    case 'monetary':
      return 0;
    case 'boolean':
      return false;
    case 'many2many':
      return [];
    default:
      return null;
  }
}

/**
 * A client's value in cache form, refusing what the ORM's convert_to_cache
 * refuses (unknown selection keys, unparsable dates and numbers). Relational
 * x2many values (commands) are handled by the env, not here.
 */
export function toCache(model: CompiledModel, field: CompiledField, value: unknown): CacheValue {
  const empty = value === false || value === null || value === undefined;
  switch (field.type) {
    case 'char':
    case 'text':
    case 'html':
      if (empty) return null;
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      return wrongValue(model, field, value);
    case 'binary':
      if (empty) return null;
      if (typeof value === 'string') return value;
      return wrongValue(model, field, value);
    case 'selection':
      if (empty) return null;
      if (typeof value === 'string' && field.selection?.some(([key]) => key === value)) return value;
      return wrongValue(model, field, value);
    case 'integer': {
      if (empty) return 0;
      if (value === true) return 1;
      if (typeof value === 'number') return Math.trunc(value);
      if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return parseInt(value, 10);
      throw valueError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
    }
    case 'float':
    case 'monetary': {
      if (empty) return 0;
      if (value === true) return 1;
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      throw valueError(`could not convert string to float: ${pyRepr(value)}`);
    }
    case 'boolean':
      return Array.isArray(value) ? value.length > 0 : Boolean(value);
    case 'date': {
      if (empty) return null;
      if (typeof value === 'string' && parseDatetime(value.slice(0, 10)) !== null) return value.slice(0, 10);
      throw valueError(`time data ${pyRepr(value)} does not match format '%Y-%m-%d'`);
    }
    case 'datetime': {
      if (empty) return null;
      const ms = typeof value === 'string' ? parseDatetime(value) : null;
      if (ms === null) throw valueError(`time data ${pyRepr(value)} does not match format '%Y-%m-%d %H:%M:%S'`);
      return ms;
    }
    case 'many2one':
      if (empty) return null;
      if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
      return wrongValue(model, field, value);
    default:
      return wrongValue(model, field, value);
  }
}
