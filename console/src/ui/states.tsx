import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client';

/** What the operator can do about an error, by the hub's error code. */
function advice(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return "This token's scopes do not allow it: sign in as a user with the role it needs, or ask an admin.";
    case 'UNAUTHENTICATED':
      return 'Sign in again.';
    case 'NETWORK':
    case 'SUBSCRIPTION':
      return 'Check that the hub is running; the page retries on its own.';
    case 'RATE_LIMITED':
      return 'Wait a moment, then try again.';
    default:
      return 'Try again; if it persists, the hub’s log has the details (look for the request id).';
  }
}

export function ErrorState({
  error,
  retry,
  title = 'Something went wrong',
}: {
  error: ApiError;
  retry?: () => void;
  title?: string;
}) {
  return (
    <div class="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
      <p class="muted">{advice(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <strong>{title}</strong>
      {children && <p class="muted">{children}</p>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
