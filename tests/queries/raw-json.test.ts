import { RawJson, rawJsonObject, stringifyResult } from '../../src/modules/common/raw-json.js';

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
