import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A small client-side router over the History API: the console lives under /admin,
 * and the hub answers every /admin/* path with index.html, so a reload or a shared
 * link opens the same page. Paths here are relative to /admin ('/', '/live', …).
 */
export const BASE = '/admin';

const listeners = new Set<() => void>();

function currentPath(): string {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return path === '' ? '/' : path;
}

window.addEventListener('popstate', () => listeners.forEach((listener) => listener()));

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = BASE + (path === '/' ? '' : path);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((listener) => listener());
}

/** The current path (without /admin) and its query string's parameters; re-renders on navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return { path: currentPath(), query: new URLSearchParams(location.search) };
}

/** An anchor that navigates in the page (a modified click still opens a new tab). */
export function Link(props: {
  href: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  'aria-current'?: 'page';
  onClick?: () => void;
}) {
  const { href, children, onClick: after, ...rest } = props;
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
    after?.();
  };
  return (
    <a {...rest} href={BASE + (href === '/' ? '' : href)} onClick={onClick}>
      {children}
    </a>
  );
}
