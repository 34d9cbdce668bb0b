/**
 * read(): records in the read form, the one clients see (`false` for empty,
 * many2one as `[id, display_name]`, naive UTC datetime strings).
 */
import { valueError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import { humanSize } from '../image-process.js';
import { formatDatetime } from './field-values.js';
import type { CompiledModel, Context, Row } from './model-spec.js';
import type { SimEnv } from './sim-env.js';
import { contextLang, readTranslated } from './translations.js';

export interface ReadOptions {
  /** `'_classic_read'` (default): many2one as `[id, name]`; anything else: the bare id. */
  load?: string | null;
  /** The call's context (`lang` reads translated fields in that language). */
  context?: Context;
}

/** A record as read() returns it (`id` first, then the fields asked for). */
export type ReadRecord = Record<string, unknown>;

export function readRecords(
  env: SimEnv,
  modelName: string,
  ids: number[],
  fields: string[] | null,
  load: unknown,
  ctx: Context = {},
): ReadRecord[] {
  const model = env.model(modelName);
  const lang = contextLang(env, ctx);
  const names = fields && fields.length ? fields : Object.keys(model.fields);
  for (const name of names) {
    if (typeof name !== 'string' || !model.fields[name]) {
      throw valueError(`Invalid field ${pyRepr(name)} on model ${pyRepr(model.name)}`);
    }
  }
  const classic = load === '_classic_read';
  const result: ReadRecord[] = [];
  for (const id of ids) {
    const row = env.row(model.name, id);
    // Records deleted meanwhile are left out, without an error (BaseModel.read).
    if (!row) continue;
    const record: ReadRecord = { id: row.id };
    for (const name of names) {
      if (name === 'id') continue;
      const value = readValue(env, model, row, name, classic, lang);
      record[name] = binSize(model, name, ctx) && typeof value === 'string' ? binarySize(value) : value;
    }
    result.push(record);
  }
  return result;
}

/**
 * `bin_size` (or `bin_size_<field>`) in the context: a binary field reads as
 * its size (odoo/fields.py `Binary.compute_value`, ir_attachment.py
 * `_compute_datas`: `human_size(file_size)`), so a client can tell an image
 * is there without downloading it. Same in 16–19.
 */
function binSize(model: CompiledModel, name: string, ctx: Context): boolean {
  return model.fields[name].type === 'binary' && !!(ctx.bin_size || ctx[`bin_size_${name}`]);
}

const binarySize = (base64: string): string | false => humanSize(Buffer.from(base64, 'base64').length);

/**
 * The read form: `false` for empty, many2one as `[id, name]` (or the id),
 * datetimes as strings, translated fields in `lang` (an installed language, or null for en_US).
 */
export function readValue(
  env: SimEnv,
  model: CompiledModel,
  row: Row,
  fname: string,
  classic = true,
  lang: string | null = null,
): unknown {
  const field = model.fields[fname];
  const stored = env.value(model, row, fname);
  const v = lang && field.translate ? readTranslated(env, model, row, field, lang, stored) : stored;
  switch (field.type) {
    case 'integer':
    case 'float':
    case 'monetary':
      return v ?? 0;
    case 'boolean':
      return v === true;
    case 'datetime':
      return v === null ? false : formatDatetime(v as number);
    case 'many2one':
      if (v === null) return false;
      return classic ? [v, env.displayName(field.relation!, v as number)] : v;
    case 'one2many':
    case 'many2many':
      return env.sortIds(field.relation!, v as number[]);
    default:
      return v === null ? false : v;
  }
}
