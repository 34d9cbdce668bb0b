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
    return `${MARKER}${sink.length - 1}`;
  }
}

/** A JSONObject column's text as a RawJson; any other JSON (not an object) parsed, so the scalar refuses it as before. */
export function rawJsonObject(text: string): unknown {
  return text.charCodeAt(0) === 0x7b /* { */ ? new RawJson(text) : JSON.parse(text);
}

// A marker stands in for each RawJson while JSON.stringify runs (synchronously, so
// one sink at a time). It begins with U+0000, which PostgreSQL text and jsonb cannot
// hold, and names this process's random nonce, so no client-made string matches it.
const NONCE = randomUUID().replace(/-/g, '');
const MARKER = `\u0000${NONCE}:`;
const MARKED = new RegExp(`"\\\\u0000${NONCE}:(\\d+)"`, 'g');
let sink: string[] | null = null;

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
  if (texts.length) json = json.replace(MARKED, (_, i: string) => texts[Number(i)]!);
  return `${json}\n`;
}
