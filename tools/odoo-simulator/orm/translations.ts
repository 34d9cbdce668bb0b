/**
 * Translated fields (`translate=True`). From Odoo 16 on (odoo/odoo#97692, the
 * ORM changelog's "Odoo version 16.0") each is one jsonb column holding a
 * value per language; 16–19 behave alike for the calls a client makes:
 *  - read: the value in the context's `lang`, else the en_US one
 *    (`COALESCE(col->>lang, col->>'en_US')`);
 *  - create in a language: both en_US and that language get the value
 *    (fields.py `_String.convert_to_column`: `{'en_US': v, lang: v}`);
 *  - write in a language: that language only, and en_US as well when the
 *    column was empty (models.py `_write`: `%s || COALESCE(col, '{}') || %s`
 *    with `{'en_US': v}` first, `{lang: v}` last); writing False empties every
 *    language;
 *  - a `lang` that is not an installed (active) res.lang counts as none
 *    (api.py Environment.lang: `_lang_get_id` / `_get_data(code=lang)`).
 * The simulator keeps the en_US value in the field's own slot (so domains and
 * ordering see it, as Odoo's default-language SQL does) and the other
 * languages beside it in the row, under `<field>@<lang>`.
 */
import type { CacheValue, CompiledField, CompiledModel, Context, Row } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

/** The context's language when it is installed and not en_US (the source language), else null. */
export function contextLang(env: SimEnv, ctx: Context | undefined): string | null {
  const lang = ctx?.lang;
  if (typeof lang !== 'string' || !lang || lang === 'en_US') return null;
  if (!env.hasModel('res.lang')) return null;
  for (const row of env.rows('res.lang')) if (row.code === lang && row.active !== false) return lang;
  return null;
}

export const translationKey = (fname: string, lang: string): string => `${fname}@${lang}`;

/** A translated field's value in `lang` on its own row, falling back to en_US. */
export function translatedValue(row: Row, fname: string, lang: string, fallback: CacheValue): CacheValue {
  const value = row[translationKey(fname, lang)];
  return typeof value === 'string' ? value : fallback;
}

/** The translated value of a field read on `row` (through `_inherits` when the field lives on the parent). */
export function readTranslated(
  env: SimEnv,
  model: CompiledModel,
  row: Row,
  field: CompiledField,
  lang: string,
  fallback: CacheValue,
): CacheValue {
  if (field.delegatedTo) {
    const parentRow = env.row(field.delegatedTo, row[model.inherits!.field] as number);
    return parentRow ? translatedValue(parentRow, field.name, lang, fallback) : fallback;
  }
  return translatedValue(row, field.name, lang, fallback);
}

/**
 * The row changes of a write of `value` (cache form) to a translated field in
 * `lang` (null: en_US).
 */
export function translatedWrite(
  row: Row,
  fname: string,
  value: CacheValue,
  lang: string | null,
): Record<string, CacheValue> {
  if (value === null) {
    const cleared: Record<string, CacheValue> = { [fname]: null };
    for (const key of Object.keys(row)) if (key.startsWith(`${fname}@`)) cleared[key] = null;
    return cleared;
  }
  if (!lang) return { [fname]: value };
  return row[fname] === null || row[fname] === undefined
    ? { [fname]: value, [translationKey(fname, lang)]: value }
    : { [translationKey(fname, lang)]: value };
}
