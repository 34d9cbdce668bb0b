/**
 * `work`, or a rejection after `ms`: for calls that may hang without an error
 * (a query on a half-open connection, a DNS lookup), where waiting forever
 * would stop what depends on the answer (heartbeats, the event listener's
 * ping, a webhook URL check).
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
