import type { Page } from 'playwright-core';
import { graphql } from '../gql/index.js';
import { launchBrowser, screenshot, signIn, type TestBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * The console past its first page: 150 open failures and 150 failed pushes (more than a
 * page of 100), loaded with "Load more" from the keyboard, a selection across pages retried
 * in bulk, and live reloads that keep every loaded page; an endpoint's 150 deliveries paged the
 * same way; and deleting a webhook endpoint.
 * The api role runs no worker, so the rows written here stay as they are.
 */
const ResolveFailure = graphql(`
  mutation ConsolePagingResolve($id: ID!, $note: String) {
    resolveSyncFailure(id: $id, note: $note) {
      id
    }
  }
`);

const Configs = graphql(`
  query ConsolePagingWebhooks {
    webhookConfigs {
      id
    }
  }
`);

const COUNT = 150;
let hub: TestHub;
let browser: TestBrowser;
/** The failures' ids in the order the hub pages them (by id), and their externalIds. */
let failures: { id: string; externalId: string }[];

const sql = <T>(text: string, params: unknown[] = []) => hub.app.orm.em.getConnection().execute<T[]>(text, params);

beforeAll(async () => {
  [hub, browser] = await Promise.all([startTestHub('console_paging', { role: 'api' }), launchBrowser()]);
  const items = await sql<{ id: string }>(
    `insert into outbound_queue (id, entity_type, entity_id, payload, status, attempts, last_error, created_at, updated_at)
     select uuid_v7(), 'partner', gen_random_uuid(), '{}', 'failed', 5, 'Odoo said no ' || n, now(), now()
     from generate_series(1, ${COUNT}) n returning id`,
  );
  failures = [];
  for (const [n, item] of items.entries()) {
    const externalId = `page-${String(n + 1).padStart(3, '0')}`;
    const [row] = await sql<{ id: string }>(
      `insert into sync_failure (id, entity_type, external_id, outbound_queue_id, source, status, error_message, created_at, updated_at)
       values (uuid_v7(), 'partner', ?, ?, 'odoo', 'open', 'Refused.', now(), now()) returning id`,
      [externalId, item.id],
    );
    failures.push({ id: row!.id, externalId });
  }
  failures.sort((a, b) => (a.id < b.id ? -1 : 1));
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), hub?.close()]);
});

/**
 * An active endpoint with `count` deliveries: failed ones after five attempts (HTTP 500),
 * or pending ones whose next attempt is an hour away (the api role runs no worker anyway).
 */
async function endpointWith(url: string, count: number, status: 'failed' | 'pending'): Promise<{ id: string }> {
  const [config] = await sql<{ id: string }>(
    `insert into webhook_config (id, url, entity_type, direction, secret, is_active, created_at, updated_at)
     values (uuid_v7(), ?, 'product', 'to_webshop', 'whsec_test', true, now(), now()) returning id`,
    [url],
  );
  const failed = status === 'failed';
  await sql(
    `insert into webhook_delivery (id, webhook_config_id, message_id, payload, status, attempts, response_status,
                                   last_error, next_attempt_at, created_at, updated_at)
     select uuid_v7(), ?, 'msg_' || md5(?) || '_' || n, '{"type":"product.updated","data":{}}', ?, ?, ?, ?,
            case when ? then null else now() + interval '1 hour' end, now(), now()
     from generate_series(1, ?) n`,
    [config!.id, url, status, failed ? 5 : 0, failed ? 500 : null, failed ? 'HTTP 500' : null, failed, count],
  );
  return config!;
}

const dialogButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });
const rowsShown = (page: Page) => page.locator('tbody tr').count();

