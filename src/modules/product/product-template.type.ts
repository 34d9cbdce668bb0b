import { Field, ObjectType } from 'type-graphql';
import { Product } from './product.entity.js';

/**
 * An Odoo product template as the shop sees it (issue 16): its business key
 * and its variants, the products that carry that key as `templateExternalId`.
 * Not stored apart: the template is what its variants share.
 */
@ObjectType('ProductTemplate', { simpleResolvers: true })
export class ProductTemplate {
  @Field(() => String, { description: 'The business key its variants carry as `templateExternalId`.' })
  externalId!: string;

  /** Resolved by product-template.resolver.ts (the live variants, oldest first). */
  @Field(() => [Product], {
    description:
      'Its variants, oldest first (tombstones left out; an archived variant has `currentData.active` false). Each carries its attribute values in `currentData.attributes`.',
  })
  variants!: Product[];
}
