import type { LookupAddress } from 'node:dns';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../src/config.js';
import {
  blockedReason,
  checkWebhookUrl,
  guardedLookup,
  WebhookAddressRefused,
  type ResolveAll,
} from '../../src/modules/webhook/url-guard.js';
import { nextDelayMs, parseRetryAfter } from '../../src/modules/webhook/delivery-schedule.js';
import { messageBody } from '../../src/modules/webhook/delivery-send.js';
import { generateWebhookSecret, secretKey, signedHeaders } from '../../src/modules/webhook/webhook-signing.js';

describe('webhook signing (Standard Webhooks)', () => {
  const body = messageBody({ type: 'product.changed', timestamp: '2026-01-01T00:00:00.000Z', data: { id: 'x' } });
  const now = Math.floor(Date.now() / 1000);

  it('makes whsec_ secrets of 32 random bytes', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it('signs so that the reference implementation verifies, and signs alike', () => {
    const secret = generateWebhookSecret();
    const headers = signedHeaders([secretKey(secret)], 'msg_1', now, body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('msg_1', new Date(now * 1000), body));
  });

  it('carries one signature per live secret, each verifying on its own', () => {
    const [oldSecret, newSecret, other] = [generateWebhookSecret(), generateWebhookSecret(), generateWebhookSecret()];
    const headers = signedHeaders([secretKey(newSecret), secretKey(oldSecret)], 'msg_2', now, body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(other).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(newSecret).verify(`${body} `, { ...headers })).toThrow();
  });
});

describe('webhook URL guard', () => {
  // Every special-purpose range is refused (ranges from ipaddr.js); IPv6 forms that carry an
  // IPv4 address are judged by it (mapped, NAT64 well-known prefix) or refused (the others).
  it.each([
    ['127.0.0.1', 'a loopback'],
    ['127.255.0.9', 'a loopback'],
    ['::1', 'a loopback'],
    ['10.0.0.1', 'a private'],
    ['172.16.5.4', 'a private'],
    ['192.168.1.1', 'a private'],
    ['fd12::1', 'a private'],
    ['fd00:ec2::254', 'a private'],
    ['169.254.169.254', 'a link-local'],
    ['169.254.1.1', 'a link-local'],
    ['fe80::1', 'a link-local'],
    ['fe80::1%eth0', 'a link-local'],
    ['100.64.0.1', 'a shared (carrier-grade NAT)'],
    ['0.0.0.0', 'an unspecified'],
    ['0.1.2.3', 'an unspecified'],
    ['::', 'an unspecified'],
    ['224.0.0.1', 'a multicast'],
    ['ff02::1', 'a multicast'],
    ['255.255.255.255', 'a broadcast'],
    ['240.0.0.1', 'a reserved'],
    // IETF protocol assignments (192.0.0.170 is NAT64 discovery), 6to4 relay anycast, benchmarking.
    ['192.0.0.170', 'a reserved'],
    ['192.88.99.1', 'a reserved'],
    ['198.18.0.1', 'a reserved'],
    ['2001:2::1', 'a special-purpose (benchmarking)'],
    // Documentation ranges (RFC 5737, RFC 3849, RFC 9637).
    ['192.0.2.1', 'a reserved'],
    ['198.51.100.7', 'a reserved'],
    ['203.0.113.9', 'a reserved'],
    ['2001:db8::1', 'a reserved'],
    ['3fff::1', 'a reserved'],
    ['192.31.196.1', 'a special-purpose (as112)'],
    ['192.52.193.1', 'a special-purpose (amt)'],
    ['2001:20::1', 'a special-purpose (orchid2)'],
    ['100::1', 'a special-purpose (discard)'],
    ['fec0::1', 'a special-purpose (deprecatedSiteLocal)'],
    // IPv4 inside IPv6.
    ['::ffff:127.0.0.1', 'a loopback'],
    ['::ffff:a9fe:a9fe', 'a link-local'],
    ['::ffff:0:127.0.0.1', 'a special-purpose (rfc6145)'],
    ['64:ff9b::7f00:1', 'a loopback'],
    ['64:ff9b::a00:1', 'a private'],
    ['64:ff9b:1::a00:1', 'a special-purpose (rfc6052)'],
    ['2002:0a00:0001::1', 'a special-purpose (6to4)'],
    ['2002:808:808::1', 'a special-purpose (6to4)'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'a special-purpose (teredo)'],
    ['::7f00:1', 'a reserved'],
    ['::8.8.8.8', 'a reserved'],
    ['4000::1', 'a reserved'],
    ['not-an-address', 'a malformed'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('lets %s through', (a) => {
    expect(blockedReason(a)).toBeNull();
  });

  const resolving =
    (answers: Record<string, string[]>): ResolveAll =>
    async (host) => {
      const found = answers[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address }));
    };
  const check = (url: string, resolve: ResolveAll = resolving({})) =>
    checkWebhookUrl(url, { allowPrivate: false, resolve });

  it.each([
    ['http://127.0.0.1:8080/hook', /127\.0\.0\.1 is a loopback address/],
    ['https://10.0.0.1/hook', /10\.0\.0\.1 is a private address/],
    ['http://169.254.169.254/latest/meta-data', /169\.254\.169\.254 is a link-local address/],
    ['http://[2001:db8::1]/x', /2001:db8::1 is a reserved address/],
    ['http://198.51.100.7/x', /198\.51\.100\.7 is a reserved address/],
    ['http://[::ffff:0:7f00:1]/x', /is a special-purpose \(rfc6145\) address/],
    ['http://[64:ff9b::7f00:1]/x', /64:ff9b::7f00:1 is a loopback address/],
    ['http://[::1]/x', /::1 is a loopback address/],
    ['http://2130706433/', /127\.0\.0\.1 is a loopback address/],
    ['http://localhost:3000/', /localhost resolves to 127\.0\.0\.1, which is a loopback address/],
    ['http://api.localhost/', /loopback/],
  ])('refuses %s', async (url, message) => {
    await expect(check(url)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
  });

  it('refuses a name that resolves to a private, loopback or metadata address', async () => {
    const dns = resolving({
      'intranet.example': ['93.184.215.14', '10.0.0.1'],
      'meta.example': ['169.254.169.254'],
      'sneaky.example': ['127.0.0.1'],
      'nat64.example': ['2606:4700::1111', '64:ff9b::7f00:1'],
      'docs.example': ['2001:db8::5'],
    });
    await expect(check('https://intranet.example/h', dns)).rejects.toThrow(
      /intranet\.example resolves to 10\.0\.0\.1, which is a private address: webhooks may not target/,
    );
    await expect(check('https://meta.example/h', dns)).rejects.toThrow(/169\.254\.169\.254, which is a link-local/);
    await expect(check('https://sneaky.example/h', dns)).rejects.toThrow(/WEBHOOK_ALLOW_PRIVATE=true/);
    await expect(check('https://nat64.example/h', dns)).rejects.toThrow(/64:ff9b::7f00:1, which is a loopback/);
    await expect(check('https://docs.example/h', dns)).rejects.toThrow(/2001:db8::5, which is a reserved/);
  });

  it('accepts public addresses and names that do not resolve yet', async () => {
    const dns = resolving({ 'shop.example': ['93.184.215.14', '2606:4700::1111'] });
    await expect(check('https://shop.example/hooks?x=1', dns)).resolves.toBe('https://shop.example/hooks?x=1');
    await expect(check('https://not-yet.example/hooks', dns)).resolves.toBe('https://not-yet.example/hooks');
    const slow: ResolveAll = () => new Promise(() => undefined);
    await expect(
      checkWebhookUrl('https://slow.example/', { allowPrivate: false, resolve: slow, timeoutMs: 20 }),
    ).resolves.toBe('https://slow.example/');
  });

  it.each([
    ['ftp://shop.example/x', /must use http or https; got ftp/],
    ['file:///etc/passwd', /must use http or https/],
    ['shop.example/hook', /must be an absolute http\(s\) URL/],
    ['https://user:pw@shop.example/', /must not carry a user name or password/],
  ])('refuses the form of %s', async (url, message) => {
    await expect(check(url)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
  });

  it('refuses a URL longer than 2048 characters', async () => {
    await expect(check(`https://shop.example/${'a'.repeat(2048)}`)).rejects.toThrow(/at most 2048 characters/);
  });

  it('lets private addresses through when allowed', async () => {
    await expect(checkWebhookUrl('http://127.0.0.1:9/x', { allowPrivate: true })).resolves.toBe('http://127.0.0.1:9/x');
  });

  it('checks again on connect: a name whose DNS answer turned private is refused there', async () => {
    const answers: Record<string, LookupAddress[]> = {
      'rebind.example': [{ address: '10.0.0.1', family: 4 }],
      'public.example': [{ address: '93.184.215.14', family: 4 }],
    };
    const base = (host: string, _o: unknown, cb: (e: Error | null, a: LookupAddress[]) => void) =>
      cb(null, answers[host] ?? []);
    const lookup = guardedLookup(base as never);
    const call = (host: string, all: boolean) =>
      new Promise<{ err: Error | null; result: unknown }>((resolve) =>
        lookup(host, { all }, (err, result) => resolve({ err, result })),
      );
    const refused = await call('rebind.example', true);
    expect(refused.err).toBeInstanceOf(WebhookAddressRefused);
    expect(refused.err!.message).toMatch(/rebind\.example resolves to 10\.0\.0\.1, which is a private address/);
    expect((await call('public.example', true)).result).toEqual([{ address: '93.184.215.14', family: 4 }]);
    expect((await call('public.example', false)).result).toBe('93.184.215.14');
  });
});

describe('webhook retry timing', () => {
  const schedule = [5000, 300_000, 1_800_000];

  it('follows the schedule with ±10% jitter, and stops after it', () => {
    expect(nextDelayMs(1, schedule, { status: 500, retryAfterMs: null }, () => 0)).toBe(4500);
    expect(nextDelayMs(1, schedule, { status: 500, retryAfterMs: null }, () => 1)).toBe(5500);
    expect(nextDelayMs(3, schedule, { status: null, retryAfterMs: null }, () => 0.5)).toBe(1_800_000);
    expect(nextDelayMs(4, schedule, { status: 500, retryAfterMs: null })).toBeNull();
    expect(nextDelayMs(1, [], { status: 500, retryAfterMs: null })).toBeNull();
  });

  it('honours Retry-After on 429 and 503 only, up to a day', () => {
    expect(nextDelayMs(1, schedule, { status: 429, retryAfterMs: 42_000 })).toBe(42_000);
    expect(nextDelayMs(1, schedule, { status: 503, retryAfterMs: 7 * 86_400_000 })).toBe(86_400_000);
    expect(nextDelayMs(1, schedule, { status: 500, retryAfterMs: 42_000 }, () => 0.5)).toBe(5000);
    expect(nextDelayMs(4, schedule, { status: 429, retryAfterMs: 1000 })).toBeNull();
    // A date in the past (an endpoint's clock behind ours) waits a second, not zero.
    expect(nextDelayMs(1, schedule, { status: 429, retryAfterMs: 0 })).toBe(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    // Not seconds and not an HTTP date: the schedule applies (Date.parse would take these).
    for (const loose of ['1.5', '-5', '2026-01-01', '5 minutes']) expect(parseRetryAfter(loose, now)).toBeNull();
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Thu Jan  1 00:00:10 2026', now)).toBe(10_000);
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('webhook configuration', () => {
  it('has defaults', () => {
    const { webhooks, workerConcurrency } = loadConfig({});
    expect(webhooks).toEqual({
      retryScheduleMs: [5, 300, 1800, 7200, 18000, 36000, 36000].map((s) => s * 1000),
      timeoutMs: 15000,
      disableAfterMs: 5 * 86_400_000,
      secretOverlapMs: 24 * 3_600_000,
    });
    expect(workerConcurrency).toBe(4);
  });

  it('reads the variables, and names a bad one', () => {
    const config = loadConfig({
      WEBHOOK_RETRY_SCHEDULE: '0, 1.5,60',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_DISABLE_AFTER_DAYS: '0.5',
      WEBHOOK_SECRET_OVERLAP_HOURS: '0',
      WORKER_CONCURRENCY: '32',
    });
    expect(config.webhooks).toEqual({
      retryScheduleMs: [0, 1500, 60000],
      timeoutMs: 2000,
      disableAfterMs: 43_200_000,
      secretOverlapMs: 0,
    });
    expect(config.workerConcurrency).toBe(32);
    expect(loadConfig({ WEBHOOK_RETRY_SCHEDULE: 'none' }).webhooks.retryScheduleMs).toEqual([]);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: '5,soon' })).toThrow(
      /WEBHOOK_RETRY_SCHEDULE: must be comma-separated/,
    );
    expect(() => loadConfig({ WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
  });
});
