import { ArgsType, Args, Arg, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { relationResolver, type RowRelation } from '../common/loaders.js';
import { PageArgs } from '../common/page.args.js';
import { connectionType, type Connection } from '../common/pagination.js';
import type { GraphQLContext } from '../common/request-context.js';
import { checkFilterList } from '../common/syncable.service.js';
import { FOR_SALE_DESCRIPTION } from './for-sale.js';
import { listProductTemplates, listShopCategories, type TemplateRow } from './product-catalogue.service.js';
import { ProductTemplate } from './product-template.type.js';
import { Product } from './product.entity.js';
import { ShopCategory } from './shop-category.type.js';

/** A template's variants: the live products that carry its key. */
const VARIANTS: RowRelation = { entity: Product, key: 'templateExternalId', parentKey: 'externalId' };
const variants = relationResolver('variants', VARIANTS);

/** The parent of Product.template: the product's row (or entity), whose key every row carries (rows.ts). */
interface ProductRow {
  templateExternalId?: string | null;
}

/** ProductTemplate.variants as a plain resolver (src/graphql/direct-resolvers.ts): a page of templates asks it per template. */
export const PRODUCT_TEMPLATE_RESOLVERS = { 'ProductTemplate.variants': variants };

@ArgsType()
export class ProductTemplateListArgs {
  @Field(() => Boolean, { nullable: true, description: FOR_SALE_DESCRIPTION })
  forSale?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only these templates (their `externalId`s).' })
  externalIds?: string[] | null;
}

const ProductTemplateConnection = connectionType(ProductTemplate, 'ProductTemplate');

@Resolver(() => ProductTemplate)
export class ProductTemplateResolver {
  @Query(() => ProductTemplateConnection, {
    description:
      'Product templates with their variants, oldest first: a shop lists a product with all its sizes and colours in one request (one statement for the page, one for all its variants).',
  })
  async productTemplates(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => ProductTemplateListArgs) args: ProductTemplateListArgs,
  ): Promise<Connection<TemplateRow>> {
    checkFilterList(args.externalIds, 'externalIds');
    // The page's variants come from the request's batching loader (Loaders.children): one statement for the page.
    return listProductTemplates(ctx.em, args, page, ctx.config.maxPageSize);
  }

  @Query(() => [ShopCategory], {
    description:
      'The shop’s category tree as a list (each names its parent): website_sale’s public categories where Odoo has them, else the internal product categories, as the products’ data holds them.',
  })
  categories(
    @Ctx() ctx: GraphQLContext,
    @Arg('forSale', () => Boolean, { nullable: true, defaultValue: true, description: FOR_SALE_DESCRIPTION })
    forSale?: boolean | null,
  ): Promise<ShopCategory[]> {
    return listShopCategories(ctx.em, forSale);
  }

  @FieldResolver(() => [Product])
  variants(@Root() template: TemplateRow, @Ctx() ctx: GraphQLContext) {
    return variants(template, {}, ctx);
  }
}

@Resolver(() => Product)
export class ProductTemplateFieldResolver {
  @FieldResolver(() => ProductTemplate, {
    nullable: true,
    description: 'The template this product is a variant of, with all its variants (null when it has none).',
  })
  template(@Root() product: ProductRow): Pick<ProductTemplate, 'externalId'> | null {
    return product.templateExternalId ? { externalId: product.templateExternalId } : null;
  }
}
