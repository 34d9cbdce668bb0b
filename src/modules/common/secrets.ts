import { createHash, randomBytes } from 'node:crypto';

/** API tokens: a recognisable prefix (secret scanners know it) and 256 random bits. */
export const TOKEN_PREFIX = 'osh_';

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Single-use secrets (e-mail verification): 256 random bits, no prefix. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as SHA-256 only: they are 256-bit random, so a fast hash is
 * enough (no dictionary to attack), and it lets a lookup be one indexed equality.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
