import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { badInput } from '../errors.js';
import { withTimeout } from '../timeout.js';

/**
 * Where webhooks may not go: a webhook URL is chosen by an API user, and the
 * hub would otherwise call into its own network on their behalf (SSRF). Refused
 * are loopback, private, shared (CGNAT), link-local, cloud metadata, multicast
 * and reserved addresses, written literally or behind a DNS name; checked when a
 * config is saved, and again on every connection a delivery opens (the
 * dispatcher's lookup, see webhook-delivery.service.ts), so a DNS answer that
 * changes after the check cannot point a delivery inward.
 */
export const MAX_URL_LENGTH = 2048;

type Family = 'ipv4' | 'ipv6';

const RANGES: [label: string, network: string, prefix: number, family: Family][] = [
  // Metadata first: it lies inside link-local / unique-local and deserves its own name.
  ['a cloud metadata', '169.254.169.254', 32, 'ipv4'],
  ['a cloud metadata', 'fd00:ec2::254', 128, 'ipv6'],
  ['a loopback', '127.0.0.0', 8, 'ipv4'],
  ['a loopback', '::1', 128, 'ipv6'],
  ['an unspecified', '0.0.0.0', 8, 'ipv4'],
  ['an unspecified', '::', 128, 'ipv6'],
  ['a private', '10.0.0.0', 8, 'ipv4'],
  ['a private', '172.16.0.0', 12, 'ipv4'],
  ['a private', '192.168.0.0', 16, 'ipv4'],
  ['a private', 'fc00::', 7, 'ipv6'],
  ['a private', 'fec0::', 10, 'ipv6'],
  ['a private', '64:ff9b:1::', 48, 'ipv6'],
  ['a shared (carrier-grade NAT)', '100.64.0.0', 10, 'ipv4'],
  ['a link-local', '169.254.0.0', 16, 'ipv4'],
  ['a link-local', 'fe80::', 10, 'ipv6'],
  ['a multicast', '224.0.0.0', 4, 'ipv4'],
  ['a multicast', 'ff00::', 8, 'ipv6'],
  ['a reserved', '192.0.0.0', 24, 'ipv4'],
  ['a reserved', '198.18.0.0', 15, 'ipv4'],
  ['a reserved', '240.0.0.0', 4, 'ipv4'],
];

const LISTS = RANGES.map(([label, network, prefix, family]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { label, family, list };
});

/** The 16 bytes of an IPv6 address (zone id dropped), or null if it is not one. */
function ipv6Bytes(address: string): number[] | null {
  const bare = address.split('%')[0]!;
  if (isIP(bare) !== 6) return null;
  let text = bare;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail.push(...dotted[1]!.split('.').map(Number));
    text = text.slice(0, -dotted[1]!.length) + '0:0';
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = groups(head);
  const r = rest === undefined ? [] : groups(rest);
  const all = rest === undefined ? h : [...h, ...new Array<number>(8 - h.length - r.length).fill(0), ...r];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** An IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), which is where it really leads. */
function embeddedIpv4(bytes: number[]): string | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  const v4 = (at: number) => bytes.slice(at, at + 4).join('.');
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return v4(12); // ::ffff:a.b.c.d
  if (zeros(0, 12) && !zeros(12, 15)) return v4(12); // ::a.b.c.d (deprecated "compatible")
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return v4(12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return v4(2); // 2002:aabb:ccdd::/48
  return null;
}

/**
 * Why a webhook may not connect to `address` ("a loopback", "a private", …), or
 * null when it may. Anything that is not an IP address is refused too.
 */
export function blockedReason(address: string): string | null {
  const family = isIP(address.split('%')[0]!);
  if (family === 4) return LISTS.find((l) => l.family === 'ipv4' && l.list.check(address, 'ipv4'))?.label ?? null;
  if (family !== 6) return 'a malformed';
  const bytes = ipv6Bytes(address)!;
  const inner = embeddedIpv4(bytes);
  if (inner) return blockedReason(inner);
  const canonical = address.split('%')[0]!;
  return LISTS.find((l) => l.family === 'ipv6' && l.list.check(canonical, 'ipv6'))?.label ?? null;
}

