import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { DomainError } from '../../domain/errors.js';
import type { Logger } from '../../observability/logger.js';
import { ApiToken } from './api-token.entity.js';
import type { User } from '../user/user.entity.js';
import { hashToken } from '../common/secrets.js';
import { tokenProblem, tokenProblems } from './token-lineage.js';

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

/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The token of an `Authorization: Bearer <token>` value; null when the value is not of that form. */
export function parseBearer(header: string): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/** Checks a bearer credential (a header value, or graphql-ws connectionParams.authorization). */
export async function authenticate(
  em: EntityManager,
  authorization: string | undefined | null,
  logger?: Logger,
): Promise<AuthState> {
  if (authorization == null || authorization === '') return ANONYMOUS;
  const reject = (message: string): AuthState => ({
    kind: 'rejected',
    error: new DomainError('UNAUTHENTICATED', message),
  });
  const raw = parseBearer(authorization);
  if (!raw) return reject('The Authorization header must be "Bearer <token>".');
  const token = await em.findOne(ApiToken, { tokenHash: hashToken(raw) }, { populate: ['user'] });
  if (!token) return reject('This API token is not valid.');
  // A token made by createApiToken also needs its lineage alive (one more query, for those tokens only).
  const problem = tokenProblem(token) ?? (token.parent ? (await tokenProblems(em, [token.id])).get(token.id) : null);
  if (problem) return reject(problem);
  await touchLastUsed(em, token, logger);
  return { kind: 'authenticated', principal: { token, user: token.user ?? null, scopes: [...token.scopes] } };
}

/**
 * Records use at most once a minute per token (a busy token costs one write a
 * minute, not one per request); a failed write is logged, never fatal.
 */
async function touchLastUsed(em: EntityManager, token: ApiToken, logger?: Logger): Promise<void> {
  const now = Date.now();
  if (token.lastUsedAt && now - token.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  // A fork: on the pool, outside any transaction of `em`.
  await sqlQuery(
    em.fork(),
    `update "api_token" set "last_used_at" = now()
      where "id" = $1 and ("last_used_at" is null or "last_used_at" < now() - interval '1 minute')`,
    [token.id],
  ).catch((err: unknown) => logger?.warn({ err, tokenId: token.id }, 'could not record token use'));
}
