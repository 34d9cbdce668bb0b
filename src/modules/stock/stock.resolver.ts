import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { filterArgs } from '../common/page.args.js';
import { ingestedTypeResolver } from '../common/syncable.resolver.js';
import { Product } from '../product/product.entity.js';
import { Stock } from './stock.entity.js';
import { StockFilter, StockInput } from './stock.inputs.js';
import { ingestStock } from '../../ingest/ingest.service.js';
import { listStocks } from './stock.service.js';

@Resolver(() => Stock)
export class StockResolver extends ingestedTypeResolver({
  entity: Stock,
  name: 'Stock',
  list: 'stocks',
  listArgs: filterArgs(StockFilter),
  listRecords: (ctx, { filter }, page) => listStocks(ctx.em, filter, page, ctx.config.maxPageSize),
  ingest: 'ingestStock',
  input: StockInput,
  ingestRecords: ingestStock,
}) {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() stock: Stock, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(stock.productExternalId);
  }
}
