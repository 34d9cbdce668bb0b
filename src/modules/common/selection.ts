import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a request selects below a field, read from the document before the
 * field's resolver runs, so that one statement can read just those columns and
 * a page's relations can be loaded before graphql-js asks for them. Directives
 * (@include, @skip) and type conditions are not evaluated: the answer is a
 * superset, which costs a column, never a wrong result.
 */

/** The fields of a selection set, fragments spread and inline fragments flattened. */
export function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: FieldNode[] = [],
): FieldNode[] {
  if (!set) return into;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, into);
    else fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
  return into;
}

/** The fields selected on the connection's nodes, through `nodes` and through `edges { node }`. */
export function nodeFields(info: GraphQLResolveInfo): FieldNode[] {
  const nodes: FieldNode[] = [];
  for (const connection of info.fieldNodes) {
    for (const field of fieldsOf(connection.selectionSet, info)) {
      if (field.name.value === 'nodes') fieldsOf(field.selectionSet, info, nodes);
      else if (field.name.value === 'edges') {
        for (const edge of fieldsOf(field.selectionSet, info)) {
          if (edge.name.value === 'node') fieldsOf(edge.selectionSet, info, nodes);
        }
      }
    }
  }
  return nodes;
}

/** The names of fields (not aliases) among `fields`. */
export const namesOf = (fields: readonly FieldNode[]): Set<string> => new Set(fields.map((f) => f.name.value));

/** Whether a connection's selection asks for `totalCount` or `edges` (directly, or in a fragment). */
export function connectionAsks(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => fieldsOf(node.selectionSet, info).some((f) => f.name.value === name));
}
