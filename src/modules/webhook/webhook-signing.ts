import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, "Signature scheme").
 *
 * Glossary: a *secret* is `whsec_` + base64 of the key bytes; a *message* is one
 * event for one endpoint, named by its `webhook-id` (stable across retries and
 * replays, so receivers can drop duplicates); the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`, HMAC-SHA256 with the key bytes.
 * node:crypto rather than the reference package: the same bytes, natively fast.
 */
export const SECRET_PREFIX = 'whsec_';

/** A new secret: 32 random bytes (the spec asks for 24 to 64). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The key bytes of a `whsec_…` secret (a secret without the prefix is taken as bare base64, as the reference does). */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** `v1,<base64 signature>` for one key. */
export function sign(key: Buffer, messageId: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * The three Standard Webhooks headers. With several live secrets (a rotation's
 * overlap) the signatures are space-separated and a receiver holding either
 * secret verifies the message.
 */
export function signedHeaders(
  keys: readonly Buffer[],
  messageId: string,
  timestampSeconds: number,
  body: string,
): SignedHeaders {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': keys.map((key) => sign(key, messageId, timestampSeconds, body)).join(' '),
  };
}
