import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { closeSocket, request, setUnauthenticatedHandler } from '../api/client';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

/**
 * Who is signed in: the token (in memory, and in sessionStorage when the operator
 * keeps it for the tab: never localStorage, never a cookie), and what `me` says of it.
 * Pages and actions ask `can(scope)` to hide what the token's scopes don't allow
 * (the API refuses it anyway).
 */
export const ViewerDocument = graphql(`
  query Viewer {
    me {
      scopes
      user {
        id
        email
        roles
      }
      token {
        id
        name
        expiresAt
      }
    }
  }
`);

export const LoginDocument = graphql(`
  mutation ConsoleLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

export type Viewer = ViewerQuery['me'];

const STORAGE_KEY = 'odoo-sync-hub.console.token';

export interface Session {
  token: string;
  viewer: Viewer;
  /** True when the token holds `scope`, directly or through `admin`. */
  can(scope: string): boolean;
  /** True when the token holds one of `scopes` (an empty list: any token). */
  canAny(scopes: readonly string[]): boolean;
  logout(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The session of a page behind the login (SessionGate renders pages only with one). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export interface SessionState {
  session: Session | null;
  /** Checking a stored token with the hub. */
  checking: boolean;
  error: string | null;
  loginWithPassword(email: string, password: string, keep: boolean): Promise<void>;
  loginWithToken(token: string, keep: boolean): Promise<void>;
}

const SessionStateContext = createContext<SessionState | null>(null);

export function useSessionState(): SessionState {
  const state = useContext(SessionStateContext);
  if (!state) throw new Error('useSessionState outside SessionProvider');
  return state;
}

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [auth, setAuth] = useState<{ token: string; viewer: Viewer } | null>(null);
  const [checking, setChecking] = useState(() => storedToken() !== null);
  const [error, setError] = useState<string | null>(null);

  const logout = useCallback(() => {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused (private mode): the token was in memory only.
    }
    closeSocket();
    setAuth(null);
  }, []);

  const adopt = useCallback(async (token: string, keep: boolean) => {
    const { me } = await request(token, ViewerDocument);
    if (!me.token && !me.user) throw new Error('The hub did not recognise this token.');
    try {
      if (keep) sessionStorage.setItem(STORAGE_KEY, token);
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // In memory only.
    }
    setError(null);
    setAuth({ token, viewer: me });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setError('Your session ended (the token expired or was revoked): sign in again.');
      logout();
    });
    const token = storedToken();
    if (!token) return;
    adopt(token, true)
      .catch(() => logout())
      .finally(() => setChecking(false));
  }, [adopt, logout]);

  const state = useMemo<SessionState>(
    () => ({
      session: auth
        ? {
            token: auth.token,
            viewer: auth.viewer,
            can: (scope) => auth.viewer.scopes.includes('admin') || auth.viewer.scopes.includes(scope),
            canAny: (scopes) =>
              scopes.length === 0 ||
              auth.viewer.scopes.includes('admin') ||
              scopes.some((s) => auth.viewer.scopes.includes(s)),
            logout,
          }
        : null,
      checking,
      error,
      async loginWithPassword(email, password, keep) {
        const { login } = await request(null, LoginDocument, { email, password });
        await adopt(login.token, keep);
      },
      loginWithToken: (token, keep) => adopt(token.trim(), keep),
    }),
    [auth, checking, error, adopt, logout],
  );

  return (
    <SessionStateContext.Provider value={state}>
      <SessionContext.Provider value={state.session}>{children}</SessionContext.Provider>
    </SessionStateContext.Provider>
  );
}
