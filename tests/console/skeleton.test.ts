import { launchBrowser, screenshot, signIn, type TestBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/** The console's frame in a real browser: sign-in with a token, navigation, and sign-out. */
describe('console: sign-in and navigation', () => {
  let hub: TestHub;
  let browser: TestBrowser;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub('console_skeleton'), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), hub?.close()]);
  });

  it('signs in with a pasted token, lists every page, and signs out', async () => {
    const page = await browser.newPage();
    await signIn(page, hub);
    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const title of [
      'Overview',
      'Failures',
      'Outbound queue',
      'Webhooks',
      'Live',
      'Records',
      'API log',
      'Tokens & users',
    ]) {
      await nav.getByRole('link', { name: title, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: 'Live' }).click();
    await page.waitForURL(/\/admin\/live$/);
    await screenshot(page, 'skeleton-live');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  it('refuses a wrong token and says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${hub.url}/admin`);
    await page.getByRole('tab', { name: 'API token' }).click();
    await page.getByLabel('API token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await page.close();
  });
});
