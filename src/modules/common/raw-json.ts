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
  const pieces = textPieces(value);
  if (typeof pieces === 'string') return pieces;
  let out = '';
  for (const piece of pieces) out += piece;
  const holder = resultPieces.getStore();
  if (holder) {
    holder.pieces = pieces;
    holder.length = out.length;
  }
  return out;
}

/**
 * What {@link stringifyHttpResult} returns in place of the text when it left the
 * pieces for the sender (src/http/piecewise-response.ts). It begins with U+0000,
 * which no JSON text does (JSON.stringify escapes it), and names this process's nonce.
 */
export const PIECES_SENT_APART = `\u0000${NONCE}:pieces`;

/**
 * {@link stringifyResult} for Apollo's HTTP answers: in a request that sends its answer
 * from pieces (a {@link resultPieces} holder), an answer with raw jsonb is left there
 * as pieces only, {@link PIECES_SENT_APART} stands for it, and the result's `data` is
 * emptied. Why (issue 15, the catalogue page's p99): under load a request waits past a
 * scavenge or two for its statement, and what it made before the wait (the executor's
 * `data` object, the promises Apollo hands the answer back through) is in V8's old
 * generation by the time the answer hangs from it. A scavenge keeps whatever an old
 * object points at, dead or not, until a full GC: the page's tree and a text that is
 * a rope of its pieces would hold every row's texts, copied by each scavenge and then
 * promoted. Emptied and stood for, they are garbage once the answer is sent.
 */
export function stringifyHttpResult(value: unknown): string {
  const holder = resultPieces.getStore();
  if (!holder) return stringifyResult(value);
  const pieces = textPieces(value);
  if (typeof pieces === 'string') return pieces;
  holder.pieces = pieces;
  holder.length = undefined;
  letGoOfData(value);
  return PIECES_SENT_APART;
}

/** The result's JSON text (plus Apollo's newline) when it holds no RawJson, else its pieces, each RawJson's text one. */
function textPieces(value: unknown): string | string[] {
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
  return pieces;
}

/** Empties a GraphQL result's `data` (its fields set to null): nothing reads it once it is text. */
function letGoOfData(value: unknown): void {
  const data = (value as { data?: Record<string, unknown> | null } | null)?.data;
  if (data && typeof data === 'object') for (const key of Object.keys(data)) data[key] = null;
}
