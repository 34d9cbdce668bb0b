import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { Consumer } from './consumer.entity.js';
import { ConsumerInput, ConsumerUpdateInput } from './consumer.inputs.js';
import { createConsumer, deleteConsumer, listConsumers, updateConsumer } from './consumer.service.js';

/** Consumers of the change feed (admin): docs/consumers.md. */
@Resolver(() => Consumer)
export class ConsumerResolver {
  @Query(() => [Consumer], { description: 'The change feed’s consumers, the default one first.' })
  consumers(@Ctx() ctx: GraphQLContext): Promise<Consumer[]> {
    return listConsumers(ctx.em);
  }

  @Mutation(() => Consumer)
  createConsumer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConsumerInput) input: ConsumerInput,
  ): Promise<Consumer> {
    return createConsumer(ctx.em, input);
  }

  @Mutation(() => Consumer)
  updateConsumer(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConsumerUpdateInput) input: ConsumerUpdateInput,
  ): Promise<Consumer> {
    return updateConsumer(ctx.em, id, input);
  }

  @Mutation(() => Consumer, {
    description: 'Deletes a consumer and its feed state; refused while a live token speaks for it.',
  })
  deleteConsumer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Consumer> {
    return deleteConsumer(ctx.em, id);
  }
}
