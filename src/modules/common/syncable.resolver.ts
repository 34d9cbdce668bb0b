import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getArgumentValues,
  getNullableType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { JSONObjectScalar } from './scalars.js';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { SyncableEntity } from './base.entity.js';
import { IngestResult } from './change.types.js';
import { PageArgs } from './page.args.js';
import { connectionType, type Connection, type SqlConditions } from './pagination.js';
import type { GraphQLContext } from './request-context.js';
import { SyncableListArgs } from './syncable.inputs.js';
import { findSyncable, listSyncable, type SyncableRow } from './syncable.service.js';
import { relationKey, type RowRelation } from './loaders.js';
import type { Embedded } from './rows.js';
import { fieldsOf, namesOf, nodeFields } from './selection.js';
import { CLAIMED_TYPES, SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { addConsumerStateCondition } from '../change-feed/consumer-state.js';
import { requestConsumer } from '../consumer/request-consumer.js';

export interface IngestedTypeOptions<T extends object, A extends object, I extends object> {
  /** The GraphQL object type; its name prefixes the connection's (`${name}Connection`, `${name}Edge`). */
  entity: ClassType<T>;
  name: string;
  /** The list query: its root field name, its arguments besides paging, and what it runs. */
  list: string;
  listArgs: ClassType<A>;
  listRecords: (ctx: GraphQLContext, args: A, page: PageArgs, info: GraphQLResolveInfo) => Promise<Connection<T>>;
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
    list(
      @Ctx() ctx: GraphQLContext,
      @Args(() => PageArgs) page: PageArgs,
      @Args(() => options.listArgs) args: A,
      @Info() info: GraphQLResolveInfo,
    ) {
      return options.listRecords(ctx, args, page, info);
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
> extends Omit<IngestedTypeOptions<T, A, I>, 'listArgs' | 'listRecords' | 'entity'> {
  entity: ClassType<T>;
  /** The query of a single record by `id` or `externalId`. */
  one: string;
  /** Arguments besides `filter` (and paging) the list takes; SyncableListArgs when none. */
  listArgs?: ClassType<A>;
  /** Equal properties those arguments add to the filter's conditions. */
  listWhere?: (args: A) => Record<string, unknown>;
  /** Other conditions those arguments add (on the row `t`, in the list's one statement). */
  listConditions?: (args: A, where: SqlConditions) => void;
  /**
   * The one-to-many fields of the type read as rows: read in a page's own statement
   * when the request selects them (see Loaders.embed), and
   * resolved by {@link relationResolver}.
   */
  relations?: Record<string, RowRelation<never>>;
  /** Fields resolved from columns of the row (a product's `localized` from `currentData`): read when they are selected. */
  columnsOf?: Record<string, readonly string[]>;
}

/** Whether a field's type is the JSONObject scalar itself (not a list of it). */
const isJsonObject = (type: GraphQLOutputType | undefined) =>
  type != null && getNullableType(type) === JSONObjectScalar;

/**
 * A list's page with the relations its selection asks for: the node fields decide
 * the columns read, and each selected relation (per set of arguments) is read in
 * the page's own statement (Loaders.embed), so a page costs one statement
 * whatever its size and relations (plus `count(*)` when `totalCount` is asked).
 */
function listWithRelations(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  typeName: string,
  { relations = {}, columnsOf = {} }: Pick<SyncableTypeOptions<never, never, never>, 'relations' | 'columnsOf'>,
  list: (requested: Set<string>, rawJson: Set<string>, embedded: Embedded[]) => Promise<Connection<SyncableRow>>,
): Promise<Connection<SyncableRow>> {
  const fields = nodeFields(info);
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  const requested = namesOf(fields);
  // JSONObject fields take the column's text as it is: nothing between the row and the response changes it.
  const rawJson = new Set([...requested].filter((name) => isJsonObject(type.getFields()[name]?.type)));
  for (const name of [...requested]) for (const column of columnsOf[name] ?? []) requested.add(column);
  const uses = new Map<string, { relation: RowRelation; where: Record<string, string>; requested: Set<string> }>();
  for (const field of fields) {
    const name = field.name.value;
    const relation = relations[name] as RowRelation | undefined;
    if (!relation) continue;
    const where = relation.where?.(getArgumentValues(type.getFields()[name]!, field, info.variableValues)) ?? {};
    const key = relationKey(name, where);
    const use = uses.get(key) ?? { relation, where, requested: new Set<string>() };
    for (const child of namesOf(fieldsOf(field.selectionSet, info))) use.requested.add(child);
    uses.set(key, use);
  }
  const embedded: Embedded[] = [];
  for (const [key, { relation, where, requested: children }] of uses) {
    const embed = ctx.loaders.embed(relation, key, where, children);
    if (embed) embedded.push(embed);
  }
  return list(requested, rawJson, embedded);
}

/**
 * The root fields of a Syncable type (a record Odoo and the hub both know by
 * its external id): {@link ingestedTypeResolver}'s, listed by SyncableFilter,
 * and a single record by `id` or `externalId`.
 */
export function syncableResolver<T extends SyncableEntity, A extends SyncableListArgs, I extends object>(
  options: SyncableTypeOptions<T, A, I>,
) {
  const { entity, listWhere, listConditions, name, relations = {}, columnsOf } = options;
  const entityType = CLAIMED_TYPES.find((type) => SYNCABLE_TYPES[type].entity === name);
  if (!entityType) throw new Error(`${name} is not a type of the change feed (src/domain/syncable-types.ts)`);

  @Resolver()
  abstract class SyncableTypeResolver extends ingestedTypeResolver<SyncableRow, A, I>({
    ...options,
    entity: entity as unknown as ClassType<SyncableRow>,
    listArgs: options.listArgs ?? (SyncableListArgs as ClassType<A>),
    listRecords: async (ctx, args, page, info) => {
      // A consumer's own processing state replaces the records' (the default consumer's) in the filter.
      const state = args.filter?.processingState;
      const consumer = state != null ? await requestConsumer(ctx) : null;
      const filter = consumer ? { ...args.filter, processingState: null } : args.filter;
      return listWithRelations(ctx, info, name, { relations, columnsOf }, (requested, rawJson, embedded) =>
        listSyncable(
          ctx.em,
          entity,
          filter,
          page,
          ctx.config.maxPageSize,
          listWhere?.(args),
          { requested, rawJson, embedded },
          (where) => {
            listConditions?.(args, where);
            if (consumer) addConsumerStateCondition(where, consumer, entityType, state!);
          },
        ),
      );
    },
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
