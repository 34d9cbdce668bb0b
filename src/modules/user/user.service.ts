import type { EntityManager } from '@mikro-orm/postgresql';
import { scopesForRoles } from '../../auth/scopes.js';
import { dummyPasswordHash, generateSecret, hashPassword, hashToken, verifyPassword } from '../../auth/secrets.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { parseId } from '../../graphql/ids.js';
import type { Mailer } from '../../mail/mailer.js';
import { AllowedDomain } from '../allowed-domain/allowed-domain.entity.js';
import { issueToken, revokeUserTokens, type IssuedToken } from '../api-token/api-token.service.js';
import { Role } from '../common/enums.js';
import { User } from './user.entity.js';

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;
const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
/** Failed logins in a row before each further attempt has to wait. */
const FREE_LOGIN_FAILURES = 5;
const MAX_LOGIN_DELAY_S = 15 * 60;

const EMAIL_RE = /^[^\s@]+@([a-z0-9-]+(\.[a-z0-9-]+)+)$/;

export function normaliseEmail(email: string): { email: string; domain: string } {
  const clean = email.trim().toLowerCase();
  const match = EMAIL_RE.exec(clean);
  if (!match || clean.length > 254) throw badInput(`Not an e-mail address: ${JSON.stringify(email.slice(0, 100))}.`);
  return { email: clean, domain: match[1]! };
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH)
    throw badInput(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
}

/**
 * Self-service registration, open only to e-mail domains in AllowedDomain (the
 * exact domain: `evil-shop.example` or `shop.example.evil` do not pass for
 * `shop.example`). Sends a single-use verification token, valid for 24 hours.
 */
export async function registerUser(
  em: EntityManager,
  mailer: Mailer,
  rawEmail: string,
  password: string,
): Promise<User> {
  const { email, domain } = normaliseEmail(rawEmail);
  checkPassword(password);
  if (!(await em.count(AllowedDomain, { domain }))) {
    throw new DomainError(
      'FORBIDDEN',
      `E-mail addresses at ${domain} may not register here; ask an admin to allow the domain.`,
    );
  }
  if (await em.count(User, { email })) throw new DomainError('CONFLICT', `${email} is already registered.`);
  const verification = generateSecret();
  const user = em.create(User, {
    email,
    passwordHash: await hashPassword(password),
    roles: [],
    isVerified: false,
    verificationTokenHash: hashToken(verification),
    verificationTokenExpiresAt: new Date(Date.now() + VERIFICATION_TTL_MS),
  } as unknown as User);
  await em.flush();
  await mailer.send({
    to: email,
    subject: 'Verify your e-mail for odoo-sync-hub',
    text:
      `Your verification token (valid for 24 hours, usable once):\n\n${verification}\n\n` +
      `Send it with the GraphQL mutation: mutation { verifyEmail(token: "${verification}") { email isVerified } }\n`,
  });
  return user;
}

export async function verifyEmail(em: EntityManager, token: string): Promise<User> {
  const user = await em.findOne(User, { verificationTokenHash: hashToken(token) });
  if (!user || !user.verificationTokenExpiresAt || user.verificationTokenExpiresAt <= new Date()) {
    throw badInput(
      'This verification token is not valid: it is unknown, already used or expired. Register again for a new one.',
    );
  }
  user.isVerified = true;
  user.verificationTokenHash = null;
  user.verificationTokenExpiresAt = null;
  await em.flush();
  return user;
}

/** Seconds until the next login attempt for `user` is allowed (0: now). */
export function loginDelaySeconds(user: User, now = Date.now()): number {
  if (user.failedLoginCount < FREE_LOGIN_FAILURES || !user.lastFailedLoginAt) return 0;
  const delay = Math.min(2 ** (user.failedLoginCount - FREE_LOGIN_FAILURES), MAX_LOGIN_DELAY_S);
  return Math.max(0, Math.ceil(user.lastFailedLoginAt.getTime() / 1000 + delay - now / 1000));
}

/**
 * Password login for verified users; returns a short-lived token with the scopes
 * of the user's roles. Repeated failures for one e-mail are slowed down
 * (exponential wait after five), tracked in the database so every instance agrees.
 */
export async function login(
  em: EntityManager,
  rawEmail: string,
  password: string,
  ttlHours: number,
): Promise<IssuedToken> {
  const wrong = () => new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password.');
  let email: string;
  try {
    email = normaliseEmail(rawEmail).email;
  } catch {
    throw wrong();
  }
  const user = await em.findOne(User, { email });
  if (!user || !user.passwordHash) {
    await verifyPassword(password, await dummyPasswordHash());
    throw wrong();
  }
  const wait = loginDelaySeconds(user);
  if (wait > 0) {
    throw new DomainError('RATE_LIMITED', `Too many failed logins for this e-mail; try again in ${wait} s.`, {
      details: { retryAfterSeconds: wait },
    });
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    // Counted in SQL, so concurrent attempts cannot undercount.
    await em.execute(
      'update "user" set "failed_login_count" = "failed_login_count" + 1, "last_failed_login_at" = now() where "id" = ?',
      [user.id],
    );
    throw wrong();
  }
  if (!user.isVerified) {
    throw new DomainError(
      'FORBIDDEN',
      'This e-mail address is not verified yet: use the token from the verification e-mail (verifyEmail).',
    );
  }
  user.failedLoginCount = 0;
  user.lastFailedLoginAt = null;
  const scopes = scopesForRoles(user.roles);
  if (!scopes.length) {
    throw new DomainError('FORBIDDEN', 'This user has no role yet; ask an admin to give it one (setUserRoles).');
  }
  return issueToken(em, {
    name: `login ${email}`,
    scopes,
    expiresAt: new Date(Date.now() + ttlHours * 3600 * 1000),
    user,
  });
}

/** Sets a user's roles; its existing tokens are revoked, so no token keeps scopes the user lost. */
export async function setUserRoles(em: EntityManager, userId: string, roles: readonly Role[]): Promise<User> {
  const user = await em.findOne(User, { id: parseId(userId, 'userId') });
  if (!user) throw notFound(`No user with id ${userId}.`);
  user.roles = [...new Set(roles)];
  await em.flush();
  await revokeUserTokens(em, user);
  return user;
}

/** For the CLI: a verified admin with this e-mail and password (made, or promoted). */
export async function createAdminUser(em: EntityManager, rawEmail: string, password: string): Promise<User> {
  const { email } = normaliseEmail(rawEmail);
  checkPassword(password);
  const user = (await em.findOne(User, { email })) ?? em.create(User, { email, roles: [] } as unknown as User);
  user.passwordHash = await hashPassword(password);
  user.isVerified = true;
  user.verificationTokenHash = null;
  user.verificationTokenExpiresAt = null;
  user.roles = [...new Set([...user.roles, Role.ADMIN])];
  await em.flush();
  return user;
}
