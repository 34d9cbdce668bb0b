import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { DomainError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { ACCESS_RULES, type AccessRule } from './access-rules.js';
import type { AuthState, Principal } from './authenticate.js';
import { missingScopes } from './scopes.js';

/** Applies the rule of `field` (e.g. `Query.products`) to a request's auth state; returns who is asking. */
export function authorize(
  auth: AuthState,
  field: string,
  rule: AccessRule | undefined = ACCESS_RULES[field],
): Principal | null {
  if (rule === 'public') return auth.kind === 'authenticated' ? auth.principal : null;
  if (rule === undefined) throw new DomainError('FORBIDDEN', `${field} has no access rule and is closed to everyone.`);
  if (auth.kind === 'rejected') throw auth.error;
  if (auth.kind === 'anonymous') {
    throw new DomainError('UNAUTHENTICATED', `${field} needs an API token: send "Authorization: Bearer <token>".`);
  }
  if (rule !== 'authenticated') {
    const missing = missingScopes(auth.principal.scopes, rule);
    if (missing.length) {
      throw new DomainError(
        'FORBIDDEN',
        `${field} needs the scope ${missing.join(' and ')}, which this token does not have.`,
      );
    }
  }
  return auth.principal;
}

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

/** The principal of a request that passed a non-public rule. */
export function principalOf(context: GraphQLContext): Principal {
  if (context.auth.kind !== 'authenticated') throw new DomainError('UNAUTHENTICATED', 'An API token is needed.');
  return context.auth.principal;
}
