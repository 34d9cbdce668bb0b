import type { RequestHandler } from 'express';
import { encodePieces, resultPieces, type ResultPieces } from '../modules/common/raw-json.js';

/**
 * Sends a GraphQL answer that carries jsonb as text (src/modules/common/raw-json.ts)
 * from its pieces: Apollo hands the integration the answer as one string, which
 * `res.send` would flatten before encoding it; the same text's pieces, which
 * stringifyResult left in this request's {@link resultPieces}, are encoded into
 * one Buffer instead (issue 15: ~0.6 ms less CPU for a catalogue page of ~130 kB).
 * Any other answer goes out as it is.
 */
export const piecewiseResponse: RequestHandler = (_req, res, next) => {
  const holder: ResultPieces = {};
  const send = res.send;
  res.send = function sendPieces(this: typeof res, body?: unknown) {
    const { pieces, length } = holder;
    holder.pieces = undefined;
    // The length tells these pieces make this text (comparing the texts would flatten them).
    if (pieces && typeof body === 'string' && body.length === length) return send.call(this, encodePieces(pieces));
    return send.call(this, body);
  };
  resultPieces.run(holder, next);
};
