import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { connectionType } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { SyncableFilter } from '../common/syncable.inputs.js';
import { findSyncable, listSyncable } from '../common/syncable.service.js';
import { Product } from '../product/product.entity.js';
import { PurchaseOrderLine } from './purchase-order-line.entity.js';
import { PurchaseOrder } from './purchase-order.entity.js';
import { PurchaseOrderInput } from './purchase-order.inputs.js';
import { createPurchaseOrder } from './purchase-order.service.js';
import { ingestPurchaseOrders } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';

export const PurchaseOrderConnection = connectionType(PurchaseOrder, 'PurchaseOrder');

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  @Query(() => PurchaseOrder, { nullable: true })
  purchaseOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string,
  ) {
    return findSyncable(ctx.em, PurchaseOrder, { id, externalId });
  }

  @Query(() => PurchaseOrderConnection)
  purchaseOrders(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncableFilter, { nullable: true }) filter?: SyncableFilter,
  ) {
    return listSyncable(ctx.em, PurchaseOrder, filter, page, ctx.config.maxPageSize);
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestPurchaseOrders(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [PurchaseOrderInput]) input: PurchaseOrderInput[],
  ): Promise<IngestResult> {
    return ingestPurchaseOrders(ctx.em, input);
  }

  @Mutation(() => PurchaseOrder)
  createPurchaseOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PurchaseOrderInput) input: PurchaseOrderInput,
  ): Promise<PurchaseOrder> {
    return createPurchaseOrder(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  @FieldResolver(() => [PurchaseOrderLine])
  lines(@Root() order: PurchaseOrder, @Ctx() ctx: GraphQLContext): Promise<PurchaseOrderLine[]> {
    return ctx.loaders.many(PurchaseOrderLine, 'purchaseOrder').load(order.id);
  }
}

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() line: PurchaseOrderLine, @Ctx() ctx: GraphQLContext): Promise<Product | null> {
    return ctx.loaders.one(Product, 'externalId').load(line.productExternalId);
  }
}
