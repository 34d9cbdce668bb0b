import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  GraphQLError,
  isAbstractType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  getNamedType,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Config } from '../config.js';
import { LruMap } from '../domain/lru-map.js';
import type { GraphQLContext } from '../modules/common/request-context.js';
import type { Metrics } from '../observability/metrics.js';
import type { PersistedDocuments } from './persisted-documents.js';

/**
 * Glossary. A *plan* is what graphql-jit compiles from one operation of one
 * document: a function that runs it without walking the document again, made once
 * and reused (keyed by the document's sha256, Apollo's queryHash, and the
 * operation name). Which documents get one is GRAPHQL_JIT: `registered` (the
 * manifest's, see persisted-documents.ts), `all` (any, LRU-bounded), `off` (none).
 * Everything else, and what graphql-jit is not trusted with, runs on graphql-js
 * exactly as Apollo would run it.
 */

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/** A plan, or the decision (kept too) that this operation runs on graphql-js. */
type Plan = CompiledQuery | 'graphql-js';

/** Plans kept with GRAPHQL_JIT=all: a client sending ever new documents must not grow memory without bound. */
const ALL_MODE_PLANS = 1000;

/** The plans of one Apollo server, and the choice, per operation, between a plan and graphql-js. */
export class ExecutionPlans {
  private readonly plans: Map<string, Plan> | LruMap<string, Plan>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly mode: Exclude<Config['graphqlJit'], 'off'>,
    private readonly documents: PersistedDocuments,
    private readonly metrics: Metrics,
  ) {
    // Registered mode holds at most the manifest's operations, so a plain Map is bounded by it.
    this.plans = mode === 'all' ? new LruMap(ALL_MODE_PLANS) : new Map();
  }

  /** Runs one operation as Apollo's executor: through its plan when it has one, else through graphql-js. */
  async execute(request: ExecutorRequest): Promise<ExecutionResult> {
    const context = request.context as GraphQLContext;
    const variables = request.request.variables;
    const plan = this.planFor(request);
    if (plan !== 'graphql-js') {
      const result = await plan.query(undefined, context, variables);
      // No data at all: the variables were refused before any resolver ran, so graphql-js,
      // run instead, answers with its own messages and nodes (which Apollo maps to BAD_USER_INPUT).
      if (!('data' in result) || result.data === undefined) return this.graphqlJs(request);
      this.metrics.graphqlExecutions.inc({ engine: 'jit' });
      return result.errors ? { ...result, errors: result.errors.map(rebuiltError) } : result;
    }
    return this.graphqlJs(request);
  }

  /** What Apollo itself runs without an executor (ApolloServer's requestPipeline.js, `execute`). */
  private graphqlJs(request: ExecutorRequest): Promise<ExecutionResult> | ExecutionResult {
    this.metrics.graphqlExecutions.inc({ engine: 'graphql-js' });
    return execute({
      schema: this.schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });
  }

  private planFor(request: ExecutorRequest): Plan {
    // Mutations are bound by their writes, and subscriptions run over graphql-ws: graphql-js for both.
    if (request.operation.operation !== 'query') return 'graphql-js';
    if (this.mode === 'registered' && !this.documents.isRegistered(request.queryHash)) return 'graphql-js';
    const key = `${request.queryHash}\n${request.request.operationName ?? ''}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = this.compile(request.document, request.operationName);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private compile(document: DocumentNode, operationName: string | null): Plan {
    if (touchesAbstractType(this.schema, document)) return 'graphql-js';
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return 'graphql-js';
    this.metrics.graphqlJitCompilations.inc();
    return compiled;
  }
}

/**
 * Whether a document selects an interface or union anywhere (a field of that type,
 * or a fragment on one). graphql-jit resolves abstract types its own way
 * (resolveType, isTypeOf) and type-graphql's interfaces rely on graphql-js's;
 * such documents stay on graphql-js rather than risk a different answer.
 */
function touchesAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        const type =
          node.kind === Kind.FIELD
            ? typeInfo.getType()
            : node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.FRAGMENT_DEFINITION
              ? node.typeCondition && schema.getType(node.typeCondition.name.value)
              : null;
        if (type && isAbstractType(getNamedType(type))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/**
 * graphql-jit's errors as graphql-js makes them (GraphQLError with path, locations
 * and the resolver's own error as originalError), so that Apollo and formatError
 * treat both alike: a DomainError keeps its code, anything else is masked.
 */
function rebuiltError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-jit knows the locations, not the nodes they come from that graphql-js would take them from.
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

/**
 * The executor hook of Apollo: a gateway in Apollo's terms (it stands where
 * `schema` would) that hands Apollo the schema once and runs every operation
 * through the plans. Parsing, validation and every plugin stay Apollo's.
 */
export function planGateway(schema: GraphQLSchema, plans: ExecutionPlans): Gateway {
  let onLoad: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      onLoad = callback;
      return () => {
        onLoad = null;
      };
    },
    async load() {
      onLoad?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: (request) => plans.execute(request) };
    },
    async stop() {},
  };
}

/**
 * What Apollo executes with (GRAPHQL_JIT): the schema itself (off) or the plan
 * gateway; and its persisted queries, looked up in the manifest first.
 */
export function apolloExecution(deps: {
  schema: GraphQLSchema;
  config: Pick<Config, 'graphqlJit'>;
  documents: PersistedDocuments;
  metrics: Metrics;
}) {
  const { schema, config, documents, metrics } = deps;
  const persistedQueries = { cache: documents.apqCache() };
  if (config.graphqlJit === 'off') return { schema, persistedQueries };
  return {
    gateway: planGateway(schema, new ExecutionPlans(schema, config.graphqlJit, documents, metrics)),
    persistedQueries,
  };
}
