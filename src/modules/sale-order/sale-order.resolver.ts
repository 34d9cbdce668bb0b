import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { connectionType } from '../common/pagination.js';
import { SaleOrderDirection } from '../../domain/enums.js';
import { PageArgs } from '../common/page.args.js';
import { SyncableFilter } from '../common/syncable.inputs.js';
import { findSyncable, listSyncable } from '../common/syncable.service.js';
import { Partner } from '../partner/partner.entity.js';
import { SaleOrder } from './sale-order.entity.js';
import { PlaceSaleOrderInput, SaleOrderInput } from './sale-order.inputs.js';
import { placeSaleOrder } from './sale-order.service.js';
import { ingestSaleOrders } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';

export const SaleOrderConnection = connectionType(SaleOrder, 'SaleOrder');

@Resolver(() => SaleOrder)
export class SaleOrderResolver {
  @Query(() => SaleOrder, { nullable: true })
  saleOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string,
  ) {
    return findSyncable(ctx.em, SaleOrder, { id, externalId });
  }

  @Query(() => SaleOrderConnection)
  saleOrders(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncableFilter, { nullable: true }) filter?: SyncableFilter,
    @Arg('direction', () => SaleOrderDirection, { nullable: true }) direction?: SaleOrderDirection,
  ) {
    return listSyncable(ctx.em, SaleOrder, filter, page, ctx.config.maxPageSize, direction ? { direction } : {});
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestSaleOrders(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [SaleOrderInput]) input: SaleOrderInput[],
  ): Promise<IngestResult> {
    return ingestSaleOrders(ctx.em, input);
  }

  @Mutation(() => SaleOrder, { description: 'From the webshop into Odoo, through the outbound queue.' })
  placeSaleOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PlaceSaleOrderInput) input: PlaceSaleOrderInput,
  ): Promise<SaleOrder> {
    return placeSaleOrder(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  @FieldResolver(() => Partner, { nullable: true })
  customer(@Root() order: SaleOrder, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return order.customer ? ctx.loaders.one(Partner).load(order.customer.id) : null;
  }
}
