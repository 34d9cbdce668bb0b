import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Agent, type Dispatcher } from 'undici';
import type { Config } from '../../config.js';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, FailureSource, WebhookDirection } from '../../domain/enums.js';
import type { Logger } from '../../observability/logger.js';
import type { LoggedFetch } from '../../observability/outbound-http.js';
import { enqueueDelivery } from '../../outbox/webhook-fan-out.js';
import { secretKey, signedHeaders, SECRET_PREFIX } from './webhook-signing.js';
import { checkLiteralHost, guardedLookup, WebhookAddressRefused } from './url-guard.js';
import { notifyInTransaction } from '../../outbox/notify.js';

/**
 * One attempt of one delivery, and what follows from its answer:
 * 2xx → DELIVERED; 410 Gone → FAILED and the config deactivated; anything else
 * (another status, a redirect, no answer within the timeout) → the next attempt
 * is scheduled (Retry-After for 429/503, else WEBHOOK_RETRY_SCHEDULE with
 * jitter) by re-enqueueing the job with run_at, so the row shows attempts and
 * nextAttemptAt exactly; with no attempt left → FAILED with an open SyncFailure
 * linked to it (the same one again when a replay fails too). An endpoint whose
 * attempts have all failed for WEBHOOK_DISABLE_AFTER_DAYS is deactivated, with
 * a SyncFailure saying why.
 */

/** What an attempt needs. */
export interface DeliveryDeps {
  /** The root EntityManager (forked per use). */
  em: EntityManager;
  /** The logged fetch: every attempt lands in ApiLog. */
  fetch: LoggedFetch;
  config: Pick<Config, 'webhooks' | 'webhookAllowPrivate'>;
  logger: Logger;
  /** Where connections are opened; by default one that refuses private addresses unless they are allowed. */
  dispatcher?: Dispatcher;
  /** Reads and writes shared by the deliveries in flight (see createDeliveryStore); by default, one of its own. */
  store?: DeliveryStore;
}

export type AttemptOutcome = 'skipped' | 'delivered' | 'retrying' | 'failed' | 'disabled';

/** How much of an endpoint's answer is kept in lastError. */
export const MAX_ERROR_BODY = 1024;

/** Retry-After beyond this is taken as this: a day is the longest an endpoint may postpone us. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

const USER_AGENT = 'odoo-sync-hub-webhooks/1';

/** A delivery with what its attempt needs of its config. */
export interface DeliveryRow {
  id: string;
  message_id: string;
  payload: { type: string; timestamp: string; data: { externalId?: string } & Record<string, unknown> };
  status: string;
  attempts: number;
  sync_failure_id: string | null;
  config_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_live: boolean | null;
  is_active: boolean;
  direction: WebhookDirection;
  entity_type: EntityType;
}

interface Answer {
  /** HTTP status, or null when none came (refused, timed out, network). */
  status: number | null;
  /** null on 2xx. */
  error: string | null;
  retryAfterMs: number | null;
}

/** The body as sent: the stored message with its keys in the spec's order, the same bytes on every attempt. */
export function messageBody(payload: DeliveryRow['payload']): string {
  return JSON.stringify({ type: payload.type, timestamp: payload.timestamp, data: payload.data });
}

/**
 * A dispatcher that checks every address a delivery connects to (see url-guard.ts);
 * `lookup` replaces DNS (tests).
 */
export function guardedDispatcher(lookup?: Parameters<typeof guardedLookup>[0]): Dispatcher {
  return new Agent({ connect: { lookup: guardedLookup(lookup) } });
}

