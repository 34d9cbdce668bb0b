import type { IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Config } from '../config.js';
import type { HubPubSub } from '../live-events/local-pubsub.js';
import type { Mailer } from '../mail/mailer.js';
import type { AuthState } from '../modules/api-token/authenticate.js';
import type { AuthCache } from '../modules/api-token/authenticator.js';
import { Loaders } from '../modules/common/loaders.js';
import type { GraphQLContext } from '../modules/common/request-context.js';
import type { Logger } from '../observability/logger.js';
import { clientIpOf } from './client-ip.js';

/** Makes a GraphQL operation's context, for an HTTP request or a graphql-ws operation alike. */
export type MakeContext = (id: string, auth: AuthState, request: IncomingMessage) => GraphQLContext;

export interface ContextDeps {
  /** The Express app: its `trust proxy` decides the client's address. */
  app: Express;
  orm: MikroORM;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  pubSub: HubPubSub;
  odooConfigured: boolean;
  authCache: AuthCache;
}

/** Each operation gets its own forked EntityManager and loaders, and a logger that names its request. */
export function graphqlContextFactory(deps: ContextDeps): MakeContext {
  const { app, orm, config, logger, mailer, pubSub, odooConfigured, authCache } = deps;
  return (id, auth, request) => {
    const em = orm.em.fork();
    return {
      clientIp: clientIpOf(app, request),
      em,
      loaders: new Loaders(em, config.maxNestedList),
      config,
      logger: logger.child({ requestId: id }),
      requestId: id,
      mailer,
      auth,
      authCache,
      pubSub,
      odooConfigured,
    };
  };
}
