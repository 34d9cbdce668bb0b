import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  GraphQLError,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isInputType,
  isListType,
  typeFromAST,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config.js';
import { CostBounds, operationCost, selectOperation, type CostCaps } from './query-cost.js';
import { rootFieldNodes } from './root-fields.js';

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
 * Refuses an operation that selects more than `max` root fields, aliases and
 * fragments' root fields included (repeats of one response key run once and count
 * once): each root field runs queries of its own, so aliases would otherwise
 * multiply a request's work past anything the cost of one field says.
 */
export function rootFieldLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const keys = new Set(
        rootFieldNodes(operation, (name) => context.getFragment(name)).map((f) => f.alias?.value ?? f.name.value),
      );
      if (keys.size > max) {
        context.reportError(
          new GraphQLError(
            `Root field limit of ${max} exceeded: this operation selects ${keys.size} root fields (aliases count). ` +
              'Send fewer at once, or ask for a larger page of one field.',
            { nodes: operation, extensions: { maxRootFields: max, rootFields: keys.size } },
          ),
        );
      }
      return false;
    },
  });
}

/** What the limits that need variables look at: the validated document, and what the client sent with it. */
export interface RequestParts {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown> | null | undefined;
  operationName: string | null | undefined;
}

/** Refuses a String literal (an argument, or inside a JSON literal) longer than `max` characters. */
export function stringLengthRule(max: number): ValidationRule {
  return (context) => ({
    StringValue(node) {
      if (node.value.length > max) context.reportError(stringLengthError(node.value.length, max, [node]));
    },
  });
}

function stringLengthError(length: number, max: number, nodes?: ASTNode[], variable?: string): GraphQLError {
  return new GraphQLError(
    `String length limit of ${max} exceeded: ${variable ? `variable $${variable} holds` : 'the query holds'} ` +
      `a string of ${length} characters. Keys, names and addresses are shorter; bulk data travels as JSON.`,
    { nodes, extensions: { code: 'BAD_USER_INPUT', maxStringLength: max, http: { status: 400 } } },
  );
}

/**
 * The error for a String or ID value longer than `max` in the variables of
 * `document`'s operation (JSON scalars are data and are not looked into), or null.
 * Values that do not fit their types are left to execution, which refuses them.
 */
export function variableStringError(
  { schema, document, variables, operationName }: RequestParts,
  max: number,
): GraphQLError | null {
  const operation = selectOperation(document, operationName);
  if (!operation || !variables) return null;
  const longest = (value: unknown, type: GraphQLInputType): number => {
    const inner = getNullableType(type);
    let most = 0;
    if (isListType(inner)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        most = Math.max(most, longest(item, inner.ofType));
        if (most > max) break;
      }
    } else if (isInputObjectType(inner) && value !== null && typeof value === 'object') {
      const fields = inner.getFields();
      for (const [key, item] of Object.entries(value)) {
        if (fields[key]) most = Math.max(most, longest(item, fields[key].type));
        if (most > max) break;
      }
    } else if ((inner === GraphQLString || inner === GraphQLID) && typeof value === 'string') {
      most = value.length;
    }
    return most;
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue;
    const length = longest(variables[name], type);
    if (length > max) return stringLengthError(length, max, [definition], name);
  }
  return null;
}

/**
 * The error for a request whose cost (graphql/query-cost.ts) is above `max`, or null when it is within.
 * When the bound that needs no variables is within `max`, so is the cost, and the
 * variables are not coerced here (execution coerces them anyway: for an ingest batch
 * that is hundreds of input objects, which this saves coercing twice).
 */
export function costError(
  { schema, document, variables, operationName }: RequestParts,
  max: number,
  caps: CostCaps,
  bounds?: CostBounds,
): GraphQLError | null {
  const bound = bounds ? bounds.of(document, operationName) : operationCost(schema, document, operationName, caps);
  if (bound !== null && bound <= max) return null;
  const cost = operationCost(schema, document, operationName, caps, variables ?? {});
  // Null: variables that do not fit their types, which execution refuses with a precise message.
  if (cost === null || cost <= max) return null;
  return new GraphQLError(
    `Query cost limit of ${max} exceeded: this request would load about ${cost} objects. ` +
      'Ask for smaller pages (`first`), fewer nested lists or fewer counts (`totalCount`).',
    { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: max, http: { status: 400 } } },
  );
}

/** The limits of a request (see config.ts for each). */
export type RequestLimits = Pick<
  Config,
  'maxQueryDepth' | 'maxRootFields' | 'maxStringLength' | 'maxQueryCost' | 'maxPageSize' | 'maxNestedList'
>;

/** The validation rules of the limits, added to graphql-js's own rules over HTTP and graphql-ws alike. */
export function limitRules(limits: RequestLimits): ValidationRule[] {
  return [
    depthLimitRule(limits.maxQueryDepth),
    rootFieldLimitRule(limits.maxRootFields),
    stringLengthRule(limits.maxStringLength),
  ];
}

/**
 * The limits that need the variables (string lengths, then cost), checked after validation and before execution;
 * `bounds` (of the same schema and limits) remembers each document's cost bound.
 */
export function variablesLimitError(
  request: RequestParts,
  limits: RequestLimits,
  bounds?: CostBounds,
): GraphQLError | null {
  return (
    variableStringError(request, limits.maxStringLength) ?? costError(request, limits.maxQueryCost, limits, bounds)
  );
}

/** Refuses, before any resolver runs, a request past a limit that needs its variables. */
export function variablesLimitPlugin(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  const bounds = new CostBounds(schema, limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const { variables, operationName } = request;
          const error = variablesLimitError({ schema, document, variables, operationName }, limits, bounds);
          if (error) throw error;
        },
      };
    },
  };
}
