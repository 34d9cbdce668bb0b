import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: a forked EntityManager, its loaders, and who is asking. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  requestId: string;
}
