/**
 * A Map bounded to `maxEntries`: setting a new key past the bound drops the
 * least recently used one (a `get` that finds its key counts as a use). Built on
 * Map's insertion order, so every operation is O(1); for process-local caches
 * (verified tokens, documents) that must not grow with what clients send.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error(`LruMap needs maxEntries ≥ 1, not ${maxEntries}`);
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Re-inserted: now the most recently used.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value as K);
    return this;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** Deletes every entry `drop` says yes to; returns how many. */
  deleteWhere(drop: (value: V, key: K) => boolean): number {
    let dropped = 0;
    for (const [key, value] of this.map) {
      if (drop(value, key)) {
        this.map.delete(key);
        dropped++;
      }
    }
    return dropped;
  }
}
