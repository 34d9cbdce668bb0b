import { parseArgs } from 'node:util';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { parseId } from '../modules/common/ids.js';
import { EXIT_OK, EXIT_USAGE, type Output, reportError, UsageError } from './cli-output.js';

/** Opens the (migrated) database for one command: cli.ts's, passed in so this layer opens nothing itself. */
export type WithDatabase = <T>(fn: (orm: MikroORM) => Promise<T>) => Promise<T>;

type Values = Record<string, string | boolean | undefined>;

/** Runs `fn` on a fresh EntityManager of the (migrated) database. */
export type OpenDatabase = <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;

/** One subcommand of a group, e.g. `failures retry`. */
export interface Subcommand {
  /** Its usage line after `<group> <name>`, e.g. `ID [--note TEXT]`. */
  usage: string;
  summary: string;
  /** Flags beyond `--json` (all take a value unless `boolean`). */
  flags?: Record<string, 'string' | 'boolean'>;
  /** Takes one record id (checked: a UUID), as its only positional argument (or `--id`). */
  takesId?: boolean;
  /** Checks its flags first, then opens the database with `db` (so a usage error touches nothing). */
  run(input: { db: OpenDatabase; values: Values; id: string; out: Output }): Promise<void>;
}

/** A group of subcommands (`hub failures list|show|…`) as one command of cli.ts. */
export function commandGroup(group: string, subcommands: Record<string, Subcommand>) {
  const usage = () =>
    `Usage: npm run hub -- ${group} <subcommand> [--json]\n\n` +
    Object.entries(subcommands)
      .map(([name, s]) => `  ${group} ${name} ${s.usage}\n      ${s.summary}`)
      .join('\n');

  return async (args: string[], withDatabase: WithDatabase): Promise<number> => {
    const out: Output = { json: args.includes('--json') };
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
      (name ? process.stdout : process.stderr).write(`${usage()}\n`);
      return name ? EXIT_OK : EXIT_USAGE;
    }
    try {
      const subcommand = subcommands[name];
      if (!subcommand) throw new UsageError(`Unknown subcommand: ${group} ${name}\n\n${usage()}`);
      const options = Object.fromEntries(
        Object.entries({ json: 'boolean', ...(subcommand.takesId ? { id: 'string' } : {}), ...subcommand.flags }).map(
          ([flag, type]) => [flag, { type: type as 'string' | 'boolean' }],
        ),
      );
      const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
      const ids = [...positionals, ...(typeof values.id === 'string' ? [values.id] : [])];
      if (subcommand.takesId ? ids.length !== 1 : positionals.length) {
        throw new UsageError(
          `${group} ${name} takes ${subcommand.takesId ? 'one id' : 'no arguments'}: ${group} ${name} ${subcommand.usage}`,
        );
      }
      const db: OpenDatabase = (fn) => withDatabase((orm) => fn(orm.em.fork()));
      // A malformed id fails here (exit 1), before the database is opened.
      await subcommand.run({ db, values, id: subcommand.takesId ? parseId(ids[0]!) : '', out });
      return EXIT_OK;
    } catch (err) {
      return reportError(out, err);
    }
  };
}

/** `--limit`: how many rows a list shows (newest first), 50 unless given, at most 1000. */
export function limitOf(values: Values): number {
  const given = values.limit;
  if (given === undefined) return 50;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--limit must be 1 to 1000; got ${given}`);
  return n;
}

/**
 * An enum flag (`--status`, `--entity`): the value or the GraphQL name, in any
 * case (`PRODUCT`, `product`, `sale_order`), or one of a list; undefined when not given.
 */
export function enumFlag<E extends string>(
  values: Values,
  flag: string,
  choices: Record<string, E> | readonly E[],
): E | undefined {
  const given = values[flag];
  return typeof given === 'string' ? enumValue(flag, given, choices) : undefined;
}

/** A comma-separated list of {@link enumFlag}'s values (`--types PRODUCT,partner`); undefined when not given. */
export function enumListFlag<E extends string>(
  values: Values,
  flag: string,
  choices: Record<string, E> | readonly E[],
): E[] | undefined {
  const given = values[flag];
  if (typeof given !== 'string') return undefined;
  return given
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => enumValue(flag, item, choices));
}

function enumValue<E extends string>(flag: string, given: string, choices: Record<string, E> | readonly E[]): E {
  const entries = Array.isArray(choices) ? choices.map((c) => [c, c] as const) : Object.entries(choices);
  const found = entries.find(
    ([name, value]) => name.toLowerCase() === given.toLowerCase() || value === given.toLowerCase(),
  );
  if (!found) {
    throw new UsageError(`--${flag} must be one of ${entries.map(([name]) => name).join(', ')}; got ${given}`);
  }
  return found[1];
}
