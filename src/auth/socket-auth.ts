import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../observability/logger.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { authenticate, tokenProblem, type AuthState } from './authenticate.js';

type Extra = { socket: WebSocket };

/** Close codes: 4401 no or bad credentials, 4403 credentials no longer valid (expired, revoked). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/**
 * Authentication of graphql-ws connections: the bearer token travels in
 * connectionParams.authorization and is checked once in onConnect, before any
 * operation runs; then every `sweepMs` the tokens of open sockets are checked
 * again, so a revoked or expired token loses its live subscriptions.
 */
export class SocketAuth {
  private readonly states = new Map<WebSocket, AuthState & { kind: 'authenticated' }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    sweepMs = 30_000,
  ) {
    this.timer = setInterval(() => void this.sweep(), sweepMs);
    this.timer.unref();
  }

  /** graphql-ws onConnect: true to accept; otherwise the socket is closed with a reason. */
  readonly onConnect = async (ctx: Context<Record<string, unknown> | undefined, Extra>): Promise<boolean> => {
    const authorization = ctx.connectionParams?.authorization;
    const state = await authenticate(
      this.orm.em.fork(),
      typeof authorization === 'string' ? authorization : undefined,
      this.logger,
    );
    const socket = ctx.extra.socket;
    if (state.kind !== 'authenticated') {
      const reason =
        state.kind === 'anonymous' ? 'Send connectionParams.authorization: "Bearer <token>"' : state.error.message;
      socket.close(CLOSE_UNAUTHORIZED, reason.slice(0, 120));
      return false;
    }
    this.states.set(socket, state);
    socket.once('close', () => this.states.delete(socket));
    return true;
  };

  authOf(socket: WebSocket): AuthState {
    return this.states.get(socket) ?? { kind: 'anonymous' };
  }

  /** Closes sockets whose token was revoked or has expired since they connected. */
  async sweep(): Promise<void> {
    if (!this.states.size) return;
    try {
      const ids = [...new Set([...this.states.values()].map((s) => s.principal.token.id))];
      const tokens = new Map((await this.orm.em.fork().find(ApiToken, { id: { $in: ids } })).map((t) => [t.id, t]));
      for (const [socket, state] of this.states) {
        const token = tokens.get(state.principal.token.id);
        const problem = token ? tokenProblem(token) : 'This API token no longer exists.';
        if (problem) {
          this.states.delete(socket);
          socket.close(CLOSE_FORBIDDEN, problem.slice(0, 120));
        }
      }
    } catch (err) {
      this.logger.warn({ err }, 'could not re-check the tokens of open WebSockets');
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
