import type { Page } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { startOdooSimulator, type OdooSimulator } from '../../tools/odoo-simulator/index.js';
import { launchBrowser, screenshot, signIn, type TestBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';
import { until } from '../support/until.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * The console's operator pages in a real browser, against a hub with the Odoo simulator:
 * a push Odoo refuses arrives in Failures live, is retried from there and resolves; a
 * webhook test that failed is redelivered; every page is shown (screenshots).
 */
const SaveCustomer = graphql(`
  mutation ConsoleOpsSaveCustomer($input: CustomerInput!) {
    saveCustomer(input: $input) {
      id
    }
  }
`);
const CreateWebhook = graphql(`
  mutation ConsoleOpsCreateWebhook($input: WebhookConfigInput!) {
    createWebhookConfig(input: $input) {
      webhookConfig {
        id
      }
    }
  }
`);

let sim: OdooSimulator;
let hub: TestHub;
let browser: TestBrowser;
let receiver: WebhookReceiver;

beforeAll(async () => {
  sim = await startOdooSimulator({
    version: 17,
    seed: { products: 2, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
  });
  receiver = await WebhookReceiver.start();
  [hub, browser] = await Promise.all([
    startTestHub('console_operations', {
      role: 'all',
      env: {
        ...odooEnv(sim),
        OUTBOUND_RETRY_BASE_MS: '20',
        OUTBOUND_MAX_ATTEMPTS: '3',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_RETRY_SCHEDULE: '0,0',
        WEBHOOK_TIMEOUT_MS: '1000',
      },
    }),
    launchBrowser(),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), hub?.close()]);
  await Promise.all([sim?.close(), receiver?.close()]);
});

const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });

