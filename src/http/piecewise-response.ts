import type { RequestHandler } from 'express';
import { encodePieces, PIECES_SENT_APART, resultPieces, type ResultPieces } from '../modules/common/raw-json.js';
import { requestRows, type RowsRead } from '../modules/common/rows.js';

/**
 * Sends a GraphQL answer that carries jsonb as text (src/modules/common/raw-json.ts)
 * from its pieces: `res.send` would flatten a text made of them before encoding it;
 * the pieces, which stringifyHttpResult left in this request's {@link resultPieces}
 * (Apollo hands on {@link PIECES_SENT_APART} in the text's place), are encoded into
 * one Buffer instead (issue 15: ~0.6 ms less CPU for a catalogue page of ~130 kB).
 * Any other answer goes out as it is. Once the answer is out, the row arrays read
 * for it are emptied ({@link requestRows}): nothing reads them after that, and
 * emptied they cannot keep the rows alive through the scavenges to come.
 */
export const piecewiseResponse: RequestHandler = (_req, res, next) => {
  const holder: ResultPieces = {};
  const read: RowsRead = { arrays: [], sent: false };
  const send = res.send;
  res.send = function sendPieces(this: typeof res, body?: unknown) {
    const { pieces, length } = holder;
    holder.pieces = undefined;
    let sent: typeof res;
    if (body === PIECES_SENT_APART) {
      if (!pieces) throw new Error('an answer was left in pieces that are gone');
      sent = send.call(this, encodePieces(pieces));
    } else if (pieces && typeof body === 'string' && body.length === length) {
      // The length tells these pieces make this text (comparing the texts would flatten them).
      sent = send.call(this, encodePieces(pieces));
    } else sent = send.call(this, body);
    // The answer is out: the rows read for it are let go of (see requestRows).
    read.sent = true;
    for (const rows of read.arrays) rows.length = 0;
    read.arrays = [];
    return sent;
  };
  resultPieces.run(holder, () => requestRows.run(read, next));
};
