import { Field, ObjectType } from 'type-graphql';
import type { Config } from '../../config.js';
import { badInput } from '../../domain/errors.js';
import { localizedValues } from '../../domain/translated-fields.js';
import { RawJson } from '../common/raw-json.js';
import { JSONObjectScalar } from '../common/scalars.js';

/** A product's translated texts in one language (ODOO_LANGS). */
@ObjectType('LocalizedProduct', { simpleResolvers: true })
export class LocalizedProduct {
  @Field(() => String)
  lang!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Odoo's `description_sale`." })
  descriptionSale!: string | null;

  @Field(() => JSONObjectScalar, {
    description:
      'Every translated field the hub pulls, by its Odoo name: the translation, or the source value where Odoo has none.',
  })
  values!: Record<string, string | null>;
}

/** The languages `localized` answers in: ODOO_LANGS, and the connection's own (ODOO_LANG). */
export function localizedLangs(config: Config): string[] {
  return [...new Set([...(config.odoo.lang ? [config.odoo.lang] : []), ...(config.odoo.langs ?? [])])];
}

/**
 * A product's texts in `lang`, from its data (a list's row may hold it as the
 * column's text: RawJson). A language the hub does not pull is refused rather
 * than answered with the source texts, which would pass for a translation.
 */
export function localizeProduct(config: Config, data: unknown, lang: string): LocalizedProduct {
  const langs = localizedLangs(config);
  if (!langs.includes(lang)) {
    throw badInput(
      langs.length
        ? `The hub pulls no translations in ${lang}: ODOO_LANGS is ${langs.join(',')}.`
        : `The hub pulls no translations: ODOO_LANGS is not set.`,
      { lang, langs },
    );
  }
  const parsed = data instanceof RawJson ? (JSON.parse(data.text) as unknown) : data;
  const values = localizedValues(
    'product.product',
    parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {},
    lang,
  );
  return { lang, name: values.name ?? null, descriptionSale: values.description_sale ?? null, values };
}
