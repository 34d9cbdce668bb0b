import type { EntityManager } from '@mikro-orm/postgresql';
import { reserveLoginAttempt, reserveRegistration } from '../rate-limit/login-limits.js';
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { scopesForRoles } from '../../domain/scopes.js';
import { generateSecret, hashToken } from '../common/secrets.js';
import type { RateLimits } from '../../config.js';
import { badInput, DomainError, notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import type { Mailer } from '../../mail/mailer.js';
import { AllowedDomain } from '../allowed-domain/allowed-domain.entity.js';
import { issueToken, revokeUserTokens, type IssuedToken } from '../api-token/api-token.service.js';
import { Role } from '../../domain/enums.js';
import { User } from './user.entity.js';

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;
const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

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

/** Who is calling `login` or `registerUser`, and the limits that apply. */
export interface Caller {
  clientIp: string | null;
  limits: RateLimits;
}

/**
 * Self-service registration, open only to e-mail domains in AllowedDomain (the
 * exact domain: `evil-shop.example` or `shop.example.evil` do not pass for
 * `shop.example`). Sends a single-use verification token, valid for 24 hours.
 * Every call counts against its client address's limit, before anything else.
 */
export async function registerUser(
  em: EntityManager,
  mailer: Mailer,
  rawEmail: string,
  password: string,
  caller: Caller,
): Promise<User> {
  await reserveRegistration(em, caller.limits, caller.clientIp);
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

/**
 * Password login for verified users; returns a short-lived token with the scopes
 * of the user's roles. The attempt is counted against its limits before the
 * password is checked (modules/rate-limit/login-limits.ts). An unknown e-mail costs the same
 * scrypt run and gets the same answer as a wrong password, so `login` does not
 * tell which e-mails have accounts. A hash made with older parameters is
 * rewritten with today's on a successful login.
 */
export async function login(
  em: EntityManager,
  rawEmail: string,
  password: string,
  caller: Caller & { ttlHours: number },
): Promise<IssuedToken> {
  const wrong = () => new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password.');
  let email: string | null;
  try {
    email = normaliseEmail(rawEmail).email;
  } catch {
    email = null; // not an address: no account can have it
  }
  const attempt = await reserveLoginAttempt(em, caller.limits, email, caller.clientIp);
  const user = email ? await em.findOne(User, { email }) : null;
  const passwordHash = user?.passwordHash ?? null;
  const matches = email !== null && (await verifyPassword(password, passwordHash ?? DUMMY_PASSWORD_HASH));
  if (!matches || !user || !passwordHash) {
    await attempt.failed();
    throw wrong();
  }
  await attempt.succeeded();
  if (needsRehash(passwordHash)) {
    user.passwordHash = await hashPassword(password);
    await em.flush();
  }
  if (!user.isVerified) {
    throw new DomainError(
      'FORBIDDEN',
      'This e-mail address is not verified yet: use the token from the verification e-mail (verifyEmail).',
    );
  }
  const scopes = scopesForRoles(user.roles);
  if (!scopes.length) {
    throw new DomainError('FORBIDDEN', 'This user has no role yet; ask an admin to give it one (setUserRoles).');
  }
  return issueToken(em, {
    name: `login ${email}`,
    scopes,
    expiresAt: new Date(Date.now() + caller.ttlHours * 3600 * 1000),
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
