import type { GraphQLContext } from '../common/request-context.js';
import { Consumer } from './consumer.entity.js';

const byRequest = new WeakMap<GraphQLContext, Promise<Consumer | null>>();

/**
 * The consumer a request speaks for, when it is not the default one: read once
 * per request (a consumer's settings may change while its token is cached).
 * Null for the default consumer (a token bound to none, or to the default), whose
 * feed state is the records' own columns: requests for it run exactly as before.
 */
export function requestConsumer(ctx: GraphQLContext): Promise<Consumer | null> | null {
  if (ctx.auth.kind !== 'authenticated') return null;
  const id = ctx.auth.principal.token.consumer?.id;
  if (!id) return null;
  let consumer = byRequest.get(ctx);
  if (!consumer) {
    consumer = ctx.em
      .fork()
      .findOne(Consumer, { id })
      .then((c) => (c && !c.isDefault ? c : null));
    byRequest.set(ctx, consumer);
  }
  return consumer;
}
