import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { Principal } from './authenticate.js';
import { isScope, missingScopes, SCOPES } from '../../domain/scopes.js';
import { generateToken, hashToken } from '../common/secrets.js';
import { badInput, DomainError, notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { User } from '../user/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import type { Consumer } from '../consumer/consumer.entity.js';
import { consumerForToken } from '../consumer/consumer.service.js';

/** A token as created: the row, and the plaintext, which exists only here and now. */
export interface IssuedToken {
  apiToken: ApiToken;
  token: string;
}

export interface TokenSpec {
  name: string;
  scopes: readonly string[];
  expiresAt?: Date | null;
  user?: User | null;
  /** The token that creates this one (createApiToken); revoking it revokes this one. */
  parent?: ApiToken | null;
  /** The consumer it speaks for (null: the default consumer). */
  consumer?: Consumer | null;
}

/** Checks a token's name and scopes; returns them cleaned (deduplicated, in canonical order). */
export function checkTokenSpec(name: string, scopes: readonly string[]): { name: string; scopes: string[] } {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw badInput('A token name must be 1 to 100 characters.');
  if (!scopes.length) throw badInput('A token needs at least one scope.');
  const unknown = scopes.filter((s) => !isScope(s));
  if (unknown.length) {
    throw badInput(`Unknown scope(s): ${unknown.join(', ')}. Known scopes: ${SCOPES.join(', ')}.`);
  }
  return { name: trimmed, scopes: SCOPES.filter((s) => scopes.includes(s)) };
}

/** Creates and stores a token (as its SHA-256 only). */
export async function issueToken(em: EntityManager, spec: TokenSpec): Promise<IssuedToken> {
  const { name, scopes } = checkTokenSpec(spec.name, spec.scopes);
  const token = generateToken();
  const apiToken = em.create(ApiToken, {
    name,
    scopes,
    tokenHash: hashToken(token),
    expiresAt: spec.expiresAt ?? null,
    user: spec.user ?? null,
    parent: spec.parent ?? null,
    consumer: spec.consumer ?? null,
  } as ApiToken);
  await em.flush();
  return { apiToken, token };
}

/**
 * `createApiToken` (access rule: `tokens:create`, which admin implies): a token
 * never holds more than its creator (no scope beyond the creator's, no life
 * beyond the creator token's), speaks for the same user, and records its
 * creator as its parent, so it dies with it. It uses the consumer `consumerId`
 * names (docs/consumers.md), else its creator's (the default one for most).
 */
export async function createApiToken(
  em: EntityManager,
  creator: Principal,
  input: { name: string; scopes: readonly string[]; expiresAt?: Date | null; consumerId?: string | null },
): Promise<IssuedToken> {
  checkTokenSpec(input.name, input.scopes);
  const beyond = missingScopes(creator.scopes, input.scopes);
  if (beyond.length) {
    throw new DomainError('FORBIDDEN', `A token cannot get scopes its creator lacks: ${beyond.join(', ')}.`);
  }
  if (input.expiresAt && input.expiresAt <= new Date()) throw badInput('`expiresAt` must be in the future.');
  const creatorExpiry = creator.token.expiresAt;
  if (creatorExpiry && (!input.expiresAt || input.expiresAt > creatorExpiry)) {
    throw badInput(
      `This token expires at ${creatorExpiry.toISOString()}; a token it creates must expire no later (set \`expiresAt\`).`,
    );
  }
  // By reference: the creator was loaded by authentication's own EntityManager, not this one.
  const parent = em.getReference(ApiToken, creator.token.id);
  // A token bound to a consumer makes tokens of that consumer only (absent: its own).
  const own = creator.token.consumer?.id ?? null;
  const consumer = await consumerForToken(em, input.consumerId ?? own);
  if (own && consumer?.id !== own) {
    throw new DomainError('FORBIDDEN', 'A token bound to a consumer cannot create tokens for another consumer.');
  }
  return issueToken(em, { ...input, user: creator.user, parent, consumer });
}

// The token and every descendant (the tokens it made, theirs, …) still live, in one statement.
const REVOKE_LINEAGE = `
  with recursive lineage as (
    select id from api_token where id = $1
    union
    select c.id from api_token c join lineage l on c.parent_id = l.id
  )
  update api_token set revoked_at = now(), updated_at = now()
   where id in (select id from lineage) and revoked_at is null`;

/** Revokes a token and, with it, every token it made (recursively). */
export async function revokeApiToken(em: EntityManager, id: string): Promise<ApiToken> {
  const tokenId = parseId(id);
  if (!(await em.count(ApiToken, { id: tokenId }))) throw notFound(`No API token with id ${id}.`);
  await sqlQuery(em, REVOKE_LINEAGE, [tokenId]);
  return em.findOneOrFail(ApiToken, { id: tokenId }, { refresh: true });
}

/** Revokes every live token that speaks for `user` (after a change of roles). */
export async function revokeUserTokens(em: EntityManager, user: User): Promise<number> {
  return em.nativeUpdate(ApiToken, { user, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * On first start there is no way in: when no admin user and no live admin token
 * exist, make one admin token. Serialised by an advisory lock, so of several
 * instances starting at once only one creates it. Returns the plaintext, or null.
 */
export async function ensureAdminAccess(em: EntityManager): Promise<string | null> {
  return em.transactional(async (tx) => {
    await sqlQuery(tx, "select pg_advisory_xact_lock(hashtext('odoo-sync-hub:bootstrap-admin'))");
    const [row] = await sqlQuery<{ n: number }>(
      tx,
      `select (select count(*) from "user" where 'admin' = any("roles"))
            + (select count(*) from "api_token" where 'admin' = any("scopes") and "revoked_at" is null
                 and ("expires_at" is null or "expires_at" > now())) as n`,
    );
    if (Number(row!.n) > 0) return null;
    const { token } = await issueToken(tx, { name: 'bootstrap admin', scopes: ['admin'] });
    return token;
  });
}