describe('console: operating the sync', () => {
  it('shows a push Odoo refused arrive in Failures, retries it from its page, and sees it resolve', async () => {
    const page = await browser.newPage();
    await signIn(page, hub, '/failures');
    await page.getByText('No failures here').waitFor();
    const message = 'The e-mail address of Console Customer is not valid.';
    sim.faults.failNext(1, 'odoo.exceptions.ValidationError', message, { model: 'res.partner', method: 'create' });
    const saved = await hub.request(SaveCustomer, {
      input: { externalId: 'web-console-1', data: { name: 'Console Customer', email: 'console@shop.example' } },
    });
    expect(saved.errors).toBeUndefined();
    // Live: the list shows it without a reload.
    const row = page.getByRole('row').filter({ hasText: 'web-console-1' });
    await row.waitFor({ timeout: 20_000 });
    await screenshot(page, 'console-failures');
    await row.click();
    await page.waitForURL(/\/admin\/failures\/[0-9a-f-]+$/);
    await page.getByTestId('failure-message').getByText(message).waitFor();
    // The record's data in the hub.
    await page.getByTestId('record-data').getByText('"name": "Console Customer"').waitFor();
    await page.getByRole('button', { name: 'Retry', exact: true }).click();
    await page.getByRole('dialog').getByText('Retry the failure of web-console-1?').waitFor();
    // README's picture (docs/img/console-failure-retry.png is this file, copied by hand when the page changes).
    await screenshot(page, 'console-failure-retry');
    await dialogButton(page, 'Retry').click();
    await page.getByText('1 retried.').waitFor();
    // The push lands in Odoo this time, which resolves the failure: the page follows.
    await page.locator('.facts').getByText('resolved', { exact: true }).waitFor({ timeout: 20_000 });
    await until(
      async () => sim.env.search('res.partner', [['ref', '=', 'web-console-1']]),
      (ids) => ids.length === 1,
      'the customer in Odoo',
    );
    await screenshot(page, 'console-failure-resolved');
    await page.close();
  }, 90_000);

  it('resolves a failure with a note, and retries a selection in bulk', async () => {
    const page = await browser.newPage();
    sim.faults.failNext(2, 'odoo.exceptions.ValidationError', 'Refused.', { model: 'res.partner', method: 'create' });
    for (const n of [2, 3]) {
      await hub.request(SaveCustomer, { input: { externalId: `web-console-${n}`, data: { name: `Customer ${n}` } } });
    }
    await signIn(page, hub, '/failures');
    await page.getByRole('row').filter({ hasText: 'web-console-3' }).waitFor({ timeout: 20_000 });
    await page.getByRole('row').filter({ hasText: 'web-console-2' }).click();
    await page.getByRole('button', { name: 'Resolve…' }).click();
    await page.getByRole('dialog').getByLabel('Note').fill('Fixed the address in Odoo by hand.');
    await dialogButton(page, 'Resolve').click();
    await page.locator('.facts').getByText('resolved', { exact: true }).waitFor();
    await page.getByText('Fixed the address in Odoo by hand.').waitFor();
    await page.getByRole('link', { name: '← Failures' }).click();
    await page.getByRole('row').filter({ hasText: 'web-console-3' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'web-console-2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Select all open' }).click();
    await page.getByRole('button', { name: 'Retry selected (1)' }).click();
    await dialogButton(page, 'Retry').click();
    await page.getByText('1 retried.').waitFor();
    await page.getByText('No failures here').waitFor({ timeout: 20_000 });
    await page.close();
  }, 90_000);

  it('redelivers a webhook test the endpoint refused, recovers since a time and rotates the secret, from the endpoint’s page', async () => {
    receiver.script('/console', [500, 500, 500]);
    const created = await hub.request(CreateWebhook, {
      input: { url: `${receiver.url}/console`, entityType: 'PURCHASE_ORDER', direction: 'TO_WEBSHOP' },
    });
    const id = created.data!.createWebhookConfig.webhookConfig.id;
    const page = await browser.newPage();
    await signIn(page, hub, '/webhooks');
    await page
      .getByRole('row')
      .filter({ hasText: `${receiver.url}/console` })
      .waitFor();
    await screenshot(page, 'console-webhooks');
    await page.goto(`${hub.url}/admin/webhooks/${id}`);
    await page.getByRole('button', { name: 'Send test' }).click();
    await dialogButton(page, 'Send test').click();
    const failed = page.getByRole('row').filter({ hasText: 'webhook.test' }).filter({ hasText: 'failed' });
    await failed.waitFor({ timeout: 20_000 });
    await failed.click();
    await page.getByText('HTTP 500').first().waitFor();
    await failed.getByRole('button', { name: 'Redeliver' }).click();
    await dialogButton(page, 'Redeliver').click();
    await page
      .getByRole('row')
      .filter({ hasText: 'webhook.test' })
      .filter({ hasText: 'delivered' })
      .waitFor({ timeout: 20_000 });
    expect(receiver.on('/console')).toHaveLength(4);
    await screenshot(page, 'console-webhook-deliveries');
    // Nothing failed is left to recover; a rotation shows the new secret once.
    await page.getByRole('button', { name: 'Recover failed since…' }).click();
    await dialogButton(page, 'Recover').click();
    await page.getByText('No failed delivery since then: nothing to recover.').waitFor();
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await dialogButton(page, 'Rotate').click();
    await page
      .getByTestId('webhook-secret')
      .getByText(/^whsec_/)
      .waitFor();
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('shows the outbound queue, the API log and tokens & users', async () => {
    const page = await browser.newPage();
    await signIn(page, hub, '/outbound?status=ALL');
    await page.getByRole('heading', { name: 'Outbound queue' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Partner' }).first().waitFor();
    await screenshot(page, 'console-outbound');
    await hub.app.apiLog!.flush();
    await page.goto(`${hub.url}/admin/api-log`);
    await page.getByRole('heading', { name: 'API log' }).waitFor();
    await page.getByRole('row').filter({ hasText: '/graphql' }).first().waitFor();
    await screenshot(page, 'console-api-log');
    await page.goto(`${hub.url}/admin/tokens`);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await page.getByLabel('Name').fill('shop-reader');
    await page.getByRole('button', { name: 'Create token' }).click();
    await dialogButton(page, 'Create').click();
    await page.getByTestId('new-token').waitFor();
    await screenshot(page, 'console-tokens');
    const row = page.getByRole('row').filter({ hasText: 'shop-reader' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await dialogButton(page, 'Revoke').click();
    await row.getByText('revoked').waitFor();
    await page.close();
  }, 90_000);
});
