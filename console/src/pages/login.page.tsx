import { useState } from 'preact/hooks';
import { useSessionState } from '../session/session';

/**
 * Sign in with a user's email and password (the `login` mutation) or with a pasted API
 * token. The token stays in this tab only: in memory, or in sessionStorage when kept.
 */
export function LoginPage() {
  const { loginWithPassword, loginWithToken, error: sessionError } = useSessionState();
  const [mode, setMode] = useState<'password' | 'token'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [keep, setKeep] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'password') await loginWithPassword(email, password, keep);
      else await loginWithToken(token, keep);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const shown = error ?? sessionError;
  return (
    <main id="main" class="login">
      <h1>odoo-sync-hub console</h1>
      <div class="tabs" role="tablist" aria-label="Sign in with">
        <button type="button" role="tab" aria-selected={mode === 'password'} onClick={() => setMode('password')}>
          Email and password
        </button>
        <button type="button" role="tab" aria-selected={mode === 'token'} onClick={() => setMode('token')}>
          API token
        </button>
      </div>
      <form onSubmit={submit} aria-describedby={shown ? 'login-error' : undefined}>
        {mode === 'password' ? (
          <>
            <label>
              Email
              <input
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <label>
              Password
              <input
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
              />
            </label>
          </>
        ) : (
          <label>
            API token
            <input
              type="password"
              name="token"
              autoComplete="off"
              required
              value={token}
              onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)}
            />
            <span class="hint">
              The first start's admin token is in .data/bootstrap-admin-token; `npm run hub -- token:create` makes
              others.
            </span>
          </label>
        )}
        <label class="inline">
          <input
            type="checkbox"
            checked={keep}
            onChange={(e) => setKeep((e.currentTarget as HTMLInputElement).checked)}
          />
          Stay signed in in this tab (until it closes)
        </label>
        {shown && (
          <p id="login-error" class="state state-error" role="alert">
            {shown}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
