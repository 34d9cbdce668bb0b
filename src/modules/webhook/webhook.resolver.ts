import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { parseId } from '../common/ids.js';
import { connectionType, paginate } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { whereOf } from '../common/where.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import { WebhookConfig } from './webhook-config.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookConfigInput, WebhookConfigUpdateInput, WebhookDeliveryFilter } from './webhook.inputs.js';
import {
  createWebhookConfig,
  deleteWebhookConfig,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookConfig,
  type WebhookSettings,
} from './webhook.service.js';
import { CreatedWebhookConfig } from './webhook.types.js';
import { recoverWebhookDeliveries, MAX_RECOVERED } from './delivery-recovery.js';
import { sendTestWebhook } from './test-send.js';
import { webhookHealthLoader, WebhookHealth } from './webhook-health.js';
import { DateTimeScalar } from '../common/scalars.js';
import { OwnCost } from '../common/own-cost.js';

export const WebhookDeliveryConnection = connectionType(WebhookDelivery, 'WebhookDelivery');

// One health loader per request (the loaders' own cache lives as long as the request too).
const healthLoaders = new WeakMap<GraphQLContext['loaders'], ReturnType<typeof webhookHealthLoader>>();

const settingsOf = (ctx: GraphQLContext): WebhookSettings => ({
  allowPrivate: ctx.config.webhookAllowPrivate,
  secretOverlapMs: ctx.config.webhooks.secretOverlapMs,
});

@Resolver(() => WebhookConfig)
export class WebhookConfigResolver {
  @Query(() => [WebhookConfig])
  webhookConfigs(@Ctx() ctx: GraphQLContext): Promise<WebhookConfig[]> {
    return ctx.em.find(WebhookConfig, {}, { orderBy: { id: 'asc' } });
  }

  @Mutation(() => CreatedWebhookConfig)
  createWebhookConfig(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WebhookConfigInput) input: WebhookConfigInput,
  ): Promise<CreatedWebhookConfig> {
    return createWebhookConfig(ctx.em, input, settingsOf(ctx));
  }

  @Mutation(() => WebhookConfig)
  updateWebhookConfig(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WebhookConfigUpdateInput) input: WebhookConfigUpdateInput,
  ): Promise<WebhookConfig> {
    return updateWebhookConfig(ctx.em, id, input, settingsOf(ctx));
  }

  @Mutation(() => Boolean)
  deleteWebhookConfig(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteWebhookConfig(ctx.em, id);
  }

  @Mutation(() => CreatedWebhookConfig)
  rotateWebhookSecret(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<CreatedWebhookConfig> {
    return rotateWebhookSecret(ctx.em, id, settingsOf(ctx));
  }

  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a signed `webhook.test` message to the endpoint, queued, signed and attempted as any delivery is; the delivery returned shows how it went.',
  })
  sendTestWebhook(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WebhookDelivery> {
    return sendTestWebhook(ctx.em, id);
  }

  @FieldResolver(() => WebhookHealth)
  // Up to 100 finished rows and 1,000 pending index entries an endpoint, read in one statement for all.
  @OwnCost(50)
  async health(@Root() config: WebhookConfig, @Ctx() ctx: GraphQLContext): Promise<WebhookHealth> {
    let loader = healthLoaders.get(ctx.loaders);
    if (!loader) healthLoaders.set(ctx.loaders, (loader = webhookHealthLoader(ctx.em)));
    // The config was just read in this request: it has a row.
    return (await loader.load(config.id))!;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryConnection)
  webhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter?: WebhookDeliveryFilter,
  ) {
    const configId = filter?.webhookConfigId != null ? parseId(filter.webhookConfigId, 'filter.webhookConfigId') : null;
    const where = whereOf({ equals: { webhookConfig: configId, status: filter?.status } });
    return paginate(ctx.em, WebhookDelivery, where, page, ctx.config.maxPageSize);
  }

  @Mutation(() => WebhookDelivery)
  redeliverWebhook(
    @Ctx() ctx: GraphQLContext,
    @Arg('deliveryId', () => ID) deliveryId: string,
  ): Promise<WebhookDelivery> {
    return redeliverWebhook(ctx.em, deliveryId);
  }

  @Mutation(() => Int, {
    description: `Redelivers (as redeliverWebhook does) every FAILED delivery to the endpoint created at or after \`since\`, the oldest first, at most ${MAX_RECOVERED.toLocaleString('en')} a call (call again for the rest); returns how many.`,
  })
  recoverWebhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Arg('webhookConfigId', () => ID) webhookConfigId: string,
    @Arg('since', () => DateTimeScalar) since: Date,
  ): Promise<number> {
    return recoverWebhookDeliveries(ctx.em, webhookConfigId, since);
  }

  @FieldResolver(() => WebhookConfig)
  async webhookConfig(@Root() delivery: WebhookDelivery, @Ctx() ctx: GraphQLContext): Promise<WebhookConfig> {
    const config = await ctx.loaders.one(WebhookConfig).load(delivery.webhookConfig.id);
    // The foreign key cascades deletes, so a delivery always has its config.
    return config!;
  }

  @FieldResolver(() => SyncFailure, { nullable: true })
  syncFailure(@Root() delivery: WebhookDelivery, @Ctx() ctx: GraphQLContext): Promise<SyncFailure | null> | null {
    return delivery.syncFailure ? ctx.loaders.one(SyncFailure).load(delivery.syncFailure.id) : null;
  }
}
