import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthState } from '../api-token/authenticate.js';
import type { AuthCache } from '../api-token/authenticator.js';
import type { Config } from '../../config.js';
import type { Mailer } from '../../mail/mailer.js';
import type { HubPubSub } from '../../live-events/local-pubsub.js';
import type { Logger } from '../../observability/logger.js';
import type { Span } from '../../observability/tracing.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: a forked EntityManager, its loaders, and who is asking. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  requestId: string;
  mailer: Mailer;
  /** This instance's live events (fed from every instance through LISTEN/NOTIFY). */
  pubSub: HubPubSub;
  /** Whether an Odoo is configured (ODOO_URL and the rest). */
  odooConfigured: boolean;
  /** The client's address (express's req.ip: X-Forwarded-For only as TRUST_PROXY allows); null when unknown. */
  clientIp: string | null;
  /** Who is asking; checked per root field by auth/access-control.ts. */
  auth: AuthState;
  /**
   * This instance's cache of verified tokens: a mutation that revokes evicts
   * here at once, so its caller's next request is refused even before the
   * database's notification arrives (other instances wait for that, < 1 s).
   */
  authCache: AuthCache;
  /**
   * HTTP requests only (the response's locals): where the operation name is noted for the ApiLog row, and
   * the request's span when tracing (src/http/request-spans.ts), which GraphQL names after the operation.
   */
  httpLocals?: { operationName?: string; requestSpan?: Span };
}
