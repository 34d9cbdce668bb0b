import { ArgsType, Arg, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { SaleOrderDirection } from '../../domain/enums.js';
import { SyncableListArgs } from '../common/syncable.inputs.js';
import { syncableResolver } from '../common/syncable.resolver.js';
import { Partner } from '../partner/partner.entity.js';
import { SaleOrder } from './sale-order.entity.js';
import { PlaceSaleOrderInput, SaleOrderInput } from './sale-order.inputs.js';
import { placeSaleOrder } from './sale-order.service.js';
import { cancelSaleOrder } from './cancel-sale-order.service.js';
import { ingestSaleOrders } from '../../ingest/ingest.service.js';

/** A sale order as a list reads it (a row), or the entity. */
interface SaleOrderRow {
  customerId?: string | null;
}

@ArgsType()
export class SaleOrderListArgs extends SyncableListArgs {
  @Field(() => SaleOrderDirection, { nullable: true })
  direction?: SaleOrderDirection | null;
}

@Resolver(() => SaleOrder)
export class SaleOrderResolver extends syncableResolver({
  entity: SaleOrder,
  name: 'SaleOrder',
  one: 'saleOrder',
  list: 'saleOrders',
  listArgs: SaleOrderListArgs,
  listWhere: ({ direction }) => (direction ? { direction } : {}),
  ingest: 'ingestSaleOrders',
  input: SaleOrderInput,
  ingestRecords: ingestSaleOrders,
}) {
  @Mutation(() => SaleOrder, { description: 'From the webshop into Odoo, through the outbound queue.' })
  placeSaleOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PlaceSaleOrderInput) input: PlaceSaleOrderInput,
  ): Promise<SaleOrder> {
    return placeSaleOrder(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  @Mutation(() => SaleOrder, {
    description:
      'Cancels a webshop order in Odoo, through the outbound queue (an order with a posted invoice is refused there: it needs a credit note).',
  })
  cancelSaleOrder(
    @Ctx() ctx: GraphQLContext,
    @Arg('externalId', () => String) externalId: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<SaleOrder> {
    return cancelSaleOrder(ctx.em, externalId, reason, webshopWriter(principalOf(ctx)));
  }

  @FieldResolver(() => Partner, { nullable: true })
  customer(@Root() order: SaleOrderRow, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return order.customerId ? ctx.loaders.one(Partner).load(order.customerId) : null;
  }
}
