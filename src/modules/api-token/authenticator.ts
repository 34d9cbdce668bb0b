import type { MikroORM } from '@mikro-orm/postgresql';
import { LruMap } from '../../domain/lru-map.js';
import type { EventBus } from '../../live-events/notify-listener.js';
import type { Logger } from '../../observability/logger.js';
import { hashToken } from '../common/secrets.js';
import { ANONYMOUS, parseBearer, rejected, verifyToken, type AuthState, type Principal } from './authenticate.js';
import { TokenUsage } from './token-usage.js';

/** The NOTIFY channel of Migration20261206000020_auth_change_notify's triggers. */
export const AUTH_CHANNEL = 'odoo_sync_hub_auth';

/** Verified tokens kept per instance at most (the least recently used go first). */
const MAX_CACHED_TOKENS = 10_000;

interface CachedToken {
  principal: Principal & { token: { id: string } };
  userId: string | null;
  /** Made by another token: valid only while its ancestors are, which no notification about this token says. */
  hasParent: boolean;
  /** Date.now() past which the entry is not used: the TTL's end, or the lineage's first expiry if sooner. */
  validUntil: number;
}

/** What a change made here evicts at once (other instances hear of it through NOTIFY). */
export interface AuthCache {
  /** A token changed (revoked, …): it goes, and every token with a parent (it may be their ancestor). */
  evictToken(id: string): void;
  /** A user changed: its tokens go. */
  evictUser(id: string): void;
}

export interface AuthenticatorOptions {
  /** AUTH_TOKEN_CACHE_SECONDS in ms; 0: no cache. */
  cacheTtlMs: number;
}

/**
 * Authentication of every request (HTTP, graphql-ws, /metrics, the Odoo
 * webhook), one per hub instance. Verified tokens are kept in process for
 * `cacheTtlMs`, keyed by the token's SHA-256, so a busy client costs no query
 * per request; only successes are kept, and an entry is used only until its
 * token (or an ancestor) expires, checked against the clock on every use.
 *
 * Revocation and every other change of a token or its user reach every
 * instance within a second: the database NOTIFYs them on AUTH_CHANNEL
 * (triggers on api_token and user), and each instance evicts what they name.
 * Two rules keep a stale entry from outliving a change: nothing is cached while
 * the LISTEN connection is down (and everything is dropped when it drops and
 * when it is back, for what was missed), and a lookup that started before an
 * eviction does not cache its (possibly older) result.
 */
export class Authenticator implements AuthCache {
  private readonly cache: LruMap<string, CachedToken> | null;
  private readonly usage: TokenUsage;
  /** Whether LISTEN is active, so that evictions arrive; nothing is cached otherwise. */
  private listening = false;
  /** Bumped by every eviction: a lookup caches its result only if none happened while it ran. */
  private generation = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly options: AuthenticatorOptions,
  ) {
    this.cache = options.cacheTtlMs > 0 ? new LruMap(MAX_CACHED_TOKENS) : null;
    this.usage = new TokenUsage(orm, logger);
  }

  /** Subscribes to the auth changes on `bus`; call before the bus starts. Without this, nothing is cached. */
  listen(bus: Pick<EventBus, 'listenTo' | 'onConnection'>): void {
    if (!this.cache) return;
    bus.listenTo(AUTH_CHANNEL, (payload) => this.changed(payload));
    bus.onConnection((listening) => {
      this.evictAll();
      this.listening = listening;
      if (!listening) this.logger.warn('auth change notifications lost: API tokens are looked up on every request');
    });
  }

  /** Checks a bearer credential (a header value, or graphql-ws connectionParams.authorization). */
  async authenticate(authorization: string | undefined | null): Promise<AuthState> {
    if (authorization == null || authorization === '') return ANONYMOUS;
    const raw = parseBearer(authorization);
    if (!raw) return rejected('The Authorization header must be "Bearer <token>".');
    const hash = this.cache ? hashToken(raw) : '';
    const cached = this.cache?.get(hash);
    if (cached) {
      if (Date.now() < cached.validUntil) {
        this.usage.record(cached.principal.token);
        return { kind: 'authenticated', principal: cached.principal };
      }
      this.cache!.delete(hash);
    }
    const generation = this.generation;
    const { state, expiresAt } = await verifyToken(this.orm.em.fork(), raw);
    if (state.kind !== 'authenticated') return state;
    const { principal } = state;
    this.usage.record(principal.token);
    if (this.cache && this.listening && generation === this.generation) {
      const ttlEnd = Date.now() + this.options.cacheTtlMs;
      this.cache.set(hash, {
        principal,
        userId: principal.user?.id ?? null,
        hasParent: Boolean(principal.token.parent),
        validUntil: expiresAt ? Math.min(ttlEnd, expiresAt.getTime()) : ttlEnd,
      });
    }
    return state;
  }

  /** A payload of AUTH_CHANNEL: `token:<id>`, `user:<id>` or `all` (anything else counts as `all`). */
  private changed(payload: string): void {
    const [kind, id] = payload.split(':', 2);
    if (kind === 'token' && id) this.evictToken(id);
    else if (kind === 'user' && id) this.evictUser(id);
    else this.evictAll();
  }

  evictToken(id: string): void {
    this.generation++;
    // A token's change may be an ancestor's: tokens with a parent go too (changes are rare, lookups cheap).
    this.cache?.deleteWhere((entry) => entry.principal.token.id === id || entry.hasParent);
  }

  evictUser(id: string): void {
    this.generation++;
    this.cache?.deleteWhere((entry) => entry.userId === id);
  }

  private evictAll(): void {
    this.generation++;
    this.cache?.clear();
  }

  /** Writes the token uses noted so far (lastUsedAt); the app's stop() calls it. */
  flushUsage(): Promise<void> {
    return this.usage.flush();
  }
}
