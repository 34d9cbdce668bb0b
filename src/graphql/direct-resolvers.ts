import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Resolvers by `Type.field`, called by graphql-js as they are. */
export type DirectResolvers = Readonly<Record<string, GraphQLFieldResolver<never, never, never>>>;

/**
 * Installs resolvers of hot nested fields on the built schema, in place of
 * type-graphql's wrappers: a field with an argument gets one that validates the
 * arguments asynchronously (a promise per parent, with its ticks), which on a page
 * of products is hundreds per request. The fields keep their type-graphql
 * declaration (type, arguments), whose method calls the same function.
 */
export function useDirectResolvers(schema: GraphQLSchema, resolvers: DirectResolvers): GraphQLSchema {
  for (const [path, resolve] of Object.entries(resolvers)) {
    const [typeName, fieldName] = path.split('.') as [string, string];
    const field = (schema.getType(typeName) as GraphQLObjectType | undefined)?.getFields()[fieldName];
    if (!field) throw new Error(`useDirectResolvers: the schema has no field ${path}`);
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
