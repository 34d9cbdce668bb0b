/**
 * Translated fields: Odoo fields declared `translate=True`, which hold one value
 * per installed language (a jsonb column per field from Odoo 16 on; read in the
 * context's `lang`, falling back to en_US). With ODOO_LANGS the pull reads them
 * once more per language, and a record's data keeps, beside the values in the
 * connection's language, the ones that differ from them:
 *
 *     { name: "Table", translations: { de_DE: { name: "Tisch" } } }
 *
 * A change of one is named `<field>@<lang>` in changedFields (`name@de_DE`).
 */

/** The key of a record's data that holds its translations: language → field → value. */
export const TRANSLATIONS_KEY = 'translations';

/** Translations of one record: language → translated field (Odoo's name) → value. */
export type Translations = Record<string, Record<string, string | null>>;

/**
 * The translated fields the hub pulls, per Odoo model: the one list to extend
 * when another model's names or texts are pulled (attribute values, categories).
 * Every field here must be `translate=True` in Odoo and read by the model's pull.
 */
export const TRANSLATED_FIELDS = {
  // product/models/product_template.py: `name`, `description_sale` (translate=True), read through the variant.
  'product.product': ['name', 'description_sale'],
} as const satisfies Record<string, readonly string[]>;

export type TranslatedModel = keyof typeof TRANSLATED_FIELDS;

/** How a translated field's change is named in changedFields: `name@de_DE`. */
export const translatedFieldName = (field: string, lang: string): string => `${field}@${lang}`;

/**
 * The values of `model`'s translated fields in `lang`: the translation where
 * the data holds one, the data's own value where it does not (Odoo's own
 * fallback to the source value, kept when the pull found them equal).
 */
export function localizedValues(
  model: TranslatedModel,
  data: Record<string, unknown>,
  lang: string,
): Record<string, string | null> {
  const translations = (data[TRANSLATIONS_KEY] ?? {}) as Translations;
  const own = translations[lang] ?? {};
  const out: Record<string, string | null> = {};
  for (const field of TRANSLATED_FIELDS[model]) {
    const value = field in own ? own[field] : data[field];
    out[field] = typeof value === 'string' ? value : null;
  }
  return out;
}
