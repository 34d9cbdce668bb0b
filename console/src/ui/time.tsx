import { useEffect, useState } from 'preact/hooks';

/**
 * Times as the viewer reads them: in the browser's time zone and language, with the
 * exact instant (ISO, UTC) in the tooltip and the datetime attribute.
 */
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function formatTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** A duration in words: 42 s, 5 min, 3 h 10 min, 2 d 4 h. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h ${min % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export function Time({ at, empty = '—' }: { at: string | null | undefined; empty?: string }) {
  if (!at) return <span class="muted">{empty}</span>;
  return (
    <time dateTime={at} title={new Date(at).toISOString()}>
      {formatTime(at)}
    </time>
  );
}

/** Re-renders every `ms` (for ages that grow while the page is open). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** How long ago `since` was, kept current. */
export function Age({ since }: { since: string }) {
  const now = useNow();
  return (
    <time dateTime={since} title={formatTime(since)}>
      {formatDuration(now - Date.parse(since))}
    </time>
  );
}
