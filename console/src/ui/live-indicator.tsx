import type { ApiError } from '../api/client';

/** Whether the page's subscriptions are receiving (they reconnect on their own after a drop). */
export function LiveIndicator({ error, paused = false }: { error: ApiError | null; paused?: boolean }) {
  const state = error ? 'error' : paused ? 'paused' : 'live';
  const text = error ? `Live updates interrupted: ${error.message}` : paused ? 'Paused' : 'Live';
  return (
    <span class={`live live-${state}`} role="status" aria-live="polite" title={text}>
      <span class="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
