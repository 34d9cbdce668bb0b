import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';

/**
 * When the next attempt of a delivery is made (WEBHOOK_RETRY_SCHEDULE with
 * jitter, or the endpoint's Retry-After for 429/503), and when an endpoint
 * whose attempts keep failing is deactivated (WEBHOOK_DISABLE_AFTER_DAYS).
 */

/** Retry-After beyond this is taken as this: a day is the longest an endpoint may postpone us. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

/** The delay before attempt `attempt + 1`, or null when `attempt` was the last. */
export function nextDelayMs(
  attempt: number,
  scheduleMs: readonly number[],
  answer: { status: number | null; retryAfterMs: number | null },
  random: () => number = Math.random,
): number | null {
  if (attempt > scheduleMs.length) return null;
  if ((answer.status === 429 || answer.status === 503) && answer.retryAfterMs !== null)
    // At least a second: a Retry-After in the past (a clock behind ours) must not burn the schedule in an instant.
    return Math.min(Math.max(answer.retryAfterMs, MIN_RETRY_AFTER_MS), MAX_RETRY_AFTER_MS);
  // ±10%, so endpoints that failed together are not all retried in the same instant.
  return Math.round(scheduleMs[attempt - 1]! * (0.9 + random() * 0.2));
}

const MIN_RETRY_AFTER_MS = 1000;

// RFC 9110's HTTP-date: IMF-fixdate, or the obsolete RFC 850 and asctime forms.
const HTTP_DATE =
  /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/**
 * Retry-After as delta-seconds or an HTTP date, in ms from `now`; anything else
 * (`1.5`, `-5`, free text) is ignored and the schedule applies.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HTTP_DATE.test(text)) return null;
  // asctime carries no zone; HTTP dates are all GMT.
  const at = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

// The endpoint's failing streak: starts at its first failed attempt, ends at a success.
// Returns whether this attempt deactivated it (410, or a streak older than the limit).
const ENDPOINT_FAILED = `
with "old" as (select "id", "is_active", coalesce("failing_since", now()) as "since" from "webhook_config" where "id" = $1 for update)
update "webhook_config" c
   set "failing_since" = old."since",
       "is_active" = c."is_active" and not ($2 or old."since" <= now() - $3 * interval '1 millisecond'),
       "updated_at" = case when c."is_active" and ($2 or old."since" <= now() - $3 * interval '1 millisecond')
                           then now() else c."updated_at" end
  from "old" where c."id" = old."id"
returning (old."is_active" and not c."is_active") as "disabled", old."since"`;

/**
 * Records a failed attempt against its endpoint (config `configId`), inside the
 * attempt's transaction; `gone` (a 410) deactivates it at once.
 */
export async function endpointFailed(
  tx: EntityManager,
  configId: string,
  gone: boolean,
  disableAfterMs: number,
): Promise<{ disabled: boolean; since: Date } | undefined> {
  const [endpoint] = await sqlQuery<{ disabled: boolean; since: Date }>(tx, ENDPOINT_FAILED, [
    configId,
    gone,
    disableAfterMs,
  ]);
  return endpoint;
}
