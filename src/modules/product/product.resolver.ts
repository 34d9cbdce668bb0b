import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { syncableResolver } from '../common/syncable.resolver.js';
import { PricelistItem } from '../pricelist-item/pricelist-item.entity.js';
import { Stock } from '../stock/stock.entity.js';
import { Product } from './product.entity.js';
import { ProductInput } from './product.inputs.js';
import { ingestProducts } from '../../ingest/ingest.service.js';

@Resolver(() => Product)
export class ProductResolver extends syncableResolver({
  entity: Product,
  name: 'Product',
  one: 'product',
  list: 'products',
  ingest: 'ingestProducts',
  input: ProductInput,
  ingestRecords: ingestProducts,
}) {
  @FieldResolver(() => [PricelistItem])
  prices(
    @Root() product: Product,
    @Ctx() ctx: GraphQLContext,
    @Arg('pricelistExternalId', () => String, { nullable: true }) pricelistExternalId?: string,
  ): Promise<PricelistItem[]> {
    // The pricelist is a condition of the query, not a filter after it: the list is capped per product.
    const where: Record<string, string> = pricelistExternalId == null ? {} : { pricelistExternalId };
    return ctx.loaders.many(PricelistItem, 'productExternalId', where).load(product.externalId);
  }

  @FieldResolver(() => [Stock])
  stock(@Root() product: Product, @Ctx() ctx: GraphQLContext): Promise<Stock[]> {
    return ctx.loaders.many(Stock, 'productExternalId').load(product.externalId);
  }
}
