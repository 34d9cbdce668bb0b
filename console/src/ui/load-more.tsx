import type { PagedState } from '../api/paged-query';

/**
 * Under a paged list: how many rows are shown (of how many, when the connection's
 * totalCount is asked for), and "Load more" while the hub has more. A plain button, so
 * Tab reaches it and Enter or Space presses it; the count is announced as it grows.
 */
export function LoadMore(props: {
  paged: Pick<PagedState<unknown>, 'nodes' | 'totalCount' | 'hasMore' | 'loadingMore' | 'loadMore'>;
  /** What the rows are, plural: "failures". */
  noun: string;
}) {
  const { paged, noun } = props;
  const { totalCount: total, hasMore, loadingMore: loading, loadMore: onLoad } = paged;
  const shown = paged.nodes.length;
  if (shown === 0) return null;
  return (
    <div class="load-more">
      <p class="muted" role="status" data-testid="shown-count">
        {total !== null ? `${shown} of ${total} ${noun} shown` : `${shown} ${noun} shown`}
        {!hasMore && total === null ? ', all there are.' : '.'}
      </p>
      {hasMore && (
        <button type="button" disabled={loading} aria-busy={loading} onClick={onLoad}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
