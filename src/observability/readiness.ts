/**
 * What `/readyz` reports beside the database: the parts of a hub instance that
 * run in the background and can be lost while the process still answers (the
 * event listener's LISTEN connection, a worker's job runner). Each part says
 * when it goes down and comes back; a part that is down makes the instance
 * unready, so a load balancer stops sending it clients whose subscriptions
 * would hear nothing, and an orchestrator can tell a worker that takes no jobs.
 */
export class Readiness {
  private readonly down = new Map<string, string>();

  /** `part` is up (`reason` null) or down for `reason`, e.g. 'event listener', 'connection lost'. */
  set(part: string, reason: string | null): void {
    if (reason === null) this.down.delete(part);
    else this.down.set(part, reason);
  }

  /** Null when every part is up; else the first part down and why, e.g. "event listener: connection lost". */
  problem(): string | null {
    for (const [part, reason] of this.down) return `${part}: ${reason}`;
    return null;
  }
}
