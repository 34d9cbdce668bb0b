import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { enqueueOdooPull } from '../jobs/odoo.tasks.js';
import { EntityType } from '../modules/common/enums.js';
import { PULLED_MODELS } from './odoo-models.js';

@Resolver()
export class OdooPullResolver {
  /** Queues a pull of one entity type now (`full`: from the beginning); true once queued. */
  @Mutation(() => Boolean)
  async requestOdooPull(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => EntityType) entityType: EntityType,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean,
  ): Promise<boolean> {
    if (!ctx.odoo) throw badInput('Odoo is not configured: set ODOO_URL, ODOO_DB, ODOO_USERNAME and ODOO_API_KEY.');
    if (!PULLED_MODELS[entityType]) throw badInput(`${entityType.toUpperCase()} is not pulled from Odoo.`);
    await enqueueOdooPull(ctx.em, entityType, full ?? false);
    return true;
  }
}
