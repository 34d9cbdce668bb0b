import { Field, Int, ObjectType } from 'type-graphql';

/**
 * A category of the shop's tree (issue 16): a path of names as product data holds
 * them (`public_categ_ids` with website_sale, else the internal `categ_id`),
 * with the parent that its path names. The tree is the list: each category
 * names its parent, roots have none.
 */
@ObjectType('ShopCategory', { simpleResolvers: true })
export class ShopCategory {
  @Field(() => String, { description: 'The path of names from the root: "Clothing / Shirts".' })
  path!: string;

  @Field(() => String, { description: 'Its own name: "Shirts".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The parent’s path ("Clothing"); null for a root.' })
  parentPath!: string | null;

  @Field(() => Int, { description: '0 for a root.' })
  depth!: number;

  @Field(() => Int, { description: 'Products in this category itself (not in its subcategories).' })
  productCount!: number;
}
