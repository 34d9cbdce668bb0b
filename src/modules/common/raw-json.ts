import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * jsonb that goes to the client as PostgreSQL sent it: a list reads a JSONObject
 * column that nothing transforms (a product's `currentData`, ~1 kB each) as text,
 * and the response is written with that text in place, so the data is neither
 * parsed into objects nor serialised again (issue 15: the read path). Anything
 * else that serialises a RawJson (a subscription's message, a test) gets the
 * parsed value through toJSON.
 */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    if (!sink) return JSON.parse(this.text);
    sink.push(this.text);
    return MARKER;
  }
}

/** A JSONObject column's text as a RawJson; any other JSON (not an object) parsed, so the scalar refuses it as before. */
export function rawJsonObject(text: string): unknown {
  return text.charCodeAt(0) === 0x7b /* { */ ? new RawJson(text) : JSON.parse(text);
}

// A marker stands in for each RawJson while JSON.stringify runs (synchronously, so
// one sink at a time, and in the order of the output). It begins with U+0000, which
// PostgreSQL text and jsonb cannot hold, and names this process's random nonce, so no
// client-made string matches it.
const NONCE = randomUUID().replace(/-/g, '');
const MARKER = `\u0000${NONCE}`;
/** The marker as JSON.stringify writes it. */
const MARKED = JSON.stringify(MARKER);
let sink: string[] | null = null;

/**
 * Where {@link stringifyResult} also leaves the pieces of the text it returns, for an
 * HTTP sender that writes them into one Buffer ({@link encodePieces}). The text itself
 * is a rope of those pieces (a catalogue page: ~130 kB); turning it into bytes would first
 * copy it into one flat string, and a string past 128 kB goes to V8's large-object space,
 * which only a full GC frees: ~0.7 ms of CPU a page against ~0.1 ms for the pieces (issue 15).
 */
export interface ResultPieces {
  pieces?: readonly string[];
  /** The length of the text the pieces make, so a sender can tell it has the right ones. */
  length?: number;
}
export const resultPieces = new AsyncLocalStorage<ResultPieces>();

/** The UTF-8 bytes of the pieces, one after the other, in one Buffer (no string of them all is made). */
export function encodePieces(pieces: readonly string[]): Buffer {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece);
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += bytes.write(piece, at);
  return bytes;
}

/** JSON.stringify of a GraphQL result (plus Apollo's newline) with each RawJson's text in its place. */
export function stringifyResult(value: unknown): string {
  const texts: string[] = [];
  sink = texts;
  let json: string;
  try {
    json = JSON.stringify(value);
  } finally {
    sink = null;
  }
  if (!texts.length) return `${json}\n`;
  const parts = json.split(MARKED);
  const pieces = [parts[0]!];
  for (let i = 1; i < parts.length; i++) pieces.push(texts[i - 1]!, parts[i]!);
  pieces.push('\n');
  let out = '';
  for (const piece of pieces) out += piece;
  const holder = resultPieces.getStore();
  if (holder) {
    holder.pieces = pieces;
    holder.length = out.length;
  }
  return out;
}
