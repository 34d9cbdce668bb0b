import { Agent, type Dispatcher } from 'undici';
import type { Config } from '../../config.js';
import type { LoggedFetch } from '../../observability/outbound-http.js';
import { inSpan, SpanKind } from '../../observability/tracing.js';
import { parseRetryAfter } from './delivery-schedule.js';
import type { DeliveryRow } from './delivery-store.js';
import { secretKey, signedHeaders, SECRET_PREFIX } from './webhook-signing.js';
import { checkLiteralHost, guardedLookup, WebhookAddressRefused } from './url-guard.js';

/**
 * The HTTP side of one attempt: the signed POST, and what its answer (or its
 * absence) says, scrubbed of the endpoint's secrets before it is kept.
 */

/** What a send needs. */
export interface SendDeps {
  /** The logged fetch: every attempt lands in ApiLog. */
  fetch: LoggedFetch;
  config: Pick<Config, 'webhooks' | 'webhookAllowPrivate'>;
  /** Where connections are opened (see guardedDispatcher). */
  dispatcher?: Dispatcher;
}

/** How much of an endpoint's answer is kept in lastError. */
export const MAX_ERROR_BODY = 1024;

const USER_AGENT = 'odoo-sync-hub-webhooks/1';

export interface Answer {
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

/** Sends the delivery once; never throws for what the endpoint or the network did. */
export async function sendDelivery(deps: SendDeps, row: DeliveryRow): Promise<Answer> {
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
    // A span per send: the endpoint's origin only, as in ApiLog (its path may be a secret).
    const response = await inSpan(
      'webhook send',
      {
        kind: SpanKind.CLIENT,
        attributes: { 'http.request.method': 'POST', 'server.address': url.host, 'webhook.config_id': row.config_id },
      },
      async (span) => {
        const answer = await deps.fetch(
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
        span?.setAttribute('http.response.status_code', answer.status);
        return answer;
      },
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