/** The delay before attempt `attempt + 1`, or null when `attempt` was the last. */
export function nextDelayMs(
  attempt: number,
  scheduleMs: readonly number[],
  answer: Pick<Answer, 'status' | 'retryAfterMs'>,
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

const LOAD = `
select d."id", d."message_id", d."payload", d."status", d."attempts", d."sync_failure_id",
       c."id" as "config_id", c."url", c."secret", c."previous_secret",
       c."previous_secret_expires_at" > now() as "previous_live", c."is_active", c."direction", c."entity_type"
  from "webhook_delivery" d join "webhook_config" c on c."id" = d."webhook_config_id"
 where d."id" = any($1::uuid[])`;

// Every write below is conditional on the attempt count the attempt started from:
// a replay that reset the row meanwhile wins, and this attempt's result is dropped.
const DELIVERED = `
with "d" as (
  update "webhook_delivery" w
     set "status" = 'delivered', "attempts" = r."attempt", "response_status" = r."status", "last_error" = null,
         "next_attempt_at" = null, "delivered_at" = now(), "updated_at" = now()
    from unnest($1::uuid[], $2::int[], $3::int[]) as r("id", "attempt", "status")
   where w."id" = r."id" and w."status" = 'pending' and w."attempts" = r."attempt" - 1
  returning w."id", w."webhook_config_id"
), "c" as (
  update "webhook_config" c set "failing_since" = null
   where c."id" in (select "webhook_config_id" from "d") and c."failing_since" is not null
  returning 1
)
select array_agg(d."id") as "ids" from "d"`;

interface Delivered {
  id: string;
  attempt: number;
  status: number;
}

/**
 * The two statements every delivery makes, its read and (mostly) its success,
 * shared by the deliveries a worker has in flight: the calls of one
 * BATCH_WINDOW_MS become one statement (DataLoader, uncached), so at high rates
 * the database sees a few statements per batch instead of two (and two commits)
 * per delivery. Each caller still awaits its own row's result, so a job
 * completes only after its write is committed.
 */
export interface DeliveryStore {
  load(id: string): Promise<DeliveryRow | null>;
  /** False when the row was no longer this attempt's to write (a replay reset it). */
  delivered(row: Delivered): Promise<boolean>;
}

/** A few ms more per delivery for one statement and one commit per batch (see README, Performance). */
export const BATCH_WINDOW_MS = 5;

export function createDeliveryStore(em: EntityManager): DeliveryStore {
  const batching = {
    cache: false,
    maxBatchSize: 500,
    batchScheduleFn: (run: () => void) => setTimeout(run, BATCH_WINDOW_MS),
  };
  const loads = new DataLoader<string, DeliveryRow | null>(async (ids) => {
    const rows = await sqlQuery<DeliveryRow>(em.fork(), LOAD, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, batching);
  const writes = new DataLoader<Delivered, boolean>(async (batch) => {
    const [result] = await sqlQuery<{ ids: string[] | null }>(em.fork(), DELIVERED, [
      batch.map((b) => b.id),
      batch.map((b) => b.attempt),
      batch.map((b) => b.status),
    ]);
    const done = new Set(result?.ids ?? []);
    return batch.map((b) => done.has(b.id));
  }, batching);
  return { load: (id) => loads.load(id), delivered: (row) => writes.load(row) };
}

const ATTEMPT_FAILED = `
update "webhook_delivery" set "status" = case when $6 then 'failed' else 'pending' end, "attempts" = $2,
       "response_status" = $3, "last_error" = $4,
       "next_attempt_at" = case when $6 then null else now() + $5 * interval '1 millisecond' end, "updated_at" = now()
 where "id" = $1 and "status" = 'pending' and "attempts" = $2 - 1
returning "next_attempt_at"`;

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

// A delivery has at most one open SyncFailure: a replay that fails again ($6, the
// failure its earlier round opened, still open) updates that one rather than
// leaving it open and unlinked beside a new one.
const OPEN_FAILURE = `
with "kept" as (
  update "sync_failure" set "external_id" = $2::text, "error_message" = $4::text, "updated_at" = now()
   where "id" = $6::uuid and "status" = 'open'
  returning "id"
), "created" as (
  insert into "sync_failure" ("id", "entity_type", "external_id", "source", "status", "error_message", "created_at", "updated_at")
  select uuid_v7(), $1::text, $2::text, $3::text, 'open', $4::text, now(), now() where not exists (select 1 from "kept")
  returning "id"
), "f" as (select "id" from "kept" union all select "id" from "created")
update "webhook_delivery" d set "sync_failure_id" = f."id", "status" = 'failed', "next_attempt_at" = null
  from "f" where d."id" = $5
returning f."id"`;

const RESOLVE_FAILURE = `
update "sync_failure" set "status" = 'resolved', "resolved_at" = now(), "updated_at" = now(),
       "resolution_note" = 'The webhook was delivered on a later attempt (redeliverWebhook).'
 where "id" = $1 and "status" = 'open'
returning "id", "source", "entity_type"`;

/** Runs one attempt of delivery `deliveryId` and records it; returns what became of it. */
export async function attemptDelivery(deps: DeliveryDeps, deliveryId: string): Promise<AttemptOutcome> {
  const store = deps.store ?? createDeliveryStore(deps.em);
  const row = await store.load(deliveryId);
  // Gone with its config, already delivered or failed (a stale job): nothing to do.
  if (!row || row.status !== 'pending') return 'skipped';
  if (!row.is_active) {
    await sqlQuery(
      deps.em.fork(),
      `update "webhook_delivery" set "status" = 'failed', "next_attempt_at" = null, "updated_at" = now(),
              "last_error" = 'Not sent: the webhook config is inactive.'
        where "id" = $1 and "status" = 'pending' and "attempts" = $2`,
      [row.id, row.attempts],
    );
    return 'skipped';
  }
  const attempt = row.attempts + 1;
  const answer = await send(deps, row);
  const context = { deliveryId: row.id, webhookConfigId: row.config_id, attempt, status: answer.status };
  if (answer.error === null) {
    await recordDelivered(deps, store, row, attempt, answer.status!);
    deps.logger.debug(context, 'webhook delivered');
    return 'delivered';
  }
  const outcome = await recordFailedAttempt(deps, row, attempt, answer);
  deps.logger.info({ ...context, outcome }, `webhook attempt failed: ${answer.error.slice(0, 200)}`);
  return outcome;
}

async function send(deps: DeliveryDeps, row: DeliveryRow): Promise<Answer> {
  const url = new URL(row.url);
  // An address written in the URL is never looked up, so the dispatcher cannot refuse it: it is
  // refused here, through the logged fetch all the same (aborted before it connects), so that
  // every attempt has its ApiLog row.
  const literal = deps.config.webhookAllowPrivate ? null : checkLiteralHost(url);
  const body = messageBody(row.payload);
  const keys = [secretKey(row.secret)];
  if (row.previous_secret && row.previous_live) keys.push(secretKey(row.previous_secret));
  const headers = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    ...signedHeaders(keys, row.message_id, Math.floor(Date.now() / 1000), body),
  };
  const timeoutMs = deps.config.webhooks.timeoutMs;
  try {
    const response = await deps.fetch(
      url,
      {
        method: 'POST',
        headers,
        body,
        // A redirect is an answer, not a new target: following it could lead anywhere.
        redirect: 'manual',
        signal: literal ? AbortSignal.abort(new WebhookAddressRefused(literal)) : AbortSignal.timeout(timeoutMs),
        dispatcher: deps.dispatcher,
      } as RequestInit,
      { kind: 'webhook', webhookConfigId: row.config_id },
    );
    // Read (a bounded part of) every body: a finished response keeps the connection reusable.
    // Scrubbed before it is cut, so a secret echoed across the cut cannot leave half of itself.
    const text = cut(scrub(await readPrefix(response, MAX_ERROR_BODY + 256), row), MAX_ERROR_BODY);
    if (response.status >= 200 && response.status < 300)
      return { status: response.status, error: null, retryAfterMs: null };
    const location = originOf(response.headers.get('location'), url);
    const what =
      response.status >= 300 && response.status < 400
        ? `HTTP ${response.status}: redirects are not followed${location ? ` (to ${cut(location, 200)})` : ''}`
        : `HTTP ${response.status}`;
    return {
      status: response.status,
      error: text ? `${what}: ${text}` : what,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  } catch (err) {
    return {
      status: null,
      error: cut(scrub(describeFailure(err, timeoutMs), row), MAX_ERROR_BODY),
      retryAfterMs: null,
    };
  }
}

/** Where a redirect pointed, as its origin only: its path may be a secret as much as ours. */
function originOf(location: string | null, base: URL): string | null {
  if (!location) return null;
  try {
    return new URL(location, base).origin;
  } catch {
    return null;
  }
}

async function readPrefix(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size <= limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut off (timeout, reset) still leaves its status to report.
  } finally {
    if (size > limit) await reader.cancel().catch(() => undefined);
  }
  // `fatal: false`: a multi-byte character cut at the limit becomes U+FFFD, not an error.
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, limit)).trim();
}

