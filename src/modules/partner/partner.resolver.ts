import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { connectionType } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { SyncableFilter } from '../common/syncable.inputs.js';
import { findSyncable, listSyncable } from '../common/syncable.service.js';
import { Partner } from './partner.entity.js';
import { CustomerInput, PartnerInput } from './partner.inputs.js';
import { saveCustomer } from './partner.service.js';
import { ingestPartners } from '../../ingest/ingest.service.js';
import { IngestResult } from '../common/change.types.js';

export const PartnerConnection = connectionType(Partner, 'Partner');

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => Partner, { nullable: true })
  partner(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string,
  ) {
    return findSyncable(ctx.em, Partner, { id, externalId });
  }

  @Query(() => PartnerConnection)
  partners(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncableFilter, { nullable: true }) filter?: SyncableFilter,
  ) {
    return listSyncable(ctx.em, Partner, filter, page, ctx.config.maxPageSize);
  }

  @Mutation(() => IngestResult, {
    description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
  })
  ingestPartners(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [PartnerInput]) input: PartnerInput[],
  ): Promise<IngestResult> {
    return ingestPartners(ctx.em, input);
  }

  @Mutation(() => Partner)
  saveCustomer(@Ctx() ctx: GraphQLContext, @Arg('input', () => CustomerInput) input: CustomerInput): Promise<Partner> {
    return saveCustomer(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  @FieldResolver(() => Partner, { nullable: true })
  parent(@Root() partner: Partner, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return partner.parentId ? ctx.loaders.one(Partner).load(partner.parentId) : null;
  }

  @FieldResolver(() => [Partner])
  children(@Root() partner: Partner, @Ctx() ctx: GraphQLContext): Promise<Partner[]> {
    return ctx.loaders.many(Partner, 'parent').load(partner.id);
  }
}
