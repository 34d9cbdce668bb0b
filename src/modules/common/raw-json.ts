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
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) out += texts[i - 1]! + parts[i]!;
  return `${out}\n`;
}
