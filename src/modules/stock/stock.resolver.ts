import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { connectionType } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { Product } from '../product/product.entity.js';
import { Stock } from './stock.entity.js';
import { StockInput } from './stock.inputs.js';
import { ingestStock } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';
import { StockFilter } from './stock.inputs.js';
import { listStocks } from './stock.service.js';

export const StockConnection = connectionType(Stock, 'Stock');

@Resolver(() => Stock)
export class StockResolver {
  @Query(() => StockConnection)
  stocks(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StockFilter, { nullable: true }) filter?: StockFilter,
  ) {
    return listStocks(ctx.em, filter, page, ctx.config.maxPageSize);
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestStock(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [StockInput]) input: StockInput[],
  ): Promise<IngestResult> {
    return ingestStock(ctx.em, input);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() stock: Stock, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(stock.productExternalId);
  }
}
