import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { Product } from '../product/product.entity.js';
import { Stock } from './stock.entity.js';
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

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() stock: Stock, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(stock.productExternalId);
  }
}
