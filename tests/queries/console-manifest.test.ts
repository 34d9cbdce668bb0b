import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersistedDocuments } from '../../src/graphql/persisted-documents.js';

/**
 * The console's manifest (CONSOLE_DIR/persisted-documents.json) is registered beside
 * PERSISTED_DOCUMENTS_FILE; no console build means none of its documents; a bad entry
 * stops the start naming the console's file. (In a browser: tests/console/persisted-only.test.ts.)
 */
const entry = (text: string) => ({ [`sha256:${createHash('sha256').update(text).digest('hex')}`]: text });
const SHOP = 'query Shop { __typename }';
const CONSOLE = 'query ConsoleThing { __typename }';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'console-manifest-'));
  await writeFile(join(dir, 'shop.json'), JSON.stringify(entry(SHOP)));
  await writeFile(join(dir, 'console.json'), JSON.stringify(entry(CONSOLE)));
  await writeFile(join(dir, 'bad.json'), JSON.stringify({ 'sha256:00': CONSOLE }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the console's persisted documents", () => {
  it('registers the console’s documents beside the manifest’s, in ONLY mode too', async () => {
    const documents = await PersistedDocuments.load({
      file: join(dir, 'shop.json'),
      only: true,
      consoleFile: join(dir, 'console.json'),
    });
    expect(documents.size).toBe(2);
    expect(documents.refusesText(CONSOLE)).toBe(false);
    expect(documents.refusesText(SHOP)).toBe(false);
    expect(documents.refusesText('query Other { __typename }')).toBe(true);
    expect(documents.documentOf(Object.keys(entry(CONSOLE))[0]!)).toBe(CONSOLE);
  });

  it('starts without a console build (no manifest of its)', async () => {
    const documents = await PersistedDocuments.load({
      file: join(dir, 'shop.json'),
      only: true,
      consoleFile: join(dir, 'missing.json'),
    });
    expect(documents.size).toBe(1);
  });

  it('refuses a console manifest whose ids are not the sha256 of their texts, naming it', async () => {
    await expect(
      PersistedDocuments.load({ file: undefined, only: false, consoleFile: join(dir, 'bad.json') }),
    ).rejects.toThrow(/the console's manifest .*bad\.json.*entry "sha256:00"/);
  });
});
