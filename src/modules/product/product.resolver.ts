import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { connectionType } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { SyncableFilter } from '../common/syncable.inputs.js';
import { findSyncable, listSyncable } from '../common/syncable.service.js';
import { PricelistItem } from '../pricelist-item/pricelist-item.entity.js';
import { Stock } from '../stock/stock.entity.js';
import { Product } from './product.entity.js';
import { ProductInput } from './product.inputs.js';
import { ingestProducts } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';

export const ProductConnection = connectionType(Product, 'Product');

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true })
  product(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string,
  ) {
    return findSyncable(ctx.em, Product, { id, externalId });
  }

  @Query(() => ProductConnection)
  products(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncableFilter, { nullable: true }) filter?: SyncableFilter,
  ) {
    return listSyncable(ctx.em, Product, filter, page, ctx.config.maxPageSize);
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestProducts(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [ProductInput]) input: ProductInput[],
  ): Promise<IngestResult> {
    return ingestProducts(ctx.em, input);
  }

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
