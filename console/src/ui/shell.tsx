import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PageDefinition } from '../pages/registry';
import { Link } from '../router';
import { useSession } from '../session/session';

/**
 * The frame of every signed-in page: a skip link, the navigation (a bar on a wide
 * screen, a menu button on a phone), who is signed in, and the page in <main>.
 */
export function Shell(props: {
  pages: readonly PageDefinition[];
  current: PageDefinition | undefined;
  children: ComponentChildren;
}) {
  const { viewer, logout } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const who = viewer.user?.email ?? viewer.token?.name ?? 'token';
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">odoo-sync-hub</span>
        <button
          type="button"
          class="menu-button"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <nav id="nav" aria-label="Console" class={menuOpen ? 'open' : undefined}>
          <ul>
            {props.pages.map((page) => (
              <li key={page.path}>
                <Link
                  href={page.path}
                  aria-current={page === props.current ? 'page' : undefined}
                  onClick={() => setMenuOpen(false)}
                >
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <span class="who" title={viewer.scopes.join(' ')}>
          {who}
        </span>
        <button type="button" class="link" onClick={logout}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
