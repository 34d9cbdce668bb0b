import {
  createSourceEventStream,
  execute,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-js's `subscribe`, except that one event's execution is shared by every
 * subscription of the same document and variables on this instance: with
 * hundreds of admin screens on `entityChanged`, each event is executed once, not
 * once per socket (only the sending stays per socket). Safe because the
 * subscription payload types hold no per-viewer data; who may subscribe is
 * checked per subscription when it starts, and revoked tokens' sockets are closed
 * by the socket sweep.
 */
export function sharedSubscribe(): (
  args: ExecutionArgs,
) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream as ExecutionResult;
    const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`;
    const run = (payload: unknown): Result => {
      if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) {
        result = execute({ ...args, rootValue: payload });
        byKey.set(key, result);
      }
      return result;
    };
    return mapIterator(stream[Symbol.asyncIterator](), run);
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Maps an async iterator, passing `return` straight to the source (an async
 * generator would hold it until the next event, leaving a quiet stream open).
 */
function mapIterator(
  source: AsyncIterator<unknown>,
  fn: (value: unknown) => Result,
): AsyncIterableIterator<ExecutionResult> {
  const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
  return {
    async next() {
      const item = await source.next();
      return item.done ? done() : { value: await fn(item.value), done: false };
    },
    async return() {
      await source.return?.();
      return done();
    },
    async throw(error?: unknown) {
      if (source.throw) await source.throw(error as GraphQLError);
      return done();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
