import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EntityType, PullState } from '../../src/domain/enums.js';
import { PULLED_TYPES } from '../../src/domain/syncable-types.js';
import { pullEnded, pullStarted } from '../../src/modules/odoo-pull/pull-progress.service.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { createAdminUser } from '../../src/modules/user/user.service.js';
import { DEMO_SEED, startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import {
  launchBrowser,
  SCREENSHOT_DIR,
  screenshot,
  signIn,
  signInWithPassword,
  type TestBrowser,
} from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';

const ConsoleIngest = graphql(`
  mutation ConsoleTestIngest($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
      updated
    }
  }
`);

const ConsoleToken = graphql(`
  mutation ConsoleTestToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

const ConsoleRevoke = graphql(`
  mutation ConsoleTestRevoke($id: ID!) {
    revokeApiToken(id: $id) {
      revokedAt
    }
  }
`);

/**
 * The console's Overview, Live and Records pages in Chromium, against a hub that has
 * pulled the demo's data from the Odoo simulator: the first render is measured there;
 * an ingest shows up on Live and Overview without a reload; Live's pause holds events;
 * Records shows the last change's fields side by side. Screenshots of each page are saved.
 */
describe('console: Overview, Live, Records', () => {
  let sim: OdooSimulator;
  let hub: TestHub;
  let browser: TestBrowser;
  beforeAll(async () => {
    const launching = launchBrowser();
    sim = await startOdooSimulator({ version: 17, seed: DEMO_SEED });
    hub = await startTestHub('console_pages', { env: { ...odooEnv(sim), WS_AUTH_RECHECK_SECONDS: '1' } });
    const started = Date.now();
    // As the worker's odoo_pull job does it, so that the Overview has each type's last pull.
    for (const entityType of PULLED_TYPES) {
      await pullStarted(hub.app.orm.em.fork(), entityType, true);
      await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), entityType, { reportProgress: true });
      await pullEnded(hub.app.orm.em.fork(), entityType, PullState.SUCCEEDED);
    }
    console.log(`pulled the demo data in ${Date.now() - started} ms`);
    browser = await launching;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await sim?.close();
  });

  const ingest = async (externalId: string, data: Record<string, unknown>) => {
    const res = await hub.request(ConsoleIngest, { input: [{ externalId, data }] });
    expect(res.errors).toBeUndefined();
  };

  /** A cell's number on the Overview's counts table. */
  const count = async (page: Page, entity: string, state: string) =>
    Number(await page.locator(`[data-testid=counts] tr[data-entity=${entity}] td[data-state=${state}]`).textContent());

  it('renders the overview of the demo data, and measures its first render', async () => {
    const page = await browser.newPage();
    await signIn(page, hub);
    await page.locator('[data-testid=counts] tr[data-entity=PRODUCT]').waitFor();
    // Measured on a fresh load with the session kept in the tab: HTML, script, `me`, the overview's query, render.
    await page.reload();
    await page.locator('[data-testid=counts] tr[data-entity=PRODUCT]').waitFor();
    const timing = await page.evaluate(() => ({
      overview: performance.getEntriesByName('console-overview-rendered')[0]?.startTime ?? -1,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    }));
    console.log(
      `console first render on demo data: overview with data at ${timing.overview.toFixed(0)} ms, ` +
        `first contentful paint at ${timing.firstContentfulPaint.toFixed(0)} ms`,
    );
    writeFileSync(join(SCREENSHOT_DIR, 'first-render.json'), JSON.stringify(timing, null, 2));
    expect(timing.overview).toBeGreaterThan(0);
    // Generous: the figure itself (docs/console.md) is under 1 s; a loaded CI machine gets slack.
    expect(timing.overview).toBeLessThan(5000);
    expect(await count(page, 'PRODUCT', 'PENDING')).toBeGreaterThan(0);
    await page.locator('[data-testid=pulls] tr[data-entity=PRODUCT]').getByText('succeeded', { exact: true }).waitFor();
    await screenshot(page, 'overview');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Live' }).waitFor();
    await screenshot(page, 'overview-phone');
    await page.close();
  });

  it('shows an ingest live on Live and on the Overview, without a reload', async () => {
    const [live, overview] = await Promise.all([browser.newPage(), browser.newPage()]);
    await Promise.all([signIn(live, hub, '/live'), signIn(overview, hub)]);
    await live.getByText('Waiting for changes').waitFor();
    await overview.locator('[data-testid=counts] tr[data-entity=PRODUCT]').waitFor();
    const before = await count(overview, 'PRODUCT', 'PENDING');
    // Subscriptions are open once the indicator says so; the socket connects lazily, so give it its first message.
    await live.getByRole('status').getByText('Live').waitFor();

    await ingest('CONSOLE-LIVE-1', { name: 'Live shirt', list_price: 10 });
    await live.locator('[data-testid=live-events] tr[data-external-id=CONSOLE-LIVE-1]').waitFor();
    await until(
      () => count(overview, 'PRODUCT', 'PENDING'),
      (n) => n > before,
      'the overview to count the new product',
    );

    // A pull as it runs: the Overview shows it running, then done, from syncProgress.
    const pull = overview.locator('[data-testid=pulls] tr[data-entity=PARTNER]');
    await pullStarted(hub.app.orm.em.fork(), EntityType.PARTNER, false);
    await pull.getByText('running', { exact: true }).first().waitFor();
    await pullEnded(hub.app.orm.em.fork(), EntityType.PARTNER, PullState.SUCCEEDED);
    await pull.getByText('succeeded', { exact: true }).waitFor();
    await screenshot(live, 'live');
    await Promise.all([live.close(), overview.close()]);
  });

  it('holds events while Live is paused and shows them all on resume; filters by field', async () => {
    const live = await browser.newPage();
    await signIn(live, hub, '/live');
    await live.getByRole('button', { name: 'Pause' }).click();
    await ingest('CONSOLE-PAUSED-1', { name: 'Paused one' });
    await ingest('CONSOLE-PAUSED-2', { name: 'Paused two' });
    await live.getByRole('button', { name: 'Resume (2 new)' }).waitFor();
    expect(await live.locator('tr[data-external-id^=CONSOLE-PAUSED]').count()).toBe(0);
    await live.getByRole('button', { name: /^Resume/ }).click();
    await live.locator('tr[data-external-id=CONSOLE-PAUSED-2]').waitFor();
    const order = await live
      .locator('[data-testid=live-events] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-external-id')));
    expect(order.slice(0, 2)).toEqual(['CONSOLE-PAUSED-2', 'CONSOLE-PAUSED-1']);

    await live.getByRole('button', { name: 'Clear' }).click();
    await live.getByLabel('Changed fields (any of, comma-separated)').fill('list_price');
    await live.getByRole('button', { name: 'Apply filter' }).click();
    await ingest('CONSOLE-PAUSED-1', { name: 'Renamed, same price' });
    await ingest('CONSOLE-PRICED', { name: 'Priced', list_price: 5 });
    await live.locator('tr[data-external-id=CONSOLE-PRICED]').waitFor();
    expect(await live.locator('tr[data-external-id=CONSOLE-PAUSED-1]').count()).toBe(0);
    await live.close();
  });

  it("shows a record's previous and current data with the changed fields marked", async () => {
    await ingest('CONSOLE-DIFF', { name: 'Diff shirt', list_price: 10, description: 'Soft' });
    await ingest('CONSOLE-DIFF', { name: 'Diff shirt', list_price: 12.5, description: 'Soft' });
    const page = await browser.newPage();
    await signIn(page, hub, '/records');
    await page.getByLabel('External id').fill('CONSOLE-DIFF');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.waitForURL(/externalId=CONSOLE-DIFF/);
    const diff = page.locator('[data-testid=record-diff]');
    await diff.waitFor();
    expect(await diff.locator('tr[data-field=list_price]').getAttribute('data-changed')).toBe('true');
    expect(await diff.locator('tr[data-field=name]').getAttribute('data-changed')).toBe('false');
    expect(await diff.locator('tr[data-field=list_price] td').allTextContents()).toEqual(['10', '12.5']);
    await screenshot(page, 'records');

    await page.getByLabel('External id').fill('NO-SUCH-RECORD');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByText('No product “NO-SUCH-RECORD”').waitFor();
    await page.close();
  });

  it('signs in with email and password, and hides what the scopes do not allow', async () => {
    await createAdminUser(hub.app.orm.em.fork(), 'operator@shop.example', 'a long enough password 1');
    const page = await browser.newPage();
    await signInWithPassword(page, hub, 'operator@shop.example', 'a long enough password 1');
    await page.locator('[data-testid=counts]').waitFor();
    await page.close();

    const catalogOnly = await hub.request(ConsoleToken, {
      input: { name: 'catalog reader', scopes: ['catalog:read'] },
    });
    const limited = await browser.newPage();
    await signIn(limited, hub, '/', catalogOnly.data!.createApiToken.token);
    // Overview needs sync:read: the token lands on Records, the one page it may see.
    await limited.waitForURL(/\/admin\/records$/);
    const links = await limited.getByRole('navigation', { name: 'Console' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Records']);
    expect(await limited.getByLabel('Type').locator('option').allTextContents()).toEqual(['Product']);
    await limited.close();
  });

  it('signs out, saying why, when its token is revoked while a live page is open', async () => {
    const created = await hub.request(ConsoleToken, { input: { name: 'operator', scopes: ['sync:read'] } });
    const page = await browser.newPage();
    await signIn(page, hub, '/live', created.data!.createApiToken.token);
    await page.getByRole('status').getByText('Live').waitFor();
    await hub.request(ConsoleRevoke, { id: created.data!.createApiToken.apiToken.id });
    await page.getByText('Your session ended').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.close();
  });
});
