import type pg from 'pg';

/**
 * Named (prepared) statements for the read path's hot statements (issue 15).
 *
 * Kysely, under the ORM, sends every statement unnamed, so PostgreSQL parses
 * and plans a list page on every request; with a name it plans once per
 * connection and reuses the plan (a catalogue page: ~2.4 → ~1.8 ms of
 * PostgreSQL's CPU). A statement asks for it by its text's first characters,
 * {@link PREPARED}; the pool's clients ({@link prepareMarkedStatements}) send
 * such a text as a named statement. Only statements whose text takes no
 * client-chosen value are marked (values travel as bind parameters), and each
 * connection keeps at most `max` of them, the least recently used going first
 * (`DEALLOCATE`), so a client cannot fill PostgreSQL's memory with plans.
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
  submittedNamedStatements?: Record<string, string>;
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
        delete connection.submittedNamedStatements?.[name];
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
      name = `hub_read_${(++sequence).toString(36)}`;
    }
    names.set(text, name);
    return query({ name, text, values });
  }) as typeof client.query;
}
