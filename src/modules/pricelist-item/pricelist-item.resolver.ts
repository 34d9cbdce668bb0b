import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { connectionType } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { Product } from '../product/product.entity.js';
import { PricelistItem } from './pricelist-item.entity.js';
import { PricelistItemInput } from './pricelist-item.inputs.js';
import { ingestPricelistItems } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';
import { PricelistItemFilter } from './pricelist-item.inputs.js';
import { listPricelistItems } from './pricelist-item.service.js';

export const PricelistItemConnection = connectionType(PricelistItem, 'PricelistItem');

@Resolver(() => PricelistItem)
export class PricelistItemResolver {
  @Query(() => PricelistItemConnection)
  pricelistItems(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PricelistItemFilter, { nullable: true }) filter?: PricelistItemFilter,
  ) {
    return listPricelistItems(ctx.em, filter, page, ctx.config.maxPageSize);
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestPricelistItems(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [PricelistItemInput]) input: PricelistItemInput[],
  ): Promise<IngestResult> {
    return ingestPricelistItems(ctx.em, input);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: PricelistItem, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(item.productExternalId);
  }
}
