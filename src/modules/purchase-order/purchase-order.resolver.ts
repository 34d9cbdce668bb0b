import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { syncableResolver } from '../common/syncable.resolver.js';
import type { SyncableRow } from '../common/syncable.service.js';
import { Product } from '../product/product.entity.js';
import { PurchaseOrderLine } from './purchase-order-line.entity.js';
import { PurchaseOrder } from './purchase-order.entity.js';
import { PurchaseOrderInput } from './purchase-order.inputs.js';
import { createPurchaseOrder } from './purchase-order.service.js';
import { ingestPurchaseOrders } from '../../ingest/ingest.service.js';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver extends syncableResolver({
  entity: PurchaseOrder,
  name: 'PurchaseOrder',
  one: 'purchaseOrder',
  list: 'purchaseOrders',
  ingest: 'ingestPurchaseOrders',
  input: PurchaseOrderInput,
  ingestRecords: ingestPurchaseOrders,
}) {
  @Mutation(() => PurchaseOrder)
  createPurchaseOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PurchaseOrderInput) input: PurchaseOrderInput,
  ): Promise<PurchaseOrder> {
    return createPurchaseOrder(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  @FieldResolver(() => [PurchaseOrderLine])
  lines(@Root() order: SyncableRow, @Ctx() ctx: GraphQLContext): Promise<PurchaseOrderLine[]> {
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
