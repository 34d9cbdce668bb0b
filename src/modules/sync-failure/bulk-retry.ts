import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { badInput, DomainError } from '../../domain/errors.js';
import { parseIds } from '../common/ids.js';
import { retrySyncFailure } from './sync-failure-actions.service.js';
import { SyncFailure } from './sync-failure.entity.js';

/** The most failures one retrySyncFailures call takes (a console's selection; a script pages). */
export const MAX_BULK_RETRY = 500;

@ObjectType('RefusedRetry', { description: 'A failure of a bulk retry that was not retried, and why.' })
export class RefusedRetry {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'The error code retrySyncFailure would have answered (NOT_FOUND, BAD_USER_INPUT, …).',
  })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('RetrySyncFailuresResult')
export class RetrySyncFailuresResult {
  @Field(() => [SyncFailure], { description: 'Retried, each as retrySyncFailure returns it.' })
  retried!: SyncFailure[];

  @Field(() => [RefusedRetry], { description: 'Not retried (unknown, already resolved, nothing to retry), with why.' })
  refused!: RefusedRetry[];
}

/**
 * `retrySyncFailures`: retrySyncFailure for each id, in the order given, each on
 * its own (one refused leaves the others retried); a repeated id counts once.
 */
export async function retrySyncFailures(em: EntityManager, ids: readonly string[]): Promise<RetrySyncFailuresResult> {
  if (ids.length > MAX_BULK_RETRY) throw badInput(`At most ${MAX_BULK_RETRY} ids a call (got ${ids.length}).`);
  const result = Object.assign(new RetrySyncFailuresResult(), { retried: [], refused: [] });
  for (const id of new Set(parseIds(ids))) {
    try {
      result.retried.push(await retrySyncFailure(em, id));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      result.refused.push(Object.assign(new RefusedRetry(), { id, code: err.code, message: err.message }));
    }
  }
  return result;
}
