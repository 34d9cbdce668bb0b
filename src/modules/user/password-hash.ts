import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { passwordHashRuns } from '../../observability/metrics.js';

/**
 * Password hashes: scrypt from node:crypto (no native addon), stored as
 * `scrypt$N$r$p$salt$hash` so each hash carries its own parameters: raising
 * them leaves old hashes verifiable, and a login with an old hash rewrites it.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's minimum for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1.
 * That is 128 MiB of memory per run (128·N·r bytes), about 0.3 s of one core
 * here (1.3 s on a loaded two-core machine).
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * Runs at once in this process. Each takes 128 MiB: libuv's four threads
 * would otherwise hold 512 MiB in a burst. Login limits bound how many queue.
 */
const MAX_CONCURRENT_RUNS = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function withRunSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_RUNS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await fn();
  } finally {
    // The slot passes straight to the next in line (running stays the same), or is freed.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function scryptAsync(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  // node's default maxmem (32 MiB) is below what N=2^17 needs; OpenSSL wants 128·r·(N+p+2) bytes.
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  return withRunSlot(
    () =>
      new Promise((resolve, reject) => {
        passwordHashRuns.inc();
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem }, (err, key) =>
          err ? reject(err) : resolve(key),
        );
      }),
  );
}

/** Hashes with the current parameters (`params` only for tests that make hashes of an older kind). */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** The parameters a stored hash was made with; null when it is not a hash this module made. */
function parseHash(stored: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // Bounds against a hash that would make scrypt run for minutes or allocate gigabytes.
  const sane =
    Number.isInteger(Math.log2(params.N)) &&
    params.N >= 2 &&
    params.N <= 2 ** 20 &&
    Number.isInteger(params.r) &&
    params.r >= 1 &&
    params.r <= 32 &&
    Number.isInteger(params.p) &&
    params.p >= 1 &&
    params.p <= 16;
  if (kind !== 'scrypt' || !sane || !salt || !hash) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.params);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when `stored` was made with other parameters than today's: the next successful login rewrites it. */
export function needsRehash(stored: string): boolean {
  const params = parseHash(stored)?.params;
  return !params || params.N !== SCRYPT_PARAMS.N || params.r !== SCRYPT_PARAMS.r || params.p !== SCRYPT_PARAMS.p;
}

/**
 * A hash of today's parameters to check against when the e-mail is unknown or
 * has no password: a random key no password gives, made without running scrypt,
 * so the check is the same one scrypt run as for a known e-mail and neither the
 * answer nor its timing tells which e-mails have accounts.
 */
export const DUMMY_PASSWORD_HASH = [
  'scrypt',
  SCRYPT_PARAMS.N,
  SCRYPT_PARAMS.r,
  SCRYPT_PARAMS.p,
  randomBytes(16).toString('base64url'),
  randomBytes(KEY_LENGTH).toString('base64url'),
].join('$');
