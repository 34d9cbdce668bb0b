import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { authorize } from '../modules/common/authorize.js';
import type { GraphQLContext } from '../modules/common/request-context.js';

/**
 * Puts every root field (Query, Mutation, Subscription) behind its ACCESS_RULES
 * entry, on the built schema itself: the check runs before the field's resolver
 * (and before a subscription's source is set up), whichever resolver class
 * declares it, and nested fields, covered by the root field that reached them,
 * run unwrapped (a type-graphql global middleware would wrap every field of
 * every object in an async chain: thousands per page of products).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: GraphQLContext, info) => {
        authorize(context.auth, name);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context: GraphQLContext, info) => {
          authorize(context.auth, name);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
