import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useSession } from '../session/session';
import { ApiError, request, subscribe, type Document } from './client';

export interface QueryState<R> {
  data: R | null;
  error: ApiError | null;
  loading: boolean;
  /** Asks again (after an action, or from an error state's "Try again"). */
  reload(): void;
}

/**
 * Runs a query with the session's token when the variables change (compared as JSON);
 * `skip` holds it back (a search box still empty). Earlier data stays while a reload runs.
 */
export function useQuery<R, V>(
  document: Document<R, V>,
  variables?: V,
  options: { skip?: boolean } = {},
): QueryState<R> {
  const { token } = useSession();
  const [data, setData] = useState<R | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(!options.skip);
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables ?? null);
  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    request(token, document, variables, abort.signal).then(
      (result) => {
        setData(result);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        setError(err instanceof ApiError ? err : new ApiError(String(err), null));
        setLoading(false);
      },
    );
    return () => abort.abort();
    // `variables` is compared through `key`.
  }, [token, document, key, round, options.skip]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}

/**
 * Subscribes while the component is shown (and `enabled`); `onData` may change on every
 * render without resubscribing. Returns the subscription's last error (null while fine).
 */
export function useSubscription<R, V>(
  document: Document<R, V>,
  variables: V,
  onData: (data: R) => void,
  enabled = true,
): ApiError | null {
  const { token } = useSession();
  const handler = useRef(onData);
  handler.current = onData;
  const [error, setError] = useState<ApiError | null>(null);
  const key = JSON.stringify(variables ?? null);
  useEffect(() => {
    if (!enabled) return;
    setError(null);
    return subscribe(token, document, variables, {
      next: (data) => handler.current(data),
      error: setError,
    });
  }, [token, document, key, enabled]);
  return error;
}

/** Runs a mutation on demand: [run, { running, error }]. */
export function useMutation<R, V>(
  document: Document<R, V>,
): [(variables: V) => Promise<R>, { running: boolean; error: ApiError | null }] {
  const { token } = useSession();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (variables: V) => {
      setRunning(true);
      setError(null);
      try {
        return await request(token, document, variables);
      } catch (err) {
        const apiError = err instanceof ApiError ? err : new ApiError(String(err), null);
        setError(apiError);
        throw apiError;
      } finally {
        setRunning(false);
      }
    },
    [token, document],
  );
  return [run, { running, error }];
}

/** Calls `reload` every `ms` while the component is shown: for state no subscription announces. */
export function usePolling(reload: () => void, ms: number): void {
  useEffect(() => {
    const timer = setInterval(reload, ms);
    return () => clearInterval(timer);
  }, [reload, ms]);
}
