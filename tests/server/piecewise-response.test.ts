import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { piecewiseResponse } from '../../src/http/piecewise-response.js';
import {
  PIECES_SENT_APART,
  RawJson,
  resultPieces,
  stringifyHttpResult,
  stringifyResult,
  type ResultPieces,
} from '../../src/modules/common/raw-json.js';
import { requestRows } from '../../src/modules/common/rows.js';

const page = () => ({
  data: {
    products: {
      nodes: [
        { a: new RawJson('{"é": "ü"}'), b: 'x' },
        { a: new RawJson('{"n": 2}'), b: null },
      ],
    },
  },
});

describe('HTTP answers with raw jsonb left in pieces', () => {
  it('stands in for the text, leaves its pieces in the holder and empties the result’s data', () => {
    const value = page();
    const expected = stringifyResult(page());
    const holder: ResultPieces = {};
    const text = resultPieces.run(holder, () => stringifyHttpResult(value));
    expect(text).toBe(PIECES_SENT_APART);
    expect(holder.pieces!.join('')).toBe(expected);
    expect(value.data).toEqual({ products: null });
  });

  it('is stringifyResult outside a request and for an answer without raw jsonb', () => {
    const value = page();
    expect(stringifyHttpResult(value)).toBe(stringifyResult(page()));
    expect(value.data.products).not.toBeNull();
    const holder: ResultPieces = {};
    expect(resultPieces.run(holder, () => stringifyHttpResult({ data: { a: 1 } }))).toBe('{"data":{"a":1}}\n');
    expect(holder.pieces).toBeUndefined();
  });

  it('sends the text of the pieces, then empties the rows read for the request', async () => {
    const app = express();
    const read: unknown[][] = [];
    app.use(piecewiseResponse, (_req, res) => {
      const rows = [{ id: '1' }, { id: '2' }];
      requestRows.getStore()!.arrays.push(rows);
      read.push(rows);
      res.type('application/json').send(stringifyHttpResult(page()));
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await res.text()).toBe(stringifyResult(page()));
      expect(read).toEqual([[]]);
    } finally {
      server.close();
    }
  });

  it('refuses to send the stand-in when its pieces are gone', async () => {
    const app = express();
    app.use(piecewiseResponse, (_req, res) => {
      res.send(PIECES_SENT_APART);
    });
    app.use(((_err, _req, res, _next) => {
      res.status(500).send('refused');
    }) as express.ErrorRequestHandler);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('refused');
    } finally {
      server.close();
    }
  });
});
