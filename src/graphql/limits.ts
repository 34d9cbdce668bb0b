import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** Assumed length of a list field that takes no `first` (a product's prices, a partner's children). */
export const UNPAGED_LIST_FANOUT = 5;

/** Depth beyond `max` is refused before execution, with a message naming the limit. */
export function depthLimitRule(max: number): ValidationRule {
  return maxDepthRule({
    n: max,
    ignoreIntrospection: true,
    flattenFragments: true,
    exposeLimits: true,
    // Reported as a validation error (not thrown, which would surface as a 500).
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { maxDepth: max } }),
        ),
    ],
  }) as unknown as ValidationRule;
}

/**
 * The cost of a field: scalars are free; an object costs 1 plus its selection;
 * a connection multiplies its selection by `first` (its `nodes`/`edges` lists
 * then count once), any other list by UNPAGED_LIST_FANOUT. So the cost is about
 * the number of objects a request can make the server load.
 */
export function costEstimator(maxPageSize: number): ComplexityEstimator {
  // A `first` above the cap is refused by the field itself, with its own message.
  return ({ type, field, args, childComplexity }) =>
    fieldCost(field, type, childComplexity, () =>
      Math.min(maxPageSize, Math.max(1, Number(args.first ?? DEFAULT_PAGE_SIZE))),
    );
}

/** costEstimator's rule for one field of `parent`, given its selection's cost and, for paged fields, its `first`. */
function fieldCost(
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLNamedType,
  childCost: number,
  first: () => number,
): number {
  if (isLeafType(getNamedType(field.type))) return 0;
  const own = 1 + childCost;
  if (field.args.some((arg) => arg.name === 'first')) return own * first();
  if (isListType(getNullableType(field.type)))
    return parent.name.endsWith('Connection') ? own : own * UNPAGED_LIST_FANOUT;
  return own;
}

/** The meta-fields every composite type has, which `getFields()` does not list. */
const META_FIELDS = new Map<string, GraphQLField<unknown, unknown>>([
  ['__typename', TypeNameMetaFieldDef],
  ['__schema', SchemaMetaFieldDef],
  ['__type', TypeMetaFieldDef],
]);

/**
 * An upper bound of the cost costEstimator gives `document`'s operation, found
 * without its variables: a `first` that is not an integer literal counts as
 * maxPageSize (the most the estimator ever counts), every field counts whatever
 * @include/@skip say, and the selections of fragments on abstract types add up
 * instead of the largest one counting. Null when the operation is not found.
 */
export function costUpperBound(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  maxPageSize: number,
): number | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const first = (node: FieldNode, field: GraphQLField<unknown, unknown>): number => {
    const given = node.arguments?.find((a) => a.name.value === 'first');
    if (given && given.value.kind !== Kind.INT) return maxPageSize; // a variable (or null): at most the cap
    const value = given
      ? Number((given.value as { value: string }).value)
      : Number(field.args.find((a) => a.name === 'first')!.defaultValue ?? DEFAULT_PAGE_SIZE);
    return Math.min(maxPageSize, Math.max(1, value));
  };
  const cost = (set: SelectionSetNode, type: GraphQLCompositeType, spread: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        // Cycles and unknown fragments do not pass validation; nothing to bound here.
        if (!fragment || spread.has(name) || !isCompositeType(on)) continue;
        total += cost(fragment.selectionSet, on, new Set([...spread, name]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(on)) total += cost(selection.selectionSet, on, spread);
        continue;
      }
      const name = selection.name.value;
      const field =
        META_FIELDS.get(name) ?? (isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined);
      if (!field) continue;
      const named = getNamedType(field.type);
      const childCost =
        selection.selectionSet && isCompositeType(named) ? cost(selection.selectionSet, named, spread) : 0;
      total += fieldCost(field, type, childCost, () => first(selection, field));
    }
    return total;
  };
  return cost(operation.selectionSet, root, new Set());
}

/**
 * The error for a request whose estimated cost is above `max`, or null when it is within.
 * When the bound that needs no variables is within `max`, so is the cost, and the
 * variables are not coerced here (execution coerces them anyway: for an ingest batch
 * that is hundreds of input objects, which this saves coercing twice).
 */
export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  max: number,
  maxPageSize: number,
): GraphQLError | null {
  const bound = costUpperBound(schema, document, operationName, maxPageSize);
  if (bound !== null && bound <= max) return null;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [costEstimator(maxPageSize)],
    });
  } catch {
    // Variables that do not fit their types: execution refuses them with a precise message.
    return null;
  }
  if (cost <= max) return null;
  return new GraphQLError(
    `Query cost limit of ${max} exceeded: this request would load about ${cost} objects. ` +
      'Ask for smaller pages (`first`) or fewer nested lists.',
    { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: max, http: { status: 400 } } },
  );
}

/** Refuses a request whose estimated cost is above `max`, before any resolver runs. */
export function costLimitPlugin(schema: GraphQLSchema, max: number, maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = costError(schema, document, request.variables, request.operationName, max, maxPageSize);
          if (error) throw error;
        },
      };
    },
  };
}
