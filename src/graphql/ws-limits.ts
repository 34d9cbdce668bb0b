import { GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';

/** Close code of a socket refused for a cap (graphql-ws's own "too many" code, which its client does not retry). */
export const CLOSE_TOO_MANY = 4429;

/**
 * The caps on graphql-ws: sockets per token and operations per socket. Sockets
 * are counted on this instance only: behind N instances a token may hold N × the
 * cap. Counting across instances would need a shared, always-current record of
 * open sockets (a row per socket, removed even when an instance dies), which the
 * cap does not justify; each instance's own cap already bounds what one token
 * can hold of each instance's memory.
 */
export class SocketLimits {
  private readonly socketsByToken = new Map<string, Set<WebSocket>>();

  constructor(
    private readonly maxSocketsPerToken: number,
    private readonly maxOperationsPerSocket: number,
  ) {}

  /**
   * Counts `socket` for `tokenId`, or closes it (with a reason naming the cap) and
   * returns false when the token holds the most it may already. Synchronous, so
   * sockets that authenticate at the same time cannot both take the last place.
   */
  admit(socket: WebSocket, tokenId: string): boolean {
    let sockets = this.socketsByToken.get(tokenId);
    if (!sockets) this.socketsByToken.set(tokenId, (sockets = new Set()));
    if (sockets.size >= this.maxSocketsPerToken) {
      socket.close(
        CLOSE_TOO_MANY,
        `This token already holds ${this.maxSocketsPerToken} sockets (WS_MAX_SOCKETS_PER_TOKEN); close one first.`,
      );
      return false;
    }
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (!sockets.size && this.socketsByToken.get(tokenId) === sockets) this.socketsByToken.delete(tokenId);
    });
    return true;
  }

  /** The error for an operation beyond the cap, given the socket's operations (this one included); else null. */
  operationError(running: number): GraphQLError | null {
    if (running <= this.maxOperationsPerSocket) return null;
    return new GraphQLError(
      `This socket already runs ${this.maxOperationsPerSocket} operations (WS_MAX_SUBSCRIPTIONS_PER_SOCKET): ` +
        'complete one, or open another socket, before starting more.',
      { extensions: { code: 'RATE_LIMITED', maxSubscriptionsPerSocket: this.maxOperationsPerSocket } },
    );
  }
}
