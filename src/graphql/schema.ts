import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AllowedDomainResolver } from '../modules/allowed-domain/allowed-domain.resolver.js';
import { ApiLogResolver } from '../modules/api-log/api-log.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { OutboundQueueResolver } from '../modules/outbound-queue/outbound-queue.resolver.js';
import { PartnerResolver } from '../modules/partner/partner.resolver.js';
import { PricelistItemResolver } from '../modules/pricelist-item/pricelist-item.resolver.js';
import { PRODUCT_RESOLVERS, ProductResolver } from '../modules/product/product.resolver.js';
import {
  PRODUCT_TEMPLATE_RESOLVERS,
  ProductTemplateFieldResolver,
  ProductTemplateResolver,
} from '../modules/product/product-template.resolver.js';
import { PurchaseOrderLineResolver, PurchaseOrderResolver } from '../modules/purchase-order/purchase-order.resolver.js';
import { SaleOrderResolver } from '../modules/sale-order/sale-order.resolver.js';
import { StockResolver } from '../modules/stock/stock.resolver.js';
import { SyncFailureResolver } from '../modules/sync-failure/sync-failure.resolver.js';
import { SyncStatusResolver } from '../modules/sync-status/sync-status.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { WebhookConfigResolver, WebhookDeliveryResolver } from '../modules/webhook/webhook.resolver.js';
import { guardRootFields } from '../auth/access-control.js';
import { useDirectResolvers, type DirectResolvers } from './direct-resolvers.js';
import { ChangeFeedResolver } from '../modules/change-feed/change-feed.resolver.js';
import { CONSUMER_FIELD_RESOLVERS } from '../modules/change-feed/consumer-fields.js';
import { ConsumerResolver } from '../modules/consumer/consumer.resolver.js';
import { EventsResolver } from '../modules/live-events/live-events.resolver.js';
import { OdooPullResolver } from '../modules/odoo-pull/odoo-pull.resolver.js';
import { createHubPubSub, type HubPubSub } from '../live-events/local-pubsub.js';
import { DateTimeScalar } from '../modules/common/scalars.js';

const resolvers: NonEmptyArray<Function> = [
  UserResolver,
  SyncStatusResolver,
  ProductResolver,
  ProductTemplateResolver,
  ProductTemplateFieldResolver,
  PartnerResolver,
  SaleOrderResolver,
  PurchaseOrderResolver,
  PurchaseOrderLineResolver,
  StockResolver,
  PricelistItemResolver,
  OutboundQueueResolver,
  SyncFailureResolver,
  WebhookConfigResolver,
  WebhookDeliveryResolver,
  ApiLogResolver,
  ApiTokenResolver,
  AllowedDomainResolver,
  ChangeFeedResolver,
  ConsumerResolver,
  EventsResolver,
  OdooPullResolver,
];

/** `pubSub`: the app's live events (type-graphql insists on one when there are subscriptions). */
export async function buildHubSchema(pubSub: HubPubSub = createHubPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    pubSub,
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
  return guardRootFields(
    useDirectResolvers(schema, {
      ...PRODUCT_RESOLVERS,
      ...PRODUCT_TEMPLATE_RESOLVERS,
      ...(CONSUMER_FIELD_RESOLVERS as DirectResolvers),
    }),
  );
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
