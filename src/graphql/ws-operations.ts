import { randomUUID } from 'node:crypto';
import { ApiLogDirection } from '../domain/enums.js';
import type { ApiLogWriter } from '../observability/api-log-writer.js';

/** The method an ApiLog row of a graphql-ws operation carries (HTTP rows carry GET, POST, …). */
export const WS_METHOD = 'WS';

/** Status of an operation refused before it ran (a bad document, a limit), as HTTP answers it. */
export const REFUSED = 400;
/** Status of an operation refused by a cap on the socket. */
export const TOO_MANY = 429;
/** Status of an operation whose stream broke, which only a bug does. */
const BROKEN = 500;
/** Status of an operation that ran, with or without errors in its result (as HTTP answers it). */
const RAN = 200;

interface Operation {
  requestId: string;
  operationName: string | null;
  started: number;
  /** Set when the operation was refused; otherwise its end decides. */
  status?: number;
}

/**
 * The operations running on graphql-ws sockets: each gets a request id (for its
 * logs and its context) and, when it ends, one ApiLog row like an HTTP request's:
 * method WS, path /graphql, its operation name, and its duration (a subscription's
 * is its lifetime, so its row is written when it ends). A socket is keyed by its
 * graphql-ws context, which lives as long as the socket.
 */
export class WsOperations {
  private readonly bySocket = new WeakMap<object, Map<string, Operation>>();

  constructor(private readonly apiLog: ApiLogWriter | null) {}

  /** Notes operation `id` of `socket` as started; returns its request id. */
  start(socket: object, id: string, operationName: string | null): string {
    let operations = this.bySocket.get(socket);
    if (!operations) this.bySocket.set(socket, (operations = new Map()));
    const requestId = `ws-${randomUUID()}`;
    operations.set(id, { requestId, operationName, started: performance.now() });
    return requestId;
  }

  /** The request id of a started operation (a fresh one if it is unknown, which a bug would make). */
  requestIdOf(socket: object, id: string): string {
    return this.bySocket.get(socket)?.get(id)?.requestId ?? `ws-${randomUUID()}`;
  }

  /** Names the operation once its document is known, when the client sent no operationName. */
  name(socket: object, id: string, operationName: string | null | undefined): void {
    const operation = this.bySocket.get(socket)?.get(id);
    if (operation && operationName) operation.operationName = operationName;
  }

  /** Marks an operation as refused before it ran; its row is written by `end`. */
  refuse(socket: object, id: string, status: number): void {
    const operation = this.bySocket.get(socket)?.get(id);
    if (operation) operation.status = status;
  }

  /** Writes the operation's row (once: an operation can end by error and complete both). */
  end(socket: object, id: string, how: 'completed' | 'failed'): void {
    const operations = this.bySocket.get(socket);
    const operation = operations?.get(id);
    if (!operation) return;
    operations!.delete(id);
    this.apiLog?.record({
      method: WS_METHOD,
      path: '/graphql',
      direction: ApiLogDirection.INBOUND,
      statusCode: operation.status ?? (how === 'completed' ? RAN : BROKEN),
      duration: performance.now() - operation.started,
      operationName: operation.operationName,
      requestId: operation.requestId,
    });
  }
}