describe('console: paging past the first page', () => {
  it('loads more failures from the keyboard, keeps a selection across pages and every page through live reloads', async () => {
    const page = await browser.newPage();
    await signIn(page, hub, '/failures');
    await page.getByTestId('shown-count').getByText(`100 of ${COUNT} failures shown.`).waitFor();
    expect(await rowsShown(page)).toBe(100);
    // Keyboard: the button is reached with Tab like any other and pressed with Enter.
    const more = page.getByRole('button', { name: 'Load more' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('shown-count').getByText(`${COUNT} of ${COUNT} failures shown.`).waitFor();
    expect(await rowsShown(page)).toBe(COUNT);
    expect(await more.count()).toBe(0);
    await screenshot(page, 'console-failures-paged');

    // A selection on both pages.
    const [first, second, gone] = [failures[9]!, failures[129]!, failures[140]!];
    await page.getByLabel(`Select ${first.id}`).check();
    await page.getByLabel(`Select ${second.id}`).check();
    await page.getByRole('button', { name: 'Retry selected (2)' }).waitFor();

    // A failure on the second page resolved elsewhere: the live reload reads both pages again.
    const resolved = await hub.request(ResolveFailure, { id: gone.id, note: 'by hand' });
    expect(resolved.errors).toBeUndefined();
    await page
      .getByTestId('shown-count')
      .getByText(`${COUNT - 1} of ${COUNT - 1} failures shown.`)
      .waitFor();
    expect(await rowsShown(page)).toBe(COUNT - 1);
    expect(await page.getByRole('row').filter({ hasText: gone.externalId }).count()).toBe(0);
    expect(await page.getByLabel(`Select ${second.id}`).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Retry selected (2)' }).click();
    await dialogButton(page, 'Retry').click();
    await page.getByText('2 retried.').waitFor();
    // Retried pushes are queued again; both their items left the failed ones.
    const [{ n }] = (await sql<{ n: string }>(
      `select count(*) n from outbound_queue q join sync_failure f on f.outbound_queue_id = q.id
       where f.id in (?, ?) and q.status = 'pending'`,
      [first.id, second.id],
    )) as [{ n: string }];
    expect(Number(n)).toBe(2);
    await page.close();
  }, 90_000);

  it('pages the outbound queue and keeps the loaded pages when an action reloads it', async () => {
    const page = await browser.newPage();
    await signIn(page, hub, '/outbound');
    // Two of the 150 were queued again by the test above.
    const failed = COUNT - 2;
    await page.getByTestId('shown-count').getByText(`100 of ${failed} items shown.`).waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByTestId('shown-count').getByText(`${failed} of ${failed} items shown.`).waitFor();
    // Retry an item from the second page: the reload reads every shown page again, without it.
    const last = page.locator('tbody tr').last();
    await last.getByRole('button', { name: 'Retry' }).click();
    await dialogButton(page, 'Push again').click();
    await page.getByText('Queued again.').waitFor();
    await page
      .getByTestId('shown-count')
      .getByText(`${failed - 1} of ${failed - 1} items shown.`)
      .waitFor();
    expect(await rowsShown(page)).toBe(failed - 1);
    await page.close();
  }, 90_000);
});

describe('console: paging an endpoint’s deliveries', () => {
  it('loads more deliveries and keeps both pages when a redelivery from the second page reloads them', async () => {
    const config = await endpointWith('https://shop.example/hooks/paged', COUNT, 'failed');
    const page = await browser.newPage();
    await signIn(page, hub, `/webhooks/${config.id}`);
    await page.getByTestId('shown-count').getByText(`100 of ${COUNT} deliveries shown.`).waitFor();
    expect(await rowsShown(page)).toBe(100);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByTestId('shown-count').getByText(`${COUNT} of ${COUNT} deliveries shown.`).waitFor();
    expect(await rowsShown(page)).toBe(COUNT);

    // Redeliver the last row (second page): the reload after it reads both pages again, and
    // shows that row waiting (no Redeliver button on a pending delivery) where it was.
    const last = page.locator('tbody tr').last();
    await last.getByRole('button', { name: 'Redeliver' }).click();
    await dialogButton(page, 'Redeliver').click();
    await page.getByText('Redelivery queued.').waitFor();
    await last.getByRole('button', { name: 'Redeliver' }).waitFor({ state: 'detached' });
    await page.getByTestId('shown-count').getByText(`${COUNT} of ${COUNT} deliveries shown.`).waitFor();
    expect(await rowsShown(page)).toBe(COUNT);
    expect(await page.getByRole('button', { name: 'Redeliver' }).count()).toBe(COUNT - 1);
    // The api role runs no worker: the redelivered one waits, the others stay failed.
    const counts = await sql<{ status: string; n: string }>(
      `select status, count(*) n from webhook_delivery where webhook_config_id = ? group by status order by status`,
      [config.id],
    );
    expect(counts.map((c) => [c.status, Number(c.n)])).toEqual([
      ['failed', COUNT - 1],
      ['pending', 1],
    ]);
    await page.close();
  }, 90_000);
});

describe('console: deleting a webhook endpoint', () => {
  it('asks first, says its waiting deliveries are dropped, and deletes it with its deliveries', async () => {
    const config = await endpointWith('https://shop.example/hooks/gone', 2, 'pending');
    const page = await browser.newPage();
    await signIn(page, hub, `/webhooks/${config.id}`);
    await page.getByRole('heading', { name: 'https://shop.example/hooks/gone' }).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Its 2 waiting deliveries are dropped, never sent').waitFor();
    await screenshot(page, 'console-webhook-delete');
    // Cancel changes nothing.
    await dialogButton(page, 'Cancel').click();
    expect((await hub.request(Configs)).data!.webhookConfigs.map((c) => c.id)).toContain(config.id);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialogButton(page, 'Delete').click();
    await page.getByText('Deleted https://shop.example/hooks/gone.').waitFor();
    await page.waitForURL(/\/admin\/webhooks$/);
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'hooks/gone' }).count()).toBe(0);
    expect((await hub.request(Configs)).data!.webhookConfigs.map((c) => c.id)).not.toContain(config.id);
    const deliveries = await sql<{ n: string }>(`select count(*) n from webhook_delivery where webhook_config_id = ?`, [
      config.id,
    ]);
    expect(Number(deliveries[0]!.n)).toBe(0);
    await page.close();
  }, 60_000);
});
