import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { OWN_COST } from '../modules/common/own-cost.js';
import { fragmentsOf } from './root-fields.js';

/**
 * Glossary. The *cost* of a request is about the number of rows it can make the
 * hub load: an object costs 1 plus its selection; a list multiplies that by its
 * length: `first` (or `limit`) where the field takes one, the connection's
 * `first` for its `nodes` and `edges`, and MAX_NESTED_LIST for a list without
 * paging (the loaders return at most that many per parent). A field that runs a
 * query of its own (`totalCount`, `syncStatus`) adds its *own cost* once,
 * declared where the field is, with {@link OwnCost}.
 */

/** The caps the fields enforce themselves, which bound the lengths the cost counts. */
export interface CostCaps {
  /** Largest `first` a connection accepts (MAX_PAGE_SIZE). */
  maxPageSize: number;
  /** Most items a list without paging returns per parent (MAX_NESTED_LIST). */
  maxNestedList: number;
}

/** The meta-fields every composite type has, which `getFields()` does not list. */
const META_FIELDS = new Map<string, GraphQLField<unknown, unknown>>([
  ['__typename', TypeNameMetaFieldDef],
  ['__schema', SchemaMetaFieldDef],
  ['__type', TypeMetaFieldDef],
]);

/** Arguments that set a list's length. */
const PAGING_ARGS = ['first', 'limit'];

/** Thrown by the walk without variables when a length is a variable, so that variables are needed. */
const NEEDS_VARIABLES = Symbol('needs variables');

/** The operation `operationName` picks (or the only one), as execution would. */
export function selectOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * The cost of `document`'s operation. Without `variables` it is an upper bound
 * that needs none (every field counts whatever @include/@skip say), or null when
 * a length is a variable. With `variables` (as sent; coerced here), @include and
 * @skip count as they will run, and lengths given by variables count as given.
 * Fragments on abstract types add up rather than the largest counting (an upper
 * bound either way); each fragment is costed once per place it can land, so a
 * document that spreads fragments into each other costs linear time, not
 * exponential. Null too when the operation is not found or the variables do not
 * fit their types (execution refuses those with a precise message).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  caps: CostCaps,
  variables?: Record<string, unknown> | null,
): number | null {
  const operation = selectOperation(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  let values: Record<string, unknown> | null = null;
  if (variables !== undefined) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return null;
    values = coerced.coerced;
  }
  const fragments = fragmentsOf(document);

  const included = (directives: readonly DirectiveNode[] | undefined): boolean => {
    for (const directive of directives ?? []) {
      const skip = directive.name.value === GraphQLSkipDirective.name;
      if (!skip && directive.name.value !== GraphQLIncludeDirective.name) continue;
      const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      // Without variables, a field under a variable condition counts (an upper bound).
      if (!condition || (condition.kind === Kind.VARIABLE && !values)) continue;
      const value = literalOrVariable(condition, values);
      if (typeof value === 'boolean' && value === skip) return false;
    }
    return true;
  };

  /** The length a paging argument gives, its default when absent; null for a field without one. */
  const length = (node: FieldNode, field: GraphQLField<unknown, unknown>): number | null => {
    const arg = field.args.find((a) => PAGING_ARGS.includes(a.name));
    if (!arg) return null;
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    // A variable left out, or null, leaves the default (the resolvers treat null so too).
    const value = (given && literalOrVariable(given, values)) ?? arg.defaultValue ?? caps.maxPageSize;
    // A `first` above the cap is refused by the field itself, with its own message.
    const capped = arg.name === 'first' ? Math.min(caps.maxPageSize, Number(value)) : Number(value);
    // Below 1, a list still costs its own query.
    return Math.max(1, capped);
  };

  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const cost = (set: SelectionSetNode, type: GraphQLCompositeType, listLength: number | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !isCompositeType(on)) continue;
        const key = `${fragment.name.value}\n${type.name}\n${listLength ?? ''}`;
        // Cycles do not pass validation; the guard only keeps this function total.
        if (inProgress.has(key)) continue;
        let spread = memo.get(key);
        if (spread === undefined) {
          inProgress.add(key);
          spread = cost(fragment.selectionSet, on, on === type ? listLength : undefined);
          inProgress.delete(key);
          memo.set(key, spread);
        }
        total += spread;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(on)) total += cost(selection.selectionSet, on, on === type ? listLength : undefined);
        continue;
      }
      const field =
        META_FIELDS.get(selection.name.value) ??
        (isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined);
      if (!field) continue;
      const own = Number(field.extensions?.[OWN_COST] ?? 0);
      const named = getNamedType(field.type);
      if (isLeafType(named) || !selection.selectionSet || !isCompositeType(named)) {
        total += own;
        continue;
      }
      const paged = length(selection, field);
      const isList = isListType(getNullableType(field.type));
      // A connection's `first` is the length of its `nodes` and `edges`, not of its totalCount or pageInfo.
      const child = cost(selection.selectionSet, named, isList ? undefined : (paged ?? undefined));
      const items = isList ? (paged ?? listLength ?? caps.maxNestedList) : 1;
      total += own + (1 + child) * items;
    }
    return total;
  };

  try {
    return cost(operation.selectionSet, root, undefined);
  } catch (err) {
    if (err === NEEDS_VARIABLES) return null;
    throw err;
  }
}

/**
 * operationCost's bound without variables, remembered per document and
 * operation: Apollo hands every request with the same text the same validated
 * DocumentNode (its document store, an LRU), and ws-server.ts does too (its
 * own), so a client's repeated query is costed once, not per request. Held
 * weakly by the document, so it goes when the store drops the document; only
 * operations the document has are remembered, so operation names a client
 * makes up cannot grow it.
 */
export class CostBounds {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly caps: CostCaps,
  ) {}

  /** operationCost(schema, document, operationName, caps), computed once per document and operation. */
  of(document: DocumentNode, operationName: string | null | undefined): number | null {
    const key = operationName || '';
    const byName = this.byDocument.get(document);
    if (byName?.has(key)) return byName.get(key)!;
    const bound = operationCost(this.schema, document, operationName, this.caps);
    if (selectOperation(document, operationName)) {
      if (byName) byName.set(key, bound);
      else this.byDocument.set(document, new Map([[key, bound]]));
    }
    return bound;
  }
}

/** A literal's value; a variable's from `values`, or NEEDS_VARIABLES when there are none yet. */
function literalOrVariable(node: ValueNode, values: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      if (!values) throw NEEDS_VARIABLES;
      return values[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}
