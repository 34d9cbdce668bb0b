import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { filterArgs } from '../common/page.args.js';
import { ingestedTypeResolver } from '../common/syncable.resolver.js';
import { Product } from '../product/product.entity.js';
import { requestConsumer } from '../consumer/request-consumer.js';
import { consumerFlagWhere } from '../change-feed/consumer-flags.service.js';
import { PricelistItem } from './pricelist-item.entity.js';
import { PricelistItemFilter, PricelistItemInput } from './pricelist-item.inputs.js';
import { ingestPricelistItems } from '../../ingest/ingest.service.js';
import { listPricelistItems } from './pricelist-item.service.js';

@Resolver(() => PricelistItem)
export class PricelistItemResolver extends ingestedTypeResolver({
  entity: PricelistItem,
  name: 'PricelistItem',
  list: 'pricelistItems',
  listArgs: filterArgs(PricelistItemFilter),
  listRecords: async (ctx, { filter }, page) => {
    const consumer = filter?.changedOnly ? await requestConsumer(ctx) : null;
    const changedWhere = consumer ? consumerFlagWhere(ctx.em, consumer, 'price') : null;
    return listPricelistItems(ctx.em, filter, page, ctx.config.maxPageSize, changedWhere);
  },
  ingest: 'ingestPricelistItems',
  input: PricelistItemInput,
  ingestRecords: ingestPricelistItems,
}) {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: PricelistItem, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(item.productExternalId);
  }
}
