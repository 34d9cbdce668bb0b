import { Role } from './enums.js';

/**
 * Glossary. A *scope* is one permission a token carries (`catalog:read`).
 * A *role* is what a user is (ADMIN, INTEGRATOR, …); a login token gets the
 * scopes of its user's roles. `admin` implies every scope.
 * `tokens:create` lets a token mint lesser tokens (createApiToken); no role
 * grants it but ADMIN (through `admin`): a user gets a token by `login`.
 */
export const SCOPES = [
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

export type Scope = (typeof SCOPES)[number];

const READ = SCOPES.filter((s) => s.endsWith(':read'));
const WRITE = SCOPES.filter((s) => s.endsWith(':write'));

export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  [Role.ADMIN]: ['admin'],
  [Role.INTEGRATOR]: [...new Set<Scope>([...READ, ...WRITE, 'sync:read', 'sync:write', 'webhooks:manage'])],
  [Role.WEBSHOP]: ['catalog:read', 'partners:read', 'partners:write', 'orders:read', 'orders:write', 'changes:consume'],
  [Role.VIEWER]: READ,
};

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function scopesForRoles(roles: readonly Role[]): Scope[] {
  const all = new Set<Scope>();
  for (const role of roles) for (const scope of ROLE_SCOPES[role] ?? []) all.add(scope);
  return SCOPES.filter((s) => all.has(s));
}

/** True when `granted` includes `required`, directly or through `admin`. */
export function hasScope(granted: readonly string[], required: string): boolean {
  return granted.includes('admin') || granted.includes(required);
}

/** The scopes of `wanted` that `granted` does not cover. */
export function missingScopes(granted: readonly string[], wanted: readonly string[]): string[] {
  return wanted.filter((s) => !hasScope(granted, s));
}
