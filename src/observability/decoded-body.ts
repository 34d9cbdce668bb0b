import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import type { Dispatcher } from 'undici';

/**
 * What an undici.request answer's body says, as text, undone of its
 * Content-Encoding as fetch undoes it. Not undici's `interceptors.decompress`:
 * in undici 7.16 it is experimental, prints an ExperimentalWarning on the
 * first use in every process (a line in every start's and CLI command's
 * output), and by default leaves 4xx/5xx answers compressed where fetch
 * decompresses every status. The body is read whole here anyway (JSON.parse
 * needs all of it), so one async zlib call per coding does the same work.
 */

/** What the hub says it reads: fetch's codings (gzip, deflate; br over https), br over http too. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

type Decoder = (bytes: Buffer) => Promise<Buffer>;

const DECODERS: Record<string, Decoder | undefined> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** A header's value as one string (undici gives a repeated header as a list). */
export function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/**
 * Reads the whole body, so the connection goes back to the pool (undici.request
 * holds it until the body is consumed or dumped), and decodes it: codings in
 * the reverse of the order they were applied (RFC 9110 §8.4). A coding this
 * cannot undo (unknown, or its data corrupt) leaves the bytes as they came:
 * the caller then finds no JSON in them, an answer Odoo (or its proxy) got
 * wrong rather than a lost connection. Rejects as the body's stream does
 * (the timeout, a dropped connection).
 */
export async function readDecodedText({ headers, body }: Dispatcher.ResponseData): Promise<string> {
  const codings = headerValue(headers['content-encoding'])
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity');
  if (codings.length === 0) return body.text();
  const raw = Buffer.from(await body.bytes());
  const decoders = codings.reverse().map((coding) => DECODERS[coding]);
  // A 204, or a proxy's empty error page, may still name a coding: there is nothing to decode.
  if (raw.length === 0 || !decoders.every((decode): decode is Decoder => decode !== undefined)) {
    return raw.toString('utf8');
  }
  try {
    let bytes: Buffer = raw;
    for (const decode of decoders) bytes = await decode(bytes);
    return bytes.toString('utf8');
  } catch {
    return raw.toString('utf8');
  }
}
