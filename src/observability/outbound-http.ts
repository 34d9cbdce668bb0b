import { Agent, request, type Dispatcher } from 'undici';
import { ApiLogDirection } from '../domain/enums.js';
import type { ApiLogWriter } from './api-log-writer.js';
import { ACCEPT_ENCODING, headerValue, readDecodedText } from './decoded-body.js';

/**
 * Whom an outbound call goes to, which decides what its ApiLog row may name.
 * Odoo: origin + path (/jsonrpc, /json/2/<model>/<method> are Odoo's public API,
 * not secrets). A webhook: the config's id and the URL's origin only, since an
 * endpoint's path may be its secret (Slack- or Zapier-style URLs).
 */
export type OutboundTarget = { kind: 'odoo' } | { kind: 'webhook'; webhookConfigId: string };

/** fetch, for the hub's own calls out that are not Odoo's (webhook deliveries). */
export type LoggedFetch = (url: string | URL, init: RequestInit, target: OutboundTarget) => Promise<Response>;

/** One request as the Odoo client sends it. */
export interface OutboundRequest {
  /** Sent as written (fetch upper-cases the standard methods, undici does not). */
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body: string;
  /** For the whole exchange, the answer's body included: then it rejects with a TimeoutError. */
  timeoutMs: number;
}

/** An answer read whole: its status, its Content-Type, and its body decoded to text. */
export interface OutboundAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** A request with its ApiLog row, for the Odoo client (see createLoggedRequest). */
export type LoggedRequest = (url: string, request: OutboundRequest, target: OutboundTarget) => Promise<OutboundAnswer>;

/**
 * Runs one outbound call and records its ApiLog row once the call settles:
 * method, what `target` allows of the URL, status, duration until the
 * response headers arrived. Status 0 records a call that got no response
 * (refused, DNS, timeout, abort); its error still reaches the caller.
 */
async function recorded<T>(
  writer: ApiLogWriter,
  call: { url: string | URL; method: string | undefined; target: OutboundTarget },
  send: () => Promise<T>,
  statusOf: (answer: T) => number,
): Promise<T> {
  const { origin, pathname } = new URL(call.url);
  const started = performance.now();
  let statusCode = 0;
  try {
    const answer = await send();
    statusCode = statusOf(answer);
    return answer;
  } finally {
    writer.record({
      method: (call.method ?? 'GET').toUpperCase(),
      // origin leaves out user:password@, and the query string is never kept: either may carry a credential.
      path: call.target.kind === 'odoo' ? origin + pathname : origin,
      webhookConfigId: call.target.kind === 'webhook' ? call.target.webhookConfigId : null,
      direction: ApiLogDirection.OUTBOUND,
      statusCode,
      duration: performance.now() - started,
    });
  }
}

/**
 * The hook webhook deliveries go through: fetch, plus an outbound ApiLog row
 * per call (see `recorded`). With no writer (ApiLog disabled) it is plain fetch.
 */
export function createLoggedFetch(writer: ApiLogWriter | null, fetchImpl: typeof fetch = fetch): LoggedFetch {
  if (!writer) return (url, init) => fetchImpl(url, init);
  return (url, init, target) =>
    recorded(
      writer,
      { url, method: init.method, target },
      () => fetchImpl(url, init),
      (response) => response.status,
    );
}

/**
 * The keep-alive connections of every Odoo call in the process (undici's
 * default Agent: keep-alive, no redirects followed). Its own, not the global
 * dispatcher: that one is shared with Node's built-in fetch, whose undici is
 * another version than this package's.
 */
let odooAgent: Agent | null = null;

/**
 * The hook every Odoo call goes through: undici.request, not fetch, which
 * costs ~0.5–0.7 ms of CPU and latency per call on the hub's side against
 * ~0.2–0.25 ms for request (measured on the project's Odoo simulator, a
 * trivial JSON-RPC call on a kept-alive connection); a push makes 3–4 calls
 * in sequence, so that is ~1–1.5 ms per order. Keeps what fetch gave the Odoo
 * client: an ApiLog row per call (see `recorded`), compressed answers decoded
 * (decoded-body.ts), redirects not followed, the timeout on the whole
 * exchange. The body is always read whole, so the connection goes back to
 * the pool. Errors are undici's own: the socket error itself (its `code`,
 * e.g. ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT, UND_ERR_SOCKET), or the
 * signal's TimeoutError.
 */
export function createLoggedRequest(writer: ApiLogWriter | null, dispatcher?: Dispatcher): LoggedRequest {
  const send = (url: string, outbound: OutboundRequest) =>
    request(url, {
      dispatcher: dispatcher ?? (odooAgent ??= new Agent()),
      method: outbound.method,
      headers: { 'accept-encoding': ACCEPT_ENCODING, ...outbound.headers },
      body: outbound.body,
      signal: AbortSignal.timeout(outbound.timeoutMs),
    });
  return async (url, outbound, target) => {
    const response = writer
      ? await recorded(
          writer,
          { url, method: outbound.method, target },
          () => send(url, outbound),
          (r) => r.statusCode,
        )
      : await send(url, outbound);
    return {
      status: response.statusCode,
      contentType: headerValue(response.headers['content-type']),
      text: await readDecodedText(response),
    };
  };
}
