import { Arg, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { relationResolver, type RowRelation } from '../common/loaders.js';
import { SyncableListArgs } from '../common/syncable.inputs.js';
import { syncableResolver } from '../common/syncable.resolver.js';
import { FOR_SALE_DESCRIPTION, forSaleCondition } from './for-sale.js';
import type { SyncableRow } from '../common/syncable.service.js';
import { PricelistItem } from '../pricelist-item/pricelist-item.entity.js';
import { Stock } from '../stock/stock.entity.js';
import { Product } from './product.entity.js';
import { ProductInput } from './product.inputs.js';
import { productImageUrl } from './product-image.field.js';
import { ingestProducts } from '../../ingest/ingest.service.js';
import { LocalizedProduct, localizeProduct } from './localized-product.js';

type PricesArgs = { pricelistExternalId?: string | null };

// The pricelist is a condition of the query, not a filter after it: the list is capped per product.
const PRICES: RowRelation<PricesArgs> = {
  entity: PricelistItem,
  key: 'productExternalId',
  parentKey: 'externalId',
  where: ({ pricelistExternalId }): Record<string, string> =>
    pricelistExternalId == null ? {} : { pricelistExternalId },
};
const STOCK: RowRelation = { entity: Stock, key: 'productExternalId', parentKey: 'externalId' };

const prices = relationResolver('prices', PRICES);
const stock = relationResolver('stock', STOCK);

/** Product's relations as plain resolvers (src/graphql/direct-resolvers.ts): a page of products asks them 100 times. */
export const PRODUCT_RESOLVERS = {
  'Product.prices': prices,
  'Product.stock': stock,
  'Product.imageUrl': productImageUrl,
};

@ArgsType()
export class ProductListArgs extends SyncableListArgs {
  @Field(() => Boolean, { nullable: true, description: FOR_SALE_DESCRIPTION })
  forSale?: boolean | null;
}

@Resolver(() => Product)
export class ProductResolver extends syncableResolver({
  entity: Product,
  name: 'Product',
  one: 'product',
  list: 'products',
  listArgs: ProductListArgs,
  listConditions: ({ forSale }, where) => forSaleCondition(where, forSale),
  ingest: 'ingestProducts',
  input: ProductInput,
  ingestRecords: ingestProducts,
  relations: { prices: PRICES, stock: STOCK },
  columnsOf: { localized: ['currentData'], imageUrl: ['imageChecksum'] },
}) {
  @FieldResolver(() => [PricelistItem])
  prices(
    @Root() product: SyncableRow,
    @Ctx() ctx: GraphQLContext,
    @Arg('pricelistExternalId', () => String, { nullable: true }) pricelistExternalId?: string,
  ) {
    return prices(product, { pricelistExternalId }, ctx);
  }

  @FieldResolver(() => [Stock])
  stock(@Root() product: SyncableRow, @Ctx() ctx: GraphQLContext) {
    return stock(product, {}, ctx);
  }

  @FieldResolver(() => LocalizedProduct, {
    description:
      "The product's translated texts in `lang`, one of ODOO_LANGS (another is BAD_USER_INPUT); the source text where Odoo has no translation.",
  })
  localized(
    @Root() product: SyncableRow & { currentData?: unknown },
    @Ctx() ctx: GraphQLContext,
    @Arg('lang', () => String) lang: string,
  ): LocalizedProduct {
    return localizeProduct(ctx.config, product.currentData, lang);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The product's picture at `size` (Odoo's image_128 … image_1920: 128, 256, 512, 1024 or 1920 px, never enlarged), " +
      'served by the hub at /media/<checksum>/<size> with immutable caching; a new picture in Odoo gives a new URL. ' +
      'Null when the product has no picture.',
  })
  imageUrl(
    @Root() product: Product,
    @Ctx() ctx: GraphQLContext,
    @Arg('size', () => Int, { nullable: true, defaultValue: 1920 }) size?: number,
  ) {
    return productImageUrl(product, { size }, ctx);
  }
}
