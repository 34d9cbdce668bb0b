import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { fragmentsOf, rootFieldNodes } from './root-fields.js';

/** The label of an operation that never resolved (a syntax or validation error), or of an unknown root field. */
export const OTHER_OPERATION = 'other';
/** The label of an operation that selects several root fields. */
export const MULTIPLE_OPERATIONS = 'multiple';

/**
 * The `operation` label of an operation's metrics: the name of the root field it
 * selects, so the label's values are bounded by the schema. Never the client's
 * own operation name, which anyone can vary without end (and each new value is a
 * new series Prometheus keeps). Several root fields: `multiple`; none resolved: `other`.
 */
export function operationLabel(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
): string {
  const root = operation && schema.getRootType(operation.operation);
  if (!document || !operation || !root) return OTHER_OPERATION;
  const fragments = fragmentsOf(document);
  const names = new Set(rootFieldNodes(operation, (name) => fragments.get(name)).map((f) => f.name.value));
  if (names.size > 1) return MULTIPLE_OPERATIONS;
  const [name] = names;
  return name && (name === '__typename' || name in root.getFields()) ? name : OTHER_OPERATION;
}
