import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../observability/logger.js';
import type { AuthState } from '../modules/api-token/authenticate.js';
import { Authenticator } from '../modules/api-token/authenticator.js';
import { tokenProblems } from '../modules/api-token/token-lineage.js';

type Extra = { socket: WebSocket };

/** Close codes: 4401 no or bad credentials, 4403 credentials no longer valid (expired, revoked). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/**
 * Authentication of graphql-ws connections: the bearer token travels in
 * connectionParams.authorization and is checked once in onConnect, before any
 * operation runs; then every `sweepMs` (WS_AUTH_RECHECK_SECONDS) the tokens of
 * open sockets are checked again, lineage included, so a token that was revoked
 * or expired, or whose parent was, loses its socket and live subscriptions.
 */
export class SocketAuth {
  private readonly states = new Map<WebSocket, AuthState & { kind: 'authenticated' }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    sweepMs: number,
    /** The app's, shared with HTTP; by default one without a cache. */
    private readonly authenticator = new Authenticator(orm, logger, { cacheTtlMs: 0 }),
  ) {
    this.timer = setInterval(() => void this.sweep(), sweepMs);
    this.timer.unref();
  }

  /** graphql-ws onConnect: true to accept; otherwise the socket is closed with a reason. */
  readonly onConnect = async (ctx: Context<Record<string, unknown> | undefined, Extra>): Promise<boolean> => {
    const authorization = ctx.connectionParams?.authorization;
    const state = await this.authenticator.authenticate(typeof authorization === 'string' ? authorization : undefined);
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

  /** Closes sockets whose token (or an ancestor of it) was revoked or has expired since they connected. */
  async sweep(): Promise<void> {
    if (!this.states.size) return;
    try {
      const ids = [...new Set([...this.states.values()].map((s) => s.principal.token.id))];
      const problems = await tokenProblems(this.orm.em.fork(), ids);
      for (const [socket, state] of this.states) {
        const problem = problems.get(state.principal.token.id);
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
