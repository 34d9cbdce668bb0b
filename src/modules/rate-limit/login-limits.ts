import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimits } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { forget, refund, reserve, touch, type LimitRule } from './rate-limit.service.js';

/**
 * The limits on `login` and `registerUser` (rules and defaults in config.ts,
 * counters in rate-limit.service.ts). A login attempt is reserved against three
 * counters before its password is checked: its e-mail's (whether or not an
 * account has it), its client address's, and the hub's. Every failure keeps its
 * hits; a success gives back its own address and hub hits and clears its
 * e-mail's counter, and nobody else's.
 */

/** A quiet day clears an e-mail's failures (and lets the hourly prune delete its row). */
const EMAIL_FORGET_SECONDS = 24 * 3600;

/** E-mails only as SHA-256: the table is not a list of the addresses someone tried. */
const emailKey = (email: string) => `login:email:${createHash('sha256').update(email, 'utf8').digest('hex')}`;
/**
 * The part of a client address that one client holds: an IPv4 address whole
 * (an IPv4-mapped IPv6 one as IPv4), an IPv6 address by its /64, the smallest
 * block a site is given, so that hopping through its 2^64 addresses does not
 * buy fresh limits.
 */
export function clientKey(clientIp: string | null): string {
  if (!clientIp) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(clientIp);
  if (mapped) return mapped[1]!;
  if (isIP(clientIp) !== 6) return clientIp;
  const [head = '', tail = ''] = clientIp.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = clientIp.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** An attempt that passed the limits; say how it ended. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

interface Counter {
  key: string;
  rule: LimitRule;
  refusal: string;
}

function rateLimited(refusal: string, retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', `${refusal}; try again in ${retryAfterSeconds} s.`, {
    details: { retryAfterSeconds },
  });
}

/**
 * Reserves a login attempt against all its counters at once (one transaction:
 * refused by one, counted by none), or throws RATE_LIMITED with
 * `retryAfterSeconds`. `email` null: not an address, so only the address and
 * hub counters apply (no account can have it).
 */
export async function reserveLoginAttempt(
  em: EntityManager,
  limits: RateLimits,
  email: string | null,
  clientIp: string | null,
): Promise<LoginAttempt> {
  const emailCounter: Counter | null = email
    ? {
        key: emailKey(email),
        rule: {
          kind: 'backoff',
          free: limits.loginEmail.freeFailures,
          firstWaitSeconds: limits.loginEmail.firstWaitSeconds,
          maxWaitSeconds: limits.loginEmail.maxWaitSeconds,
          forgetSeconds: EMAIL_FORGET_SECONDS,
        },
        refusal: 'Too many failed logins for this e-mail',
      }
    : null;
  // The hub-wide counter last: its row is the one every attempt locks, so it is held the shortest.
  const shared: Counter[] = [
    {
      key: `login:ip:${clientKey(clientIp)}`,
      rule: { kind: 'window', ...limits.loginIp },
      refusal: 'Too many failed logins from this address',
    },
    {
      key: 'login:global',
      rule: { kind: 'window', ...limits.loginGlobal },
      refusal: 'Too many failed logins on this hub right now',
    },
  ];
  const windows = await em.transactional(async (tx) => {
    const reserved: string[] = [];
    for (const counter of emailCounter ? [emailCounter, ...shared] : shared) {
      const reservation = await reserve(tx, counter.key, counter.rule);
      if (!reservation.ok) throw rateLimited(counter.refusal, reservation.retryAfterSeconds);
      reserved.push(reservation.window);
    }
    return reserved.slice(emailCounter ? 1 : 0);
  });
  return {
    async failed() {
      // The wait before the e-mail's next attempt counts from the end of this one, as a person sees it.
      if (emailCounter) await touch(em, emailCounter.key);
    },
    async succeeded() {
      if (emailCounter) await forget(em, emailCounter.key);
      for (const [i, counter] of shared.entries()) await refund(em, counter.key, windows[i]!);
    },
  };
}

/** Counts a registerUser call of `clientIp`, or throws RATE_LIMITED. */
export async function reserveRegistration(
  em: EntityManager,
  limits: RateLimits,
  clientIp: string | null,
): Promise<void> {
  const reservation = await reserve(em, `register:ip:${clientKey(clientIp)}`, { kind: 'window', ...limits.registerIp });
  if (!reservation.ok) throw rateLimited('Too many registrations from this address', reservation.retryAfterSeconds);
}
