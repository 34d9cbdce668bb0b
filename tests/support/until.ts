/**
 * Polls `read` until `pred` holds, for state that no event announces (a queue
 * row's status, a job's completion); bounded, and says what it was waiting for.
 */
export async function until<T>(
  read: () => Promise<T> | T,
  pred: (v: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (pred(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
