import WebSocket from 'ws';
import type { TestHub } from '../support/hub.js';

/** A graphql-transport-ws message as the server sends it. */
export interface WsMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A raw graphql-ws socket: sends connection_init (with `authorization` in its
 * payload, if given) and reports how the server answered, every message after,
 * and how the socket closed. Raw rather than a graphql-ws client, so that the
 * close code and reason are the server's own.
 */
export function connectSocket(hub: TestHub, authorization?: string) {
  const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const answered = new Promise<'ack' | 'closed'>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as WsMessage;
      messages.push(message);
      if (message.type === 'connection_ack') resolve('ack');
    });
    void closed.then(() => resolve('closed'));
  });
  socket.once('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} })),
  );
  return {
    socket,
    closed,
    answered,
    messages,
    /** Starts operation `id` (once acknowledged). */
    subscribe(id: string, query: string) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    },
  };
}
