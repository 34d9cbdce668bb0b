import { useEffect, useRef } from 'preact/hooks';

/** Calls `fn` every `ms` while the component is shown and the tab visible (for lists with no subscription). */
export function useInterval(fn: () => void, ms: number): void {
  const saved = useRef(fn);
  saved.current = fn;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') saved.current();
    }, ms);
    return () => clearInterval(timer);
  }, [ms]);
}
