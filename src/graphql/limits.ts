import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
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
  return ({ type, field, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    const own = 1 + childComplexity;
    if (field.args.some((arg) => arg.name === 'first')) {
      // A `first` above the cap is refused by the field itself, with its own message.
      return own * Math.min(maxPageSize, Math.max(1, Number(args.first ?? DEFAULT_PAGE_SIZE)));
    }
    if (isListType(getNullableType(field.type))) {
      return type.name.endsWith('Connection') ? own : own * UNPAGED_LIST_FANOUT;
    }
    return own;
  };
}

/** The error for a request whose estimated cost is above `max`, or null when it is within. */
export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  max: number,
  maxPageSize: number,
): GraphQLError | null {
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
