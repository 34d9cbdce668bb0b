import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { SyncableEntity } from './base.entity.js';
import { IngestResult } from './change.types.js';
import { PageArgs } from './page.args.js';
import { connectionType, type Connection } from './pagination.js';
import type { GraphQLContext } from './request-context.js';
import { SyncableListArgs } from './syncable.inputs.js';
import { findSyncable, listSyncable } from './syncable.service.js';

export interface IngestedTypeOptions<T extends object, A extends object, I extends object> {
  /** The GraphQL object type; its name prefixes the connection's (`${name}Connection`, `${name}Edge`). */
  entity: ClassType<T>;
  name: string;
  /** The list query: its root field name, its arguments besides paging, and what it runs. */
  list: string;
  listArgs: ClassType<A>;
  listRecords: (ctx: GraphQLContext, args: A, page: PageArgs) => Promise<Connection<T>>;
  /** The ingest mutation: its root field name, the input of one record, and what it runs. */
  ingest: string;
  input: ClassType<I>;
  ingestRecords: (em: EntityManager, input: I[]) => Promise<IngestResult>;
}

/**
 * The root fields every type Odoo sends shares: a connection (paged, filtered)
 * and the ingest mutation. Returns an abstract resolver (type-graphql's
 * resolvers-inheritance pattern): the module's resolver extends it, names its
 * object type in its own `@Resolver`, and adds what is its own. Root field
 * names are options because the access rules (src/domain/access-rules.ts) and
 * the committed schema name them.
 */
export function ingestedTypeResolver<T extends object, A extends object, I extends object>(
  options: IngestedTypeOptions<T, A, I>,
) {
  const ConnectionType = connectionType(options.entity, options.name);

  @Resolver()
  abstract class IngestedTypeResolver {
    @Query(() => ConnectionType, { name: options.list })
    list(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) page: PageArgs, @Args(() => options.listArgs) args: A) {
      return options.listRecords(ctx, args, page);
    }

    @Mutation(() => IngestResult, {
      name: options.ingest,
      description: 'Data from Odoo, or from an integrator speaking for Odoo. Unchanged data writes nothing.',
    })
    ingest(@Ctx() ctx: GraphQLContext, @Arg('input', () => [options.input]) input: I[]): Promise<IngestResult> {
      return options.ingestRecords(ctx.em, input);
    }
  }
  return IngestedTypeResolver;
}

export interface SyncableTypeOptions<
  T extends SyncableEntity,
  A extends SyncableListArgs,
  I extends object,
> extends Omit<IngestedTypeOptions<T, A, I>, 'listArgs' | 'listRecords'> {
  /** The query of a single record by `id` or `externalId`. */
  one: string;
  /** Arguments besides `filter` (and paging) the list takes; SyncableListArgs when none. */
  listArgs?: ClassType<A>;
  /** A condition those arguments add to the filter's. */
  listWhere?: (args: A) => FilterQuery<T>;
}

/**
 * The root fields of a Syncable type (a record Odoo and the hub both know by
 * its external id): {@link ingestedTypeResolver}'s, listed by SyncableFilter,
 * and a single record by `id` or `externalId`.
 */
export function syncableResolver<T extends SyncableEntity, A extends SyncableListArgs, I extends object>(
  options: SyncableTypeOptions<T, A, I>,
) {
  const { entity, listWhere } = options;

  @Resolver()
  abstract class SyncableTypeResolver extends ingestedTypeResolver<T, A, I>({
    ...options,
    listArgs: options.listArgs ?? (SyncableListArgs as ClassType<A>),
    listRecords: (ctx, args, page) =>
      listSyncable(ctx.em, entity, args.filter, page, ctx.config.maxPageSize, listWhere?.(args)),
  }) {
    @Query(() => entity, { name: options.one, nullable: true })
    one(
      @Ctx() ctx: GraphQLContext,
      @Arg('id', () => ID, { nullable: true }) id?: string,
      @Arg('externalId', () => String, { nullable: true }) externalId?: string,
    ) {
      return findSyncable(ctx.em, entity, { id, externalId });
    }
  }
  return SyncableTypeResolver;
}
