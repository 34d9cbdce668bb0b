import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain/errors.js';
import { ApiToken } from './api-token.entity.js';
import type { User } from '../user/user.entity.js';
import { hashToken } from '../common/secrets.js';
import { tokenLineage, tokenProblem } from './token-lineage.js';

/** Who is behind a request: the token, its user (login tokens) and its scopes. */
export interface Principal {
  token: ApiToken;
  user: User | null;
  scopes: string[];
}

/**
 * anonymous: no credentials sent; rejected: credentials sent but not valid
 * (kept as the error to raise when a non-public field is asked for).
 */
export type AuthState =
  { kind: 'anonymous' } | { kind: 'authenticated'; principal: Principal } | { kind: 'rejected'; error: DomainError };

export const ANONYMOUS: AuthState = { kind: 'anonymous' };

/** The token of an `Authorization: Bearer <token>` value; null when the value is not of that form. */
export function parseBearer(header: string): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match ? match[1]! : null;
}

export function rejected(message: string): AuthState & { kind: 'rejected' } {
  return { kind: 'rejected', error: new DomainError('UNAUTHENTICATED', message) };
}

/** A verification against the database; `expiresAt`: when the first link of the token's lineage expires. */
export interface Verified {
  state: AuthState;
  expiresAt: Date | null;
}

/**
 * Checks a bearer token (its plaintext) against the database: it exists, is
 * neither revoked nor expired, and neither is any token of its lineage. The
 * Authenticator calls this on a cache miss.
 */
export async function verifyToken(em: EntityManager, raw: string): Promise<Verified> {
  const token = await em.findOne(ApiToken, { tokenHash: hashToken(raw) }, { populate: ['user'] });
  if (!token) return { state: rejected('This API token is not valid.'), expiresAt: null };
  let problem = tokenProblem(token);
  let expiresAt = token.expiresAt ?? null;
  // A token made by createApiToken also needs its lineage alive (one more query, for those tokens only).
  if (!problem && token.parent) {
    const lineage = (await tokenLineage(em, [token.id])).get(token.id)!;
    problem = lineage.problem;
    expiresAt = lineage.expiresAt;
  }
  if (problem) return { state: rejected(problem), expiresAt: null };
  const principal = { token, user: token.user ?? null, scopes: [...token.scopes] };
  return { state: { kind: 'authenticated', principal }, expiresAt };
}
