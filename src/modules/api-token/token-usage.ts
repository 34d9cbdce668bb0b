import type { MikroORM } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { Logger } from '../../observability/logger.js';
import type { ApiToken } from './api-token.entity.js';

/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** How long a use waits in memory before its batch is written. */
export const LAST_USED_FLUSH_MS = 5_000;

// The WHERE keeps "at most once a minute" across instances too: another instance may have written it meanwhile.
const TOUCH = `
  update "api_token" set "last_used_at" = now()
   where "id" = any($1::uuid[]) and ("last_used_at" is null or "last_used_at" < now() - interval '1 minute')`;

/**
 * Records API token use (lastUsedAt) off the request path: a request notes its
 * token in memory, and the noted ids are written in one UPDATE every
 * LAST_USED_FLUSH_MS and on stop. A token is noted at most once a minute per
 * instance (a busy token costs one write a minute, not one per request); a
 * failed write is logged, never fatal.
 */
export class TokenUsage {
  private readonly pending = new Set<string>();
  /** Token id → when this instance last noted it; entries older than the resolution are pruned on flush. */
  private readonly noted = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  record(token: ApiToken, now = Date.now()): void {
    const last = Math.max(this.noted.get(token.id) ?? 0, token.lastUsedAt?.getTime() ?? 0);
    if (now - last < LAST_USED_RESOLUTION_MS) return;
    this.noted.set(token.id, now);
    this.pending.add(token.id);
    // A timer only while something waits: an idle hub wakes for nothing.
    this.timer ??= setTimeout(() => void this.flush(), LAST_USED_FLUSH_MS).unref();
  }

  /** Writes what is noted now (after any write under way). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ids = [...this.pending];
    this.pending.clear();
    const cutoff = Date.now() - LAST_USED_RESOLUTION_MS;
    for (const [id, at] of this.noted) if (at < cutoff) this.noted.delete(id);
    if (!ids.length) return this.flushing;
    this.flushing = this.flushing.then(() =>
      sqlQuery(this.orm.em.fork(), TOUCH, [ids]).then(
        () => undefined,
        (err: unknown) => this.logger.warn({ err, tokens: ids.length }, 'could not record token use'),
      ),
    );
    return this.flushing;
  }
}
