import {
  encodePieces,
  RawJson,
  rawJsonObject,
  resultPieces,
  stringifyResult,
  type ResultPieces,
} from '../../src/modules/common/raw-json.js';

describe('raw jsonb in responses', () => {
  it('puts each text in its place, in order, beside ordinary values', () => {
    const value = {
      data: {
        nodes: [
          { a: new RawJson('{"x": [1, {"y": "z"}]}'), s: 'plain "quoted"' },
          { a: new RawJson('{}'), s: null },
          { a: rawJsonObject('{"k": "\\u00e9"}') },
        ],
      },
    };
    const text = stringifyResult(value);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('{"x": [1, {"y": "z"}]}');
    expect(JSON.parse(text)).toEqual({
      data: { nodes: [{ a: { x: [1, { y: 'z' }] }, s: 'plain "quoted"' }, { a: {}, s: null }, { a: { k: 'é' } }] },
    });
  });

  it('is the parsed value anywhere else (a subscription message), and a non-object stays parsed', () => {
    expect(JSON.parse(JSON.stringify({ a: new RawJson('{"n": 1}') }))).toEqual({ a: { n: 1 } });
    expect(rawJsonObject('[1]')).toEqual([1]);
    expect(stringifyResult({ a: 1 })).toBe('{"a":1}\n');
  });
});

describe('raw jsonb answers sent from their pieces', () => {
  const value = { data: { a: new RawJson('{"é": "ü"}'), b: 'x', c: [new RawJson('{"n": 2}')] } };

  it('leaves, in the request’s holder, pieces whose bytes are the text’s', () => {
    const holder: ResultPieces = {};
    const text = resultPieces.run(holder, () => stringifyResult(value));
    expect(holder.length).toBe(text.length);
    expect(encodePieces(holder.pieces!).equals(Buffer.from(text))).toBe(true);
    expect(JSON.parse(encodePieces(holder.pieces!).toString('utf8'))).toEqual({
      data: { a: { é: 'ü' }, b: 'x', c: [{ n: 2 }] },
    });
  });

  it('leaves nothing outside a request, nor for an answer without raw jsonb', () => {
    const holder: ResultPieces = {};
    expect(resultPieces.run(holder, () => stringifyResult({ a: 1 }))).toBe('{"a":1}\n');
    expect(holder.pieces).toBeUndefined();
    expect(JSON.parse(stringifyResult(value))).toEqual({ data: { a: { é: 'ü' }, b: 'x', c: [{ n: 2 }] } });
  });
});
