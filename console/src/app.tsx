import { useEffect } from 'preact/hooks';
import { LoginPage } from './pages/login.page';
import { PAGES, pageFor } from './pages/registry';
import { navigate, useLocation } from './router';
import { SessionProvider, useSession, useSessionState } from './session/session';
import { Shell } from './ui/shell';
import { EmptyState, Loading } from './ui/states';

export function App() {
  return (
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  );
}

function SessionGate() {
  const { session, checking } = useSessionState();
  if (checking) return <Loading label="Checking your session…" />;
  return session ? <Routed /> : <LoginPage />;
}

/** The page for the current path, among those the token may see. */
function Routed() {
  const { canAny } = useSession();
  const { path } = useLocation();
  const pages = PAGES.filter((page) => canAny(page.scopes));
  const page = pageFor(path);
  const allowed = page && pages.includes(page);
  // A token that may not see the overview lands on the first page it may see.
  const landing = path === '/' && !allowed ? pages[0] : undefined;
  useEffect(() => {
    if (landing) navigate(landing.path, { replace: true });
  }, [landing]);
  useEffect(() => {
    document.title = `${page?.title ?? 'Not found'} · odoo-sync-hub`;
  }, [page]);
  let body;
  if (!page) body = <EmptyState title="No such page">Pick a page from the navigation.</EmptyState>;
  else if (!allowed)
    body = (
      <EmptyState title={`${page.title} is not available to this token`}>
        It needs one of these scopes: {page.scopes.join(', ')}. Sign in as a user whose role grants it.
      </EmptyState>
    );
  else body = <page.component />;
  return (
    <Shell pages={pages} current={page}>
      {body}
    </Shell>
  );
}
