import { createHash } from 'node:crypto';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A live subscription as a queue: `next()` resolves with the next message (or fails after `timeoutMs`). */
export interface LiveSubscription<R> {
  next(timeoutMs?: number): Promise<ExecutionResult<R>>;
  /** Resolves once the server has started the subscription (it answered nothing yet, but is listening). */
  close(): Promise<void>;
  client: Client;
}

export function wsClient(baseUrl: string, token: string | null): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** `persisted`: the document is named by its sha256 (APQ's extension) and its text is not sent. */
export function subscribe<R, V>(
  baseUrl: string,
  token: string | null,
  doc: TypedDocumentNode<R, V>,
  variables?: V,
  options: { persisted?: boolean } = {},
): LiveSubscription<R> {
  const client = wsClient(baseUrl, token);
  const text = print(doc);
  const sha256Hash = createHash('sha256').update(text).digest('hex');
  const queue: ExecutionResult<R>[] = [];
  const waiters: ((r: ExecutionResult<R>) => void)[] = [];
  let failure: unknown = null;
  const failWaiters: ((e: unknown) => void)[] = [];
  client.subscribe<R>(
    {
      variables: variables as Record<string, unknown> | undefined,
      // graphql-ws wants a string: an empty one when the id stands for the text.
      ...(options.persisted
        ? { query: '', extensions: { persistedQuery: { version: 1, sha256Hash } } }
        : { query: text }),
    },
    {
      next: (value) => {
        const waiter = waiters[0];
        if (waiter) waiter(value as ExecutionResult<R>);
        else queue.push(value as ExecutionResult<R>);
      },
      error: (err) => {
        failure = err;
        for (const fail of [...failWaiters]) fail(err);
      },
      complete: () => undefined,
    },
  );
  return {
    client,
    next(timeoutMs = 5000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const settle = () => {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(onValue), 1);
          failWaiters.splice(failWaiters.indexOf(onError), 1);
        };
        const onValue = (v: ExecutionResult<R>) => {
          settle();
          resolve(v);
        };
        const onError = (e: unknown) => {
          settle();
          reject(e);
        };
        // A waiter that timed out must leave the queue, or it would swallow the next message.
        const timer = setTimeout(() => onError(new Error(`no subscription message within ${timeoutMs} ms`)), timeoutMs);
        waiters.push(onValue);
        failWaiters.push(onError);
      });
    },
    async close() {
      await client.dispose();
    },
  };
}

/**
 * A subscription is live once the server has subscribed it to the event bus,
 * which the client cannot see; so poke (make a matching change) until the
 * first event arrives. Returns that first event.
 */
export async function untilLive<R>(
  sub: LiveSubscription<R>,
  poke: () => Promise<unknown>,
  attempts = 50,
): Promise<ExecutionResult<R>> {
  for (let i = 0; ; i++) {
    await poke();
    try {
      return await sub.next(100);
    } catch (err) {
      if (i >= attempts || !/no subscription message/.test(String(err))) throw err;
    }
  }
}