/** Raised on a delivery's connection when the host resolves where webhooks may not go. */
export class WebhookAddressRefused extends Error {
  override name = 'WebhookAddressRefused';
  readonly code = 'EWEBHOOKADDRESS';
}

const refusal = (host: string, address: string, reason: string) =>
  `${host === address ? address : `${host} resolves to ${address}, which`} is ${reason} address: webhooks may not ` +
  'target loopback, private, link-local or metadata addresses (WEBHOOK_ALLOW_PRIVATE=true allows them, for development).';

/** The host of a URL as a lookup takes it: brackets of an IPv6 literal removed. */
export function urlHost(url: URL): string {
  // `localhost.` is `localhost`: the trailing dot only says the name is absolute.
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/**
 * Parses and checks a webhook URL's form: absolute, http or https, no
 * credentials (they would be logged by some proxies and cannot be rotated),
 * at most 2048 characters. Returns the URL as it will be called.
 */
export function parseWebhookUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) throw badInput(`url must be at most ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(
      `url must be an absolute http(s) URL, e.g. https://shop.example/hooks; got ${JSON.stringify(text.slice(0, 100))}.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badInput(`url must use http or https; got ${url.protocol.replace(/:$/, '')}.`);
  if (url.username || url.password)
    throw badInput('url must not carry a user name or password: the signature authenticates the hub.');
  if (!url.hostname) throw badInput('url must name a host.');
  return url;
}

export type ResolveAll = (host: string) => Promise<{ address: string }[]>;

const systemResolve: ResolveAll = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/** Refuses a literal address, or a `localhost` name, where webhooks may not go; used before every call too. */
export function checkLiteralHost(url: URL): string | null {
  const host = urlHost(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return refusal(host, '127.0.0.1', 'a loopback');
  if (!isIP(host)) return null;
  const reason = blockedReason(host);
  return reason ? refusal(host, host, reason) : null;
}

/**
 * The check when a config is saved: the form, then where the host leads now.
 * A name that does not resolve (yet) is accepted, since endpoints are often set
 * up before their DNS; every delivery checks again on connect.
 */
export async function checkWebhookUrl(
  raw: string,
  options: { allowPrivate: boolean; resolve?: ResolveAll; timeoutMs?: number },
): Promise<string> {
  const url = parseWebhookUrl(raw);
  if (options.allowPrivate) return url.toString();
  const literal = checkLiteralHost(url);
  if (literal) throw badInput(`url: ${literal}`);
  const host = urlHost(url);
  if (isIP(host)) return url.toString();
  const resolve = options.resolve ?? systemResolve;
  // Unresolvable now (or slow): let it pass here; the connect-time check still guards every delivery.
  const addresses = await withTimeout(resolve(host), options.timeoutMs ?? 3000, 'webhook URL lookup').catch(() => []);
  for (const { address } of addresses) {
    const reason = blockedReason(address);
    if (reason) throw badInput(`url: ${refusal(host, address, reason)}`);
  }
  return url.toString();
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupImpl = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/**
 * A `lookup` for net/tls.connect that resolves as usual and refuses the
 * connection when any address is one webhooks may not reach. Used on the
 * delivery's own connection, so what is checked is what is connected to.
 */
export function guardedLookup(base: LookupImpl = dns.lookup as unknown as LookupImpl) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    base(hostname, { ...options, all: true }, (err, result) => {
      if (err) return callback(err, '');
      const addresses = result as LookupAddress[];
      for (const { address } of addresses) {
        const reason = blockedReason(address);
        if (reason) return callback(new WebhookAddressRefused(refusal(hostname, address, reason)), '');
      }
      if (!addresses.length)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
