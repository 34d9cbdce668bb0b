/**
 * One seeding run: a single PRNG stream (so the same sizes always give the
 * same data) and a timeline that dates each record at the next moment between
 * 90 days and one minute ago, in creation order.
 */
import type { Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { prng } from './prng.js';

export interface SeedRun {
  env: SimEnv;
  random: () => number;
  pick<T>(list: readonly T[]): T;
  /** The last moment of the timeline. */
  end: number;
  /** The moment the next create() gets. */
  nextMoment(): number;
  /** Creates at the next moment of the seeding timeline. */
  create(model: string, vals: Vals): number;
  write(model: string, ids: number[], vals: Vals, at: number): true;
}

/** A run spread over `total` steps. */
export function startSeedRun(env: SimEnv, total: number): SeedRun {
  const random = prng(0x0d00);
  const end = Date.now() - 60_000;
  const span = 90 * 24 * 3600 * 1000;
  let step = 0;
  const moment = (n: number) => end - span + Math.floor((n * span) / total);
  return {
    env,
    random,
    pick: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)],
    end,
    nextMoment: () => moment(step),
    create: (model, vals) => env.atTime(moment(step++), () => env.createRecords(model, [vals], {})[0]),
    write: (model, ids, vals, at) => env.atTime(at, () => env.writeRecords(model, ids, vals, {})),
  };
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
