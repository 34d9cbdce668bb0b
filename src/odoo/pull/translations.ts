import {
  TRANSLATED_FIELDS,
  TRANSLATIONS_KEY,
  type TranslatedModel,
  type Translations,
} from '../../domain/translated-fields.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { WITH_ARCHIVED } from './pull-source.js';

/**
 * Translations of a page of records (ODOO_LANGS): one `read` of the model's
 * translated fields per language and chunk of ids (OdooClient.read chunks by
 * ODOO_READ_CHUNK), with the context's `lang` set, never one call per record.
 *
 * Odoo reads a translated field in the context's language and falls back to
 * en_US where it has none (16–19: one jsonb column per field, odoo/odoo#97692;
 * the simulator's orm/translations.ts names the sources), so a
 * value equal to the record's own (read in the connection's language) is
 * either that fallback or a translation that says the same: it is left out,
 * and the record's own value answers for it (`localizedValues`). So a record
 * without translations keeps the data it had before ODOO_LANGS was set, and a
 * change of the source text alone is no change of any language.
 *
 * A translation written in Odoo (`write` with `context.lang`) moves the
 * record's write_date like any write: it is one UPDATE with the magic columns
 * (odoo/models.py `_write`, 16.0+), so the incremental pull finds the record.
 *
 * Returns, by record id, the languages with at least one value of their own.
 */
export async function readTranslations(
  odoo: OdooClient,
  model: TranslatedModel,
  page: RawRecord[],
): Promise<Map<number, Translations>> {
  const out = new Map<number, Translations>();
  const langs = odoo.translationLangs;
  if (!langs.length || !page.length) return out;
  const fields: string[] = [...TRANSLATED_FIELDS[model]];
  const byId = new Map(page.map((r) => [r.id, r]));
  for (const lang of langs) {
    const rows = await odoo.read(model, [...byId.keys()], fields, { ...WITH_ARCHIVED, lang });
    for (const row of rows) {
      const own = byId.get(row.id);
      if (!own) continue;
      for (const field of fields) {
        const value = textOf(row[field]);
        if (value === textOf(own[field])) continue;
        const translations = out.get(row.id) ?? {};
        (translations[lang] ??= {})[field] = value;
        out.set(row.id, translations);
      }
    }
  }
  return out;
}

/** Odoo's `false` for an empty text as the hub's null. */
const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `data` with its translations (none: `data` as it is, with no translations key). */
export function withTranslations(
  data: Record<string, unknown>,
  translations: Translations | undefined,
): Record<string, unknown> {
  return translations ? { ...data, [TRANSLATIONS_KEY]: translations } : data;
}
