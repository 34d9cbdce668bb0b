import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { filterArgs } from '../common/page.args.js';
import { ingestedTypeResolver } from '../common/syncable.resolver.js';
import { Product } from '../product/product.entity.js';
import { requestConsumer } from '../consumer/request-consumer.js';
import { consumerFlagWhere } from '../change-feed/consumer-flags.service.js';
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
  listRecords: async (ctx, { filter }, page) => {
    const consumer = filter?.changedOnly ? await requestConsumer(ctx) : null;
    const changedWhere = consumer ? consumerFlagWhere(ctx.em, consumer, 'stock') : null;
    return listStocks(ctx.em, filter, page, ctx.config.maxPageSize, changedWhere);
  },
  ingest: 'ingestStock',
  input: StockInput,
  ingestRecords: ingestStock,
}) {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() stock: Stock, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(stock.productExternalId);
  }
}
