import type { MiddlewareFn } from 'type-graphql';
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
 * type-graphql global middleware: every root field (Query, Mutation, Subscription)
 * is checked against ACCESS_RULES before its resolver runs. Nested fields are
 * covered by the root field that reached them.
 */
export const accessControl: MiddlewareFn<GraphQLContext> = ({ context, info }, next) => {
  if (info.path.prev === undefined) authorize(context.auth, `${info.parentType.name}.${info.fieldName}`);
  return next();
};

/** The principal of a request that passed a non-public rule. */
export function principalOf(context: GraphQLContext): Principal {
  if (context.auth.kind !== 'authenticated') throw new DomainError('UNAUTHENTICATED', 'An API token is needed.');
  return context.auth.principal;
}
