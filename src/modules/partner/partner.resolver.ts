import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { webshopWriter } from '../../domain/record-origin.js';
import { syncableResolver } from '../common/syncable.resolver.js';
import { Partner } from './partner.entity.js';
import { CustomerInput, PartnerInput } from './partner.inputs.js';
import { saveCustomer } from './partner.service.js';
import { ingestPartners } from '../../ingest/ingest.service.js';

/** A partner as a list reads it (a row: src/modules/common/rows.ts), or the entity. */
interface PartnerRow {
  id: string;
  parentId: string | null;
}

@Resolver(() => Partner)
export class PartnerResolver extends syncableResolver({
  entity: Partner,
  name: 'Partner',
  one: 'partner',
  list: 'partners',
  ingest: 'ingestPartners',
  input: PartnerInput,
  ingestRecords: (em, input) => ingestPartners(em, input),
}) {
  @Mutation(() => Partner)
  saveCustomer(@Ctx() ctx: GraphQLContext, @Arg('input', () => CustomerInput) input: CustomerInput): Promise<Partner> {
    return saveCustomer(ctx.em, input, webshopWriter(principalOf(ctx)));
  }

  // A row carries it as a property, an entity as a getter: no instance is made to read it.
  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() partner: PartnerRow): string | null {
    return partner.parentId ?? null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  parent(@Root() partner: PartnerRow, @Ctx() ctx: GraphQLContext): Promise<Partner | null> | null {
    return partner.parentId ? ctx.loaders.one(Partner).load(partner.parentId) : null;
  }

  @FieldResolver(() => [Partner])
  children(@Root() partner: PartnerRow, @Ctx() ctx: GraphQLContext): Promise<Partner[]> {
    return ctx.loaders.many(Partner, 'parent').load(partner.id);
  }
}
