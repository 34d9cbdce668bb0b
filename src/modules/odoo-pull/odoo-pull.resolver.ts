import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../domain/errors.js';
import type { GraphQLContext } from '../common/request-context.js';
import { EntityType } from '../../domain/enums.js';
import { enqueueOdooPull } from '../../outbox/odoo-jobs.js';

@Resolver()
export class OdooPullResolver {
  /** Queues a pull of one entity type now (`full`: from the beginning); true once queued. */
  @Mutation(() => Boolean)
  async requestOdooPull(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => EntityType) entityType: EntityType,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean,
  ): Promise<boolean> {
    if (!ctx.odooConfigured)
      throw badInput('Odoo is not configured: set ODOO_URL, ODOO_DB, ODOO_USERNAME and ODOO_API_KEY.');
    // Every entity type is pulled: the registry gives each its Odoo model.
    await enqueueOdooPull(ctx.em, entityType, full ?? false);
    return true;
  }
}