/** The first `bytes` bytes of `text` (a character cut in two is dropped). */
function cut(text: string, bytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  return buf.byteLength <= bytes
    ? text
    : new TextDecoder('utf-8').decode(buf.subarray(0, bytes)).replace(/\uFFFD$/, '');
}

/**
 * The endpoint holds our secret and could echo it, and its path and query may be
 * secrets of its own that it echoes too ("Cannot POST /T0/B0/xyz"). lastError is
 * readable through the API and becomes a SyncFailure's message, which is sent to
 * other endpoints: it never keeps either.
 */
function scrub(text: string, row: DeliveryRow): string {
  let out = text;
  for (const secret of [row.secret, row.previous_secret]) {
    if (!secret) continue;
    const bare = secret.slice(SECRET_PREFIX.length);
    // As sent, bare, and URL-encoded (base64's + / = become %2B %2F %3D).
    for (const form of [secret, bare, encodeURIComponent(secret), encodeURIComponent(bare)]) {
      if (form.length >= 16) out = out.split(form).join('[secret]');
    }
  }
  const { origin, pathname, search } = new URL(row.url);
  // Longest first, so the whole URL goes as one; a bare "/" or "?" is no secret and stays.
  const forms = [row.url, origin + pathname, pathname + search, pathname, safeDecode(pathname), search]
    .filter((form) => form.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.split(form).join(form.startsWith(origin) ? `${origin}/[path]` : '[path]');
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function describeFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof WebhookAddressRefused) return `Refused: ${err.message}`;
  const e = err as Error & { cause?: Error & { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `No answer within ${timeoutMs} ms.`;
  const cause = e.cause;
  if (cause) {
    // The refusal may come back re-wrapped as a plain Error whose message starts with its name.
    const refused = cause.message.replace(/^WebhookAddressRefused: /, '');
    if (cause instanceof WebhookAddressRefused || refused !== cause.message) return `Refused: ${refused}`;
    return `${cause.code ? `${cause.code}: ` : ''}${cause.message}`.slice(0, MAX_ERROR_BODY);
  }
  return String(e.message ?? err).slice(0, MAX_ERROR_BODY);
}

async function recordDelivered(
  deps: DeliveryDeps,
  store: DeliveryStore,
  row: DeliveryRow,
  attempt: number,
  status: number,
): Promise<void> {
  if (!row.sync_failure_id) {
    await store.delivered({ id: row.id, attempt, status });
    return;
  }
  // A replay of a message that had failed for good: its SyncFailure is resolved, and that is announced.
  await deps.em.fork().transactional(async (tx) => {
    const [done] = await sqlQuery<{ ids: string[] | null }>(tx, DELIVERED, [[row.id], [attempt], [status]]);
    if (!done?.ids?.length) return;
    const resolved = await sqlQuery<{ id: string; source: FailureSource; entity_type: EntityType }>(
      tx,
      RESOLVE_FAILURE,
      [row.sync_failure_id],
    );
    await notifyInTransaction(
      tx,
      resolved.map((f) => ({ kind: 'failure', failure: { id: f.id, source: f.source, entityType: f.entity_type } })),
    );
  });
}

async function recordFailedAttempt(
  deps: DeliveryDeps,
  row: DeliveryRow,
  attempt: number,
  answer: Answer,
): Promise<AttemptOutcome> {
  const { retryScheduleMs, disableAfterMs } = deps.config.webhooks;
  const gone = answer.status === 410;
  const delay = gone ? null : nextDelayMs(attempt, retryScheduleMs, answer);
  const error = answer.error!;
  return deps.em.fork().transactional(async (tx): Promise<AttemptOutcome> => {
    const updated = await sqlQuery<{ next_attempt_at: Date | null }>(tx, ATTEMPT_FAILED, [
      row.id,
      attempt,
      answer.status,
      error,
      delay ?? 0,
      delay === null,
    ]);
    if (!updated.length) return 'skipped';
    const [endpoint] = await sqlQuery<{ disabled: boolean; since: Date }>(tx, ENDPOINT_FAILED, [
      row.config_id,
      gone,
      disableAfterMs,
    ]);
    const source = row.direction === WebhookDirection.TO_ODOO ? FailureSource.ODOO : FailureSource.WEBSHOP;
    let message: string | null = null;
    let externalId = row.payload.data.externalId ?? row.message_id;
    if (endpoint?.disabled) {
      externalId = `webhook:${row.config_id}`;
      // Named by its config id, never its URL: this message goes out to other endpoints (see scrub).
      message = gone
        ? `Webhook ${row.config_id} answered 410 Gone and was deactivated ` +
          '(updateWebhookConfig with isActive: true turns it on again).'
        : `Every attempt to webhook ${row.config_id} has failed since ${new Date(endpoint.since).toISOString()} ` +
          `(over ${disableAfterMs / 86_400_000} days): it was deactivated. Last error: ${error}`;
    } else if (delay === null) {
      message = `Webhook ${row.payload.type} ${row.message_id} to webhook ${row.config_id} failed after ${attempt} attempt(s): ${error}`;
    }
    if (message === null) {
      await enqueueDelivery(tx, row.id, updated[0]!.next_attempt_at!);
      return 'retrying';
    }
    // The failure is linked before it is announced: the fan-out reads the link
    // to keep it from this config (and from everyone, for a failure event's delivery).
    const [failure] = await sqlQuery<{ id: string }>(tx, OPEN_FAILURE, [
      row.entity_type,
      externalId.slice(0, 255),
      source,
      message.slice(0, 10_000),
      row.id,
      row.sync_failure_id,
    ]);
    await notifyInTransaction(tx, [
      { kind: 'failure', failure: { id: failure!.id, source, entityType: row.entity_type } },
    ]);
    return endpoint?.disabled ? 'disabled' : 'failed';
  });
}
