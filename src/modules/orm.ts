import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { entities } from './entities.js';
import { migrationsList } from '../../migrations/index.js';
import { prepareMarkedStatements } from '../db/prepared-statements.js';
import type pg from 'pg';

export type Orm = MikroORM;

/** The one MikroORM configuration; tests and tools pass overrides (e.g. a query logger). */
export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Migrations are imported, not discovered from disk, so compiled code and
    // ts-jest run the same list without a TypeScript loader.
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    schemaGenerator: {
      // graphile-worker owns its schema; uuid_v7() is ours but written by hand in migration 1.
      ignoreSchema: ['graphile_worker'],
      ignoreRoutines: true,
      // The auth-change triggers are written by hand too (Migration20261206000020_auth_change_notify).
      ignoreTriggers: true,
    },
    pool: { min: 0, max: 10 },
    // The read path's marked statements go out named, so PostgreSQL plans them once per connection.
    driverOptions: {
      onPoolCreated: (pool: pg.Pool) => pool.on('connect', (client) => prepareMarkedStatements(client)),
    },
    // Resolvers must fork an EntityManager per request, job and event.
    allowGlobalContext: false,
    ...overrides,
  });
}

export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}
