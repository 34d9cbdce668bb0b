import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdminUser } from '../../src/modules/user/user.service.js';
import { graphql } from '../gql/index.js';
import { launchBrowser, screenshot, signIn, signInWithPassword, type TestBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * The console under PERSISTED_DOCUMENTS_ONLY=true, with a PERSISTED_DOCUMENTS_FILE that
 * holds none of its documents: the console sends its documents' ids, and the hub always
 * registers the console's own manifest (dist/console/persisted-documents.json), so a
 * sync:read token's console works (queries over HTTP, subscriptions over graphql-ws, the
 * anonymous `login`), while a text document from the same token is still refused.
 */
const CreateToken = graphql(`
  mutation ConsolePersistedToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
    }
  }
`);
const Ingest = graphql(`
  mutation ConsolePersistedIngest($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
    }
  }
`);
const Status = graphql(`
  query ConsolePersistedStatus {
    syncStatus {
      lastOdooPullAt
    }
  }
`);

/** A storefront's manifest: one document, none of the console's. */
const OTHER = 'query Storefront { __typename }';

let dir: string;
let hub: TestHub;
let browser: TestBrowser;
let reader: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'console-persisted-'));
  const manifest = join(dir, 'persisted-documents.json');
  await writeFile(manifest, JSON.stringify({ [`sha256:${createHash('sha256').update(OTHER).digest('hex')}`]: OTHER }));
  [hub, browser] = await Promise.all([
    startTestHub('console_persisted_only', {
      env: { PERSISTED_DOCUMENTS_ONLY: 'true', PERSISTED_DOCUMENTS_FILE: manifest },
    }),
    launchBrowser(),
  ]);
  // The admin token may send texts in ONLY mode (operators' tools): it sets the scene.
  const created = await hub.request(CreateToken, { input: { name: 'reader', scopes: ['sync:read'] } });
  expect(created.errors).toBeUndefined();
  reader = created.data!.createApiToken.token;
  // A record, so that the Overview has counts to show.
  const ingested = await hub.request(Ingest, { input: [{ externalId: 'PERSISTED-0', data: { name: 'Shirt' } }] });
  expect(ingested.errors).toBeUndefined();
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), hub?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the console under PERSISTED_DOCUMENTS_ONLY', () => {
  it('refuses a text document from a sync:read token', async () => {
    const res = await hub.request(Status, undefined, { token: reader });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('shows a sync:read token the Overview, and Live over graphql-ws', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && response.status() === 400) refused.push(response.url());
    });
    await signIn(page, hub, '/', reader);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.locator('[data-testid=counts] tr[data-entity=PRODUCT]').waitFor();
    await screenshot(page, 'console-persisted-only');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Live' }).click();
    await page.getByText('Waiting for changes').waitFor();
    await page.getByRole('status').getByText('Live').waitFor();
    const ingested = await hub.request(Ingest, { input: [{ externalId: 'PERSISTED-1', data: { name: 'Shirt' } }] });
    expect(ingested.errors).toBeUndefined();
    await page.locator('[data-testid=live-events] tr[data-external-id=PERSISTED-1]').waitFor({ timeout: 20_000 });
    expect(refused).toEqual([]);
    await page.close();
  }, 60_000);

  it('signs in with a password (the anonymous login runs by its id too)', async () => {
    await createAdminUser(hub.app.orm.em.fork(), 'persisted@shop.example', 'a long enough password 1');
    const page = await browser.newPage();
    await signInWithPassword(page, hub, 'persisted@shop.example', 'a long enough password 1');
    await page.locator('[data-testid=counts] tr[data-entity=PRODUCT]').waitFor();
    await page.close();
  }, 60_000);
});
