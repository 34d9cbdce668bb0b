import type { EntityManager } from '@mikro-orm/postgresql';
import {
  closeAndResume,
  isCircuitOpen,
  openCircuitAndPause,
  recordProbeFailure,
} from '../modules/odoo-circuit/odoo-circuit.service.js';
import { enqueueCircuitProbe } from '../outbox/odoo-jobs.js';
import type { OdooClient } from './odoo-client.js';
import { failureText, isConnectionFailure, neverReachedOdoo, OdooError } from './odoo-error.js';
import type { OdooConnection } from './odoo-transport.js';

/**
 * The circuit of the Odoo connection. Closed, pushes run. The first push that
 * fails for a connection reason (isConnectionFailure: refused, reset, timeout,
 * DNS, a proxy's 502/503/504) opens it: that push and every push after it are
 * *paused* (their rows wait with `paused_at`, without a job, and no attempt is
 * counted), instead of each waiting out a backoff of its own that grows while
 * Odoo is away. A *probe* job asks Odoo its version every ODOO_CIRCUIT_PROBE_SECONDS;
 * its first answer closes the circuit and gives every paused push its job at
 * once, so the backlog drains at the worker's concurrency as soon as Odoo is
 * back. Odoo's own errors (UserError, AccessError, validation, conflicts) never
 * open it: Odoo answered them. The state is a row (odoo_circuit), shared by
 * every worker process.
 */

/** How the circuit behaves (from the config). */
export interface CircuitPolicy {
  /** ODOO_CIRCUIT_PROBE_SECONDS in ms; 0: no circuit (pushes retry with their own backoff, as before). */
  probeMs: number;
  /** OUTBOUND_MAX_ATTEMPTS. */
  maxAttempts: number;
  /** OUTBOUND_UNCERTAIN_RETRY_SECONDS in ms. */
  uncertainRetryMs: number;
}

/** The longest a probe waits for Odoo's answer: an Odoo that takes longer for its cheapest call is not back. */
const PROBE_TIMEOUT_MS = 10_000;

/** The circuit's key for a connection: Odoo's URL without credentials, and the database. */
export function circuitKey(conn: Pick<OdooConnection, 'url' | 'db'>): string {
  const url = new URL(conn.url);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')} ${conn.db}`;
}

export type ProbeOutcome =
  { state: 'not open' } | { state: 'still open'; error: string } | { state: 'closed'; resumed: number };

export class OdooCircuitBreaker {
  readonly connection: string;

  constructor(
    conn: Pick<OdooConnection, 'url' | 'db'>,
    readonly policy: CircuitPolicy,
  ) {
    this.connection = circuitKey(conn);
  }

  get enabled(): boolean {
    return this.policy.probeMs > 0;
  }

  /** The connection whose circuit a push checks before it starts (claimPush); null when there is no circuit. */
  get checkedConnection(): string | null {
    return this.enabled ? this.connection : null;
  }

  /**
   * After a failed push (its attempt counted): a connection failure opens the
   * circuit and pauses the push (true: the caller is done, no SyncFailure, no
   * backoff). The attempt is given back when Odoo never got the call (refused,
   * DNS); it stays when Odoo may have run it (timeout, reset, a proxy's page),
   * and so such a push that used its last attempt fails as before. A create
   * whose answer was lost is resumed no sooner than OUTBOUND_UNCERTAIN_RETRY_SECONDS
   * (the search before a create must not run while Odoo may still be creating).
   */
  async pauseOnFailure(em: EntityManager, item: { id: string; attempts: number }, err: unknown): Promise<boolean> {
    if (!this.enabled || !isConnectionFailure(err)) return false;
    const refundAttempt = neverReachedOdoo(err);
    if (!refundAttempt && item.attempts >= this.policy.maxAttempts) return false;
    const uncertain = err instanceof OdooError && err.uncertain;
    await openCircuitAndPause(
      em,
      this.connection,
      {
        id: item.id,
        error: failureText(err),
        refundAttempt,
        notBefore: uncertain ? new Date(Date.now() + this.policy.uncertainRetryMs) : null,
      },
      this.policy.probeMs,
    );
    return true;
  }

  /**
   * One probe of an open circuit: Odoo's version. An answer (any answer that is
   * not a connection failure: Odoo is there) closes the circuit and resumes every
   * paused push; none queues the next probe.
   */
  async probe(em: EntityManager, odoo: OdooClient): Promise<ProbeOutcome> {
    if (!(await isCircuitOpen(em, this.connection))) return { state: 'not open' };
    try {
      await odoo.versionInfo(PROBE_TIMEOUT_MS);
    } catch (err) {
      if (isConnectionFailure(err)) {
        const error = failureText(err);
        await recordProbeFailure(em, this.connection, error);
        await enqueueCircuitProbe(em, new Date(Date.now() + this.policy.probeMs));
        return { state: 'still open', error };
      }
    }
    const resumed = await closeAndResume(em, this.connection);
    return resumed === null ? { state: 'not open' } : { state: 'closed', resumed };
  }
}
