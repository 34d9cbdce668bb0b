import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiToken } from './api-token.entity.js';

/**
 * A token lives only while its whole lineage does: itself, the token that
 * created it, and so on up. Revoking a token revokes its descendants in the
 * same statement (api-token.service.ts), and this check, run by authentication
 * for tokens that have a parent and by the WebSocket sweep, refuses a token
 * whose ancestor is revoked or expired even if a descendant was created while
 * that revocation ran.
 */

/** Lineages deeper than this are cut (createApiToken chains are a few links long). */
const MAX_DEPTH = 64;

const LINEAGE = `
  with recursive lineage as (
    select t.id as token_id, t.parent_id, t.revoked_at, t.expires_at, 0 as depth
      from api_token t where t.id = any(?::uuid[])
    union all
    select l.token_id, p.parent_id, p.revoked_at, p.expires_at, l.depth + 1
      from lineage l join api_token p on p.id = l.parent_id
     where l.depth < ${MAX_DEPTH}
  )
  select token_id, depth, revoked_at, expires_at, dead, lineage_expires_at from (
    select l.*, (revoked_at is not null or expires_at <= now()) as dead,
           min(expires_at) over (partition by token_id) as lineage_expires_at
      from lineage l
  ) l
   where depth = 0 or dead
   order by token_id, depth`;

function describe(depth: number, revokedAt: Date | null, expiresAt: Date | null): string {
  const whose = depth === 0 ? 'This API token' : 'The token that created this API token';
  return revokedAt ? `${whose} was revoked.` : `${whose} expired at ${new Date(expiresAt!).toISOString()}.`;
}

/** Why a stored token cannot be used now by its own state (its lineage aside), or null. */
export function tokenProblem(token: ApiToken, now = new Date()): string | null {
  const expired = token.expiresAt && token.expiresAt <= now;
  return token.revokedAt || expired ? describe(0, token.revokedAt ?? null, token.expiresAt ?? null) : null;
}

/** What a token's lineage says: why it cannot be used now (or null), and when its first link expires (or null). */
export interface LineageState {
  problem: string | null;
  expiresAt: Date | null;
}

/**
 * The lineage state of each of `ids`: unusable when revoked, expired, an
 * ancestor revoked or expired, or gone; and the earliest expiry along the
 * lineage (the authenticator's cache keeps a token no longer than that). One query.
 */
export async function tokenLineage(em: EntityManager, ids: readonly string[]): Promise<Map<string, LineageState>> {
  const states = new Map<string, LineageState>();
  if (!ids.length) return states;
  const rows = await em.execute<
    {
      token_id: string;
      depth: number;
      revoked_at: Date | null;
      expires_at: Date | null;
      dead: boolean;
      lineage_expires_at: Date | null;
    }[]
  >(LINEAGE, [`{${ids.join(',')}}`]);
  // Nearest first (ordered by depth): the token's own state, then its parent's, …
  for (const row of rows) {
    const state = states.get(row.token_id) ?? {
      problem: null,
      expiresAt: row.lineage_expires_at ? new Date(row.lineage_expires_at) : null,
    };
    if (row.dead && state.problem === null) state.problem = describe(row.depth, row.revoked_at, row.expires_at);
    states.set(row.token_id, state);
  }
  for (const id of ids)
    if (!states.has(id)) states.set(id, { problem: 'This API token no longer exists.', expiresAt: null });
  return states;
}

/**
 * Why each of `ids` cannot be used now (revoked, expired, an ancestor revoked
 * or expired, or gone), by id; ids missing from the map are fine. One query.
 */
export async function tokenProblems(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  for (const [id, { problem }] of await tokenLineage(em, ids)) if (problem) problems.set(id, problem);
  return problems;
}
