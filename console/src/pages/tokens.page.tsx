import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '../api/hooks';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { useConfirm } from '../ui/confirm-dialog';
import { Notice, type NoticeValue } from '../ui/notice';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { DataTable } from '../ui/table';
import { Time } from '../ui/time';

/**
 * Tokens & users (admin): API tokens with their scopes, created here (the token shown
 * once) and revoked; users with their roles, set here. A login token carries its user's
 * roles' scopes; an API token, the scopes it was given.
 */
const TokensDocument = graphql(`
  query ConsoleTokens {
    apiTokens {
      id
      name
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
      parentId
    }
    users {
      id
      email
      isVerified
      roles
      createdAt
    }
  }
`);
const CreateDocument = graphql(`
  mutation ConsoleCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);
const RevokeDocument = graphql(`
  mutation ConsoleRevokeToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
const RolesDocument = graphql(`
  mutation ConsoleSetRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      id
      roles
    }
  }
`);

/** The hub's scopes (src/domain/scopes.ts), in its order. */
const SCOPES = [
  'catalog:read',
  'catalog:write',
  'partners:read',
  'partners:write',
  'orders:read',
  'orders:write',
  'changes:consume',
  'sync:read',
  'sync:write',
  'webhooks:manage',
  'odoo:webhook',
  'metrics:read',
  'tokens:create',
  'admin',
] as const;
const ROLES: readonly Role[] = ['ADMIN', 'INTEGRATOR', 'WEBSHOP', 'VIEWER'];

export function TokensPage() {
  const { viewer } = useSession();
  const { data, error, loading, reload } = useQuery(TokensDocument);
  const [dialog, confirm] = useConfirm();
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [revoke] = useMutation(RevokeDocument);
  const [setRoles] = useMutation(RolesDocument);
  if (error) return <ErrorState error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      setNotice({ tone: 'ok', text: done });
    } catch (err) {
      setNotice({ tone: 'bad', text: (err as Error).message });
    }
    reload();
  };
  const tokens = data?.apiTokens ?? [];
  const users = data?.users ?? [];
  return (
    <section>
      {dialog}
      <h1>Tokens &amp; users</h1>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {created && (
        <div class="panel secret" role="status">
          <h2>The new token, shown once</h2>
          <p>Copy it now: the hub keeps only its hash and never shows it again.</p>
          <pre class="value" data-testid="new-token">
            {created}
          </pre>
          <div class="actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(created)}>
              Copy
            </button>
            <button type="button" class="primary" onClick={() => setCreated(null)}>
              I have stored it
            </button>
          </div>
        </div>
      )}
      <h2>API tokens</h2>
      <DataTable
        caption="API tokens"
        rows={tokens}
        rowKey={(t) => t.id}
        columns={[
          { key: 'name', header: 'Name', render: (t) => t.name },
          { key: 'scopes', header: 'Scopes', render: (t) => <span class="wrap">{t.scopes.join(', ')}</span> },
          { key: 'created', header: 'Created', render: (t) => <Time at={t.createdAt} /> },
          { key: 'used', header: 'Last used', render: (t) => <Time at={t.lastUsedAt} empty="never" /> },
          { key: 'expires', header: 'Expires', render: (t) => <Time at={t.expiresAt} empty="never" /> },
          {
            key: 'state',
            header: 'State',
            render: (t) =>
              t.revokedAt ? (
                <Badge value="REVOKED" tone="warn" />
              ) : t.expiresAt && Date.parse(t.expiresAt) < Date.now() ? (
                <Badge value="EXPIRED" tone="warn" />
              ) : (
                <Badge value="ACTIVE" tone="ok" />
              ),
          },
          {
            key: 'actions',
            header: <span class="visually-hidden">Actions</span>,
            render: (t) =>
              !t.revokedAt && (
                <button
                  type="button"
                  class="danger"
                  onClick={async () => {
                    const self = viewer.token?.id === t.id;
                    const ok = await confirm({
                      title: `Revoke “${t.name}”?`,
                      body: (
                        <p>
                          Every request with it is refused from now on, and the tokens it created with it.
                          {self && ' This is the token you are signed in with: you will be signed out.'}
                        </p>
                      ),
                      confirmLabel: 'Revoke',
                      danger: true,
                    });
                    if (ok) await act(() => revoke({ id: t.id }), `“${t.name}” revoked.`);
                  }}
                >
                  Revoke
                </button>
              ),
          },
        ]}
        empty={<EmptyState title="No API tokens">Create one below for a webshop or a script.</EmptyState>}
      />
      <CreateToken confirm={confirm} onCreated={setCreated} act={act} />
      <h2>Users</h2>
      <DataTable
        caption="Users"
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { key: 'email', header: 'E-mail', render: (u) => u.email },
          { key: 'verified', header: 'Verified', render: (u) => (u.isVerified ? 'yes' : 'no') },
          { key: 'created', header: 'Registered', render: (u) => <Time at={u.createdAt} /> },
          {
            key: 'roles',
            header: 'Roles',
            render: (u) => (
              <RoleEditor
                roles={u.roles}
                email={u.email}
                onSave={async (roles) => {
                  const ok = await confirm({
                    title: `Give ${u.email} the roles ${roles.join(', ') || '(none)'}?`,
                    body: <p>Their next login token carries these roles’ scopes; tokens they hold keep theirs.</p>,
                    confirmLabel: 'Save roles',
                  });
                  if (ok) await act(() => setRoles({ userId: u.id, roles }), `Roles of ${u.email} saved.`);
                }}
              />
            ),
          },
        ]}
        empty={<EmptyState title="No users">Users register with registerUser; give them a role here.</EmptyState>}
      />
    </section>
  );
}

