import type pg from 'pg';

/**
 * Named (prepared) statements for the hub's hot statements (issue 15): the read
 * path's list pages, and the statements on a push's critical path (its lock,
 * claim and read, the create notes, its completion).
 *
 * Kysely, under the ORM, sends every statement unnamed, so PostgreSQL parses
 * and plans it on every execution; with a name it parses once per connection
 * and can reuse the plan (a catalogue page: ~2.4 → ~1.8 ms of PostgreSQL's CPU;
 * a push's read under its lock plans in ~0.7 ms unnamed, ~0.03 ms named, its
 * lock in ~0.45 → ~0.015 ms, besides the parse of their long texts; a round trip
 * of the read ~1.9–4.0 → ~0.9–1.2 ms, of the lock ~0.7–0.95 → ~0.16–0.23 ms: p50
 * on PostgreSQL 15, an order of a 20 000-order database, quiet to loaded). A statement
 * asks for it by its text's first characters, {@link PREPARED}; the pool's clients
 * ({@link prepareMarkedStatements}, installed by the ORM's `onPoolCreated`, so
 * every app and test database has it on its own pool) send such a text as a
 * named statement. Only statements whose text takes no client-chosen value are
 * marked (values travel as bind parameters; a text chosen from a fixed set, such
 * as a push's table, is one statement per text), and each connection keeps at
 * most `max` of them, the least recently used going first (`DEALLOCATE`), so a
 * client cannot fill PostgreSQL's memory with plans.
 *
 * Names are the connection's own, never reused (`hub_` and a sequence): a name
 * always means one text, so pg's "Prepared statements must be unique" can never
 * fire, and an evicted statement's name is not taken by another while its
 * DEALLOCATE is queued. Prepared statements are the session's, not the
 * transaction's: a rollback keeps them, and an error while one runs leaves it
 * (and the connection) usable. Streaming (pg-cursor, a `Submittable`) and calls
 * with a callback pass through unnamed.
 *
 * Plans: PostgreSQL plans a named statement with its values (a custom plan) for
 * its first 5 executions, then keeps a generic plan when its estimate is no worse
 * (`plan_cache_mode = auto`). The push's statements look rows up by key, so the
 * generic plan is the custom one (the read's, node for node); measured
 * (pg_prepared_statements' generic_plans, custom_plans), PostgreSQL takes it from
 * the 6th execution on and plans no more. They are not forced generic:
 * `plan_cache_mode` is the session's setting, not a statement's, it would force
 * the list pages' filters (skewed statuses) too, and the 5 custom plans per
 * connection cost once what the unnamed statement paid on every push.
 *
 * Named statements need a session of their own: PgBouncer in session mode, as
 * docs/operations.md asks, not transaction mode.
 */
export const PREPARED = '/* prepared */ ';

/** `text` marked for a named statement (see {@link PREPARED}). */
export const prepared = (text: string): string => PREPARED + text;

/** Statements kept per connection. */
export const MAX_PREPARED_PER_CONNECTION = 64;

/** pg's per-connection bookkeeping of named statements (not part of its types). */
interface ConnectionStatements {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
}

let sequence = 0;

/**
 * Makes `client` send the texts marked {@link PREPARED} as named statements, at
 * most `max` per connection. Other queries (and every non-string form of
 * `query`) pass through untouched.
 */
export function prepareMarkedStatements(client: pg.ClientBase, max = MAX_PREPARED_PER_CONNECTION): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const connection = (client as unknown as { connection: ConnectionStatements }).connection;
  /** Text → statement name, least recently used first. */
  const names = new Map<string, string>();
  const evict = () => {
    const [text, name] = names.entries().next().value!;
    names.delete(text);
    // pg forgets the name only once the server has: a query queued before this one may still use it.
    // Names are never reused, so nothing after it does.
    void (query(`deallocate "${name}"`) as Promise<unknown>).then(
      () => {
        delete connection.parsedStatements[name];
        delete connection.submittedNamedStatements[name];
      },
      () => undefined,
    );
  };
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !text.startsWith(PREPARED) || typeof args[2] === 'function') return query(...args);
    let name = names.get(text);
    if (name !== undefined) names.delete(text);
    else {
      if (names.size >= max) evict();
      name = `hub_${(++sequence).toString(36)}`;
    }
    names.set(text, name);
    const named = name;
    return (query({ name, text, values }) as Promise<unknown>).catch((err: unknown) => {
      // Failed before PostgreSQL parsed it (refused, as everything is in an aborted transaction; or a value
      // pg could not send): no statement has the name, so the text is forgotten. Left in the list, its
      // eviction's DEALLOCATE of an unknown name would fail, aborting the transaction it ran in; next time
      // it is parsed under a new name. (Failed once parsed, as a constraint would: it is kept and reused.)
      if (!connection.parsedStatements[named] && names.get(text) === named) names.delete(text);
      throw err;
    });
  }) as typeof client.query;
}
