import { ACCESS_RULES, type AccessRule } from '../../domain/access-rules.js';
import { DomainError } from '../../domain/errors.js';
import { missingScopes } from '../../domain/scopes.js';
import type { AuthState, Principal } from '../api-token/authenticate.js';
import type { GraphQLContext } from './request-context.js';

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

/** The principal of a request that passed a non-public rule. */
export function principalOf(context: GraphQLContext): Principal {
  if (context.auth.kind !== 'authenticated') throw new DomainError('UNAUTHENTICATED', 'An API token is needed.');
  return context.auth.principal;
}