function RoleEditor({ roles, email, onSave }: { roles: Role[]; email: string; onSave(roles: Role[]): void }) {
  const [chosen, setChosen] = useState<ReadonlySet<Role>>(new Set(roles));
  const changed = chosen.size !== roles.length || roles.some((r) => !chosen.has(r));
  return (
    <fieldset class="inline-set">
      <legend class="visually-hidden">Roles of {email}</legend>
      {ROLES.map((role) => (
        <label key={role} class="inline">
          <input
            type="checkbox"
            checked={chosen.has(role)}
            onChange={(e) => {
              const next = new Set(chosen);
              if ((e.currentTarget as HTMLInputElement).checked) next.add(role);
              else next.delete(role);
              setChosen(next);
            }}
          />
          {role.toLowerCase()}
        </label>
      ))}
      {changed && (
        <button type="button" onClick={() => onSave(ROLES.filter((r) => chosen.has(r)))}>
          Save
        </button>
      )}
    </fieldset>
  );
}

function CreateToken(props: {
  confirm: ReturnType<typeof useConfirm>[1];
  onCreated(token: string): void;
  act(run: () => Promise<unknown>, done: string): Promise<void>;
}) {
  const [create, creating] = useMutation(CreateDocument);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<string>>(new Set(['sync:read']));
  const [expires, setExpires] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const list = SCOPES.filter((s) => scopes.has(s));
    const ok = await props.confirm({
      title: `Create the token “${name}”?`,
      body: <p>It may do what these scopes allow: {list.join(', ')}. It is shown once.</p>,
      confirmLabel: 'Create',
    });
    if (!ok) return;
    await props.act(async () => {
      const res = await create({
        input: { name: name.trim(), scopes: list, expiresAt: expires ? new Date(expires).toISOString() : null },
      });
      props.onCreated(res.createApiToken.token);
      setName('');
    }, 'Token created.');
  };
  return (
    <form class="panel" onSubmit={submit} aria-labelledby="new-token">
      <h2 id="new-token">New token</h2>
      <div class="toolbar">
        <label>
          Name
          <input required value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Expires (optional)
          <input
            type="datetime-local"
            value={expires}
            onInput={(e) => setExpires((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </div>
      <fieldset class="inline-set">
        <legend>Scopes</legend>
        {SCOPES.map((scope) => (
          <label key={scope} class="inline">
            <input
              type="checkbox"
              checked={scopes.has(scope)}
              onChange={(e) => {
                const next = new Set(scopes);
                if ((e.currentTarget as HTMLInputElement).checked) next.add(scope);
                else next.delete(scope);
                setScopes(next);
              }}
            />
            {scope}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={creating.running || scopes.size === 0 || !name.trim()}>
          Create token
        </button>
      </div>
    </form>
  );
}
