import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';

/**
 * The console's GraphQL client: typed documents from codegen (console/src/gql, as strings)
 * over fetch, and subscriptions over graphql-ws on the same path. Nothing the hub's public
 * API does not offer any other client.
 *
 * Each document goes by its id (`__meta__.hash`, the sha256 codegen put in
 * persisted-documents.json), not its text: the hub registers the console's manifest, so
 * the console runs under PERSISTED_DOCUMENTS_ONLY as a storefront with its own manifest does.
 */
export type Document<R, V> = DocumentTypeDecoration<R, V> & {
  toString(): string;
  __meta__?: Record<string, unknown>;
};

/** The document's persisted id (`sha256:<hex>`), when codegen gave it one. */
function idOf(document: { __meta__?: Record<string, unknown> }): string | undefined {
  const hash = document.__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

/** A GraphQL or network error, with the hub's `extensions.code` when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GqlBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const ENDPOINT = '/graphql';

/** Called when the hub says the token is no longer good (expired, revoked): the app logs out. */
let onUnauthenticated: () => void = () => undefined;

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/**
 * Runs one operation; throws ApiError for a GraphQL error (the first one), or when the hub can't be reached.
 * By id first; a hub that does not know the id (another version behind the same address, during a
 * rolling deploy) is asked again with the text, which it runs unless PERSISTED_DOCUMENTS_ONLY.
 */
export async function request<R, V>(
  token: string | null,
  document: Document<R, V>,
  variables?: V,
  signal?: AbortSignal,
): Promise<R> {
  const documentId = idOf(document);
  if (documentId === undefined) return post(token, { query: document.toString(), variables }, signal);
  try {
    return await post<R>(token, { documentId, variables }, signal);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'PERSISTED_QUERY_NOT_FOUND') throw err;
    return post(token, { query: document.toString(), variables }, signal);
  }
}

async function post<R>(token: string | null, payload: Record<string, unknown>, signal?: AbortSignal): Promise<R> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(payload),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('The hub did not answer: check that it runs and that this page can reach it.', 'NETWORK');
  }
  let body: GqlBody<R>;
  try {
    body = (await res.json()) as GqlBody<R>;
  } catch {
    throw new ApiError(`The hub answered ${res.status} without GraphQL: is this page served by the hub?`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? null;
    if (code === 'UNAUTHENTICATED' && token) onUnauthenticated();
    throw new ApiError(first.message, code);
  }
  if (body.data == null) throw new ApiError(`The hub answered ${res.status} with no data.`, 'HTTP');
  return body.data;
}

/** One graphql-ws connection per token, opened on the first subscription, closed by closeSocket(). */
let socket: { token: string; client: Client } | null = null;

function socketFor(token: string): Client {
  if (socket?.token === token) return socket.client;
  socket?.client.dispose();
  const url = new URL(ENDPOINT, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.href,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    // Reconnects after a restart of the hub or a network drop, for as long as the page is open;
    // not when the hub refused the token (4401, 4403: expired or revoked): the console signs out.
    retryAttempts: Infinity,
    shouldRetry: (event) => !isAuthClose(event),
    on: {
      closed: (event) => {
        if (isAuthClose(event)) onUnauthenticated();
      },
    },
  });
  socket = { token, client };
  return client;
}

/** The hub's close codes for a token it does not accept (src/auth/socket-auth.ts). */
function isAuthClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === 4401 || code === 4403;
}

export function closeSocket(): void {
  socket?.client.dispose();
  socket = null;
}

export interface SubscriptionHandlers<R> {
  next(data: R): void;
  error?(error: ApiError): void;
}

/** Subscribes; returns the function that ends the subscription. */
export function subscribe<R, V>(
  token: string,
  document: Document<R, V>,
  variables: V,
  handlers: SubscriptionHandlers<R>,
): () => void {
  const documentId = idOf(document);
  // graphql-ws wants a `query` string: an empty one and the id in APQ's extension (docs/api.md).
  const payload = documentId
    ? { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: documentId.replace(/^sha256:/, '') } } }
    : { query: document.toString() };
  return socketFor(token).subscribe<R>(
    { ...payload, variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) handlers.next(result.data as R);
        const first = result.errors?.[0];
        if (first) handlers.error?.(new ApiError(first.message, (first.extensions?.code as string) ?? null));
      },
      error: (err) => {
        const message = err instanceof Error ? err.message : 'The live connection to the hub failed.';
        handlers.error?.(new ApiError(message, 'SUBSCRIPTION'));
      },
      complete: () => undefined,
    },
  );
}
