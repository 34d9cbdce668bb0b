/** A state as a coloured word; the colour follows a few well-known words, the text says it anyway. */
const TONES: Record<string, 'ok' | 'warn' | 'bad' | 'info'> = {
  SYNCED: 'ok',
  SUCCEEDED: 'ok',
  COMPLETED: 'ok',
  DELIVERED: 'ok',
  RESOLVED: 'ok',
  CLOSED: 'ok',
  HEALTHY: 'ok',
  PENDING: 'info',
  PROCESSING: 'info',
  RUNNING: 'info',
  RETRYING: 'warn',
  HALF_OPEN: 'warn',
  INACTIVE: 'warn',
  FAILED: 'bad',
  OPEN: 'bad',
  ERROR: 'bad',
  FAILING: 'bad',
};

export function Badge({ value, tone }: { value: string; tone?: 'ok' | 'warn' | 'bad' | 'info' }) {
  return <span class={`badge badge-${tone ?? TONES[value] ?? 'info'}`}>{value.replace(/_/g, ' ').toLowerCase()}</span>;
}
