import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput } from '../../domain/errors.js';
import { withTimeout } from '../../domain/timeout.js';

/**
 * Where webhooks may not go: a webhook URL is chosen by an API user, and the
 * hub would otherwise call into its own network on their behalf (SSRF). Only
 * plain global unicast addresses may be called: every special-purpose range
 * that ipaddr.js knows (loopback, private, shared, link-local with the cloud
 * metadata address, multicast, documentation, benchmarking, Teredo, 6to4,
 * NAT64 prefixes, …) is refused, written literally or behind a DNS name;
 * checked when a config is saved, and again on every connection a delivery
 * opens (the dispatcher's lookup, see delivery-send.ts), so a DNS
 * answer that changes after the check cannot point a delivery inward.
 */
export const MAX_URL_LENGTH = 2048;

/** How a refusal names ipaddr.js's ranges; a range not named here is shown by its ipaddr.js name. */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  uniqueLocal: 'a private',
  linkLocal: 'a link-local',
  carrierGradeNat: 'a shared (carrier-grade NAT)',
  unspecified: 'an unspecified',
  multicast: 'a multicast',
  broadcast: 'a broadcast',
  reserved: 'a reserved',
};

// An IPv6 address carrying an IPv4 one leads where that one does: these two forms are
// checked as the IPv4 address they carry. IPv4-mapped is how a dual-stack socket names an
// IPv4 peer; the NAT64 well-known prefix is what DNS64 answers for IPv4-only hosts, and
// RFC 6052 allows it to carry global IPv4 addresses only, so its public ones pass. Other
// carriers (the local-use NAT64 prefix, 6to4, Teredo, IPv4-translated) are refused outright.
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');
// IANA's IPv6 address space outside 2000::/3 is unassigned or special (ipaddr.js calls
// the deprecated IPv4-compatible ::a.b.c.d, for one, unicast): refused.
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/** The IPv4 address an IPv6 one stands for, when it is one of the forms above. */
function carriedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address();
  if (ip.match(NAT64_WELL_KNOWN)) return ipaddr.fromByteArray(ip.toByteArray().slice(12)) as ipaddr.IPv4;
  return null;
}

/**
 * Why a webhook may not connect to `address` ("a loopback", "a private", …), or
 * null when it may. Anything that is not an IP address is refused too.
 */
export function blockedReason(address: string): string | null {
  // A zone id (fe80::1%eth0) names an interface, not a different address.
  const bare = address.split('%')[0]!;
  const family = isIP(bare);
  if (!family) return 'a malformed';
  // ipaddr.js reads a dotted tail as IPv4-mapped (::8.8.8.8 as ::ffff:8.8.8.8); the URL
  // parser writes every IPv6 form in hex first, as RFC 5952 has it.
  let ip = ipaddr.parse(family === 6 ? new URL(`http://[${bare}]`).hostname.slice(1, -1) : bare);
  if (ip.kind() === 'ipv6') ip = carriedIpv4(ip as ipaddr.IPv6) ?? ip;
  const range = ip.range();
  if (range !== 'unicast') return RANGE_WORDS[range] ?? `a special-purpose (${range})`;
  if (ip.kind() === 'ipv6' && !ip.match(GLOBAL_UNICAST)) return 'a reserved';
  return null;
}

/** Raised on a delivery's connection when the host resolves where webhooks may not go. */
export class WebhookAddressRefused extends Error {
  override name = 'WebhookAddressRefused';
  readonly code = 'EWEBHOOKADDRESS';
}

const refusal = (host: string, address: string, reason: string) =>
  `${host === address ? address : `${host} resolves to ${address}, which`} is ${reason} address: webhooks may not ` +
  'target loopback, private, link-local or other special-purpose addresses (WEBHOOK_ALLOW_PRIVATE=true allows them, ' +
  'for development).';

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
