import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useSession } from '../session/session';
import { ApiError, request, type Document } from './client';

/** What a connection query gives back: the rows of one page, where it ends, and (when asked) the total. */
export interface ConnectionPage<N> {
  nodes: N[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

export interface PagedState<N> {
  /** Every row loaded so far, the pages in order. */
  nodes: N[];
  /** The connection's totalCount, when the document asks for it. */
  totalCount: number | null;
  hasMore: boolean;
  error: ApiError | null;
  /** The first page is on its way (nothing to show yet). */
  loading: boolean;
  loadingMore: boolean;
  /** Reads again every page shown (after an action, an event, a poll), as many rows as are shown. */
  reload(): void;
  /** Reads the next page after the last row shown (`after: endCursor`). */
  loadMore(): void;
}

type PageVariables = { first?: number | null; after?: string | null };

/**
 * A connection read page by page with its cursors: `pageSize` rows first, then "Load
 * more" appends the next page. A reload (live event, poll, action) reads from the start
 * again as many rows as are shown, page by page, so it never throws loaded pages away.
 * Reads run one at a time, in order; a change of `variables` (the filters) starts over
 * at one page and drops what older reads bring back.
 */
export function usePagedQuery<R, V extends PageVariables, N>(
  document: Document<R, V>,
  variables: Omit<V, 'first' | 'after'>,
  connection: (data: R) => ConnectionPage<N>,
  pageSize: number,
  options: { skip?: boolean } = {},
): PagedState<N> {
  const { token } = useSession();
  const [state, setState] = useState<{ nodes: N[]; end: string | null; hasMore: boolean; total: number | null }>({
    nodes: [],
    end: null,
    hasMore: false,
    total: null,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(!options.skip);
  const [loadingMore, setLoadingMore] = useState(false);
  // The read under way (reads are chained), the filters' generation, and what the page shows.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);
  const shown = useRef({ count: 0, end: null as string | null, reloadQueued: false });
  const read = useRef(connection);
  read.current = connection;
  const key = JSON.stringify(variables);
  const fetchPage = useCallback(
    async (first: number, after: string | null) =>
      read.current(await request(token, document, { ...variables, first, after } as V)),
    // `variables` is compared through `key`.
    [token, document, key],
  );
  const enqueue = useCallback((step: (gen: number) => Promise<void>) => {
    const gen = generation.current;
    chain.current = chain.current.then(async () => {
      if (gen !== generation.current) return;
      try {
        await step(gen);
        if (gen === generation.current) setError(null);
      } catch (err) {
        if (gen === generation.current) setError(err instanceof ApiError ? err : new ApiError(String(err), null));
      }
    });
    return chain.current;
  }, []);
  const readShown = useCallback(
    (gen: number) =>
      enqueue(async () => {
        shown.current.reloadQueued = false;
        const want = Math.max(pageSize, shown.current.count);
        const nodes: N[] = [];
        let end: string | null = null;
        let page: ConnectionPage<N> | null = null;
        do {
          page = await fetchPage(Math.min(pageSize, want - nodes.length), end);
          nodes.push(...page.nodes);
          end = page.pageInfo.endCursor ?? end;
        } while (page.pageInfo.hasNextPage && nodes.length < want);
        if (gen !== generation.current) return;
        shown.current.count = nodes.length;
        shown.current.end = end;
        setState({ nodes, end, hasMore: page.pageInfo.hasNextPage, total: page.totalCount ?? null });
      }).finally(() => {
        if (gen === generation.current) setLoading(false);
      }),
    [enqueue, fetchPage, pageSize],
  );
  useEffect(() => {
    generation.current += 1;
    shown.current = { count: 0, end: null, reloadQueued: false };
    if (options.skip) {
      setLoading(false);
      return;
    }
    setLoading(true);
    void readShown(generation.current);
  }, [readShown, options.skip]);
  const reload = useCallback(() => {
    // Events can come in bursts: one reload waiting behind the read under way is enough.
    if (options.skip || shown.current.reloadQueued) return;
    shown.current.reloadQueued = true;
    void readShown(generation.current);
  }, [readShown, options.skip]);
  const loadMore = useCallback(() => {
    setLoadingMore(true);
    const gen = generation.current;
    void enqueue(async () => {
      const page = await fetchPage(pageSize, shown.current.end);
      if (gen !== generation.current) return;
      shown.current.count += page.nodes.length;
      shown.current.end = page.pageInfo.endCursor ?? shown.current.end;
      setState((prev) => ({
        nodes: [...prev.nodes, ...page.nodes],
        end: shown.current.end,
        hasMore: page.pageInfo.hasNextPage,
        total: page.totalCount ?? prev.total,
      }));
    }).finally(() => setLoadingMore(false));
  }, [enqueue, fetchPage, pageSize]);
  return {
    nodes: state.nodes,
    totalCount: state.total,
    hasMore: state.hasMore,
    error,
    loading,
    loadingMore,
    reload,
    loadMore,
  };
}
