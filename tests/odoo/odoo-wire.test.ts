import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { Agent, errors } from 'undici';
import { freePort } from '../../src/db/embedded-postgres.js';
import { OdooClient } from '../../src/odoo/odoo-client.js';
import { isConnectionFailure, neverReachedOdoo, OdooError } from '../../src/odoo/odoo-error.js';
import type { OdooConnection } from '../../src/odoo/odoo-transport.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';

/**
 * What the Odoo client's HTTP does on the wire (undici.request, not fetch):
 * compressed answers, redirects, connections kept alive, socket errors. A
 * loopback server stands in for Odoo (or for the proxy in front of it).
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const VERSION = { jsonrpc: '2.0', id: null, result: { server_version: '17.0', server_serie: '17.0' } };

/** Answers `body` with Content-Encoding `coding`. */
const compressed =
  (coding: 'gzip' | 'deflate' | 'br', body: unknown, status = 200): Handler =>
  (_req, res) => {
    const text = Buffer.from(JSON.stringify(body));
    const encode = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }[coding];
    res.writeHead(status, { 'content-type': 'application/json', 'content-encoding': coding });
    res.end(encode(text));
  };

describe('Odoo client on the wire', () => {
  let server: Server;
  let url: string;
  let handler: Handler;
  /** Each request's accept-encoding and user-agent, and each connection the server accepted. */
  let acceptEncodings: (string | undefined)[] = [];
  let userAgents: (string | undefined)[] = [];
  let connections = 0;
  const agents: Agent[] = [];

  /** A client with its own connection pool, so a test counts only its own connections. */
  const client = (overrides: Partial<OdooConnection> = {}, agent = new Agent()) => {
    agents.push(agent);
    const connection: OdooConnection = {
      url,
      db: 'db',
      username: 'admin',
      apiKey: 'key',
      protocol: 'json2',
      timeoutMs: 2000,
      ...overrides,
    };
    return new OdooClient(connection, createLoggedRequest(null, agent));
  };

  const failure = async (promise: Promise<unknown>): Promise<OdooError> => {
    const err = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OdooError);
    return err as OdooError;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      acceptEncodings.push(req.headers['accept-encoding']);
      userAgents.push(req.headers['user-agent']);
      req.resume();
      req.on('end', () => handler(req, res));
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(agents.map((agent) => agent.close()));
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    acceptEncodings = [];
    userAgents = [];
    connections = 0;
  });

  it.each(['gzip', 'deflate', 'br'] as const)('reads a %s-compressed JSON answer, as fetch did', async (coding) => {
    handler = compressed(coding, VERSION);
    await expect(client().versionInfo()).resolves.toEqual({ serverVersion: '17.0', serverSerie: '17.0' });
    expect(acceptEncodings).toEqual([expect.stringMatching(/gzip.*deflate.*br/)]);
    // fetch sent `node`: undici.request sends none unless told.
    expect(userAgents).toEqual(['odoo-sync-hub/1']);
  });

  it('reads a compressed JSON-2 error, 4xx included, as Odoo’s error', async () => {
    const denied = { name: 'odoo.exceptions.AccessError', message: 'You are not allowed to read partners' };
    handler = compressed('gzip', denied, 403);
    expect(await failure(client().search('res.partner', []))).toMatchObject({
      odooName: 'odoo.exceptions.AccessError',
      httpStatus: 403,
      kind: 'permanent',
      message: 'You are not allowed to read partners',
    });
  });

  it('takes a compressed answer it cannot decode for what it is: no JSON from Odoo, not a lost connection', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('[1, 2, 3]')).subarray(0, 12));
    };
    expect(await failure(client().search('res.partner', []))).toMatchObject({
      odooName: 'http',
      httpStatus: 200,
      message: 'Odoo answered HTTP 200 with malformed JSON',
    });
  });

  it('follows no redirect: a wrong URL’s 302 to a login page is a permanent error', async () => {
    let followed = false;
    handler = (req, res) => {
      if (req.url === '/web/login') followed = true;
      res.writeHead(302, { location: '/web/login', 'content-type': 'text/html' });
      res.end('<a href="/web/login">Redirecting</a>');
    };
    expect(await failure(client().search('res.partner', []))).toMatchObject({
      odooName: 'http',
      httpStatus: 302,
      kind: 'permanent',
    });
    expect(followed).toBe(false);
  });

  it('reads every answer whole, error pages included, so kept-alive connections serve every call', async () => {
    // Pages larger than what undici buffers on its own (64 KiB): one left unread would hold its
    // connection, and every later call would open another.
    const large = 'x'.repeat(512 * 1024);
    const pages: Handler[] = [
      (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(`<h1>502 Bad Gateway</h1>${large}`),
      (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"oops": "${large}`),
      compressed('gzip', { name: 'odoo.exceptions.UserError', message: large }, 422),
      (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[1, 2]'),
    ];
    const odoo = client();
    const outcomes: unknown[] = [];
    for (const page of [...pages, ...pages]) {
      handler = page;
      outcomes.push(await odoo.search('res.partner', []).catch((err: OdooError) => err.odooName));
    }
    const once = ['html', 'http', 'odoo.exceptions.UserError', [1, 2]];
    expect(outcomes).toEqual([...once, ...once]);
    // undici's pool may open a second connection for the first reuse (fetch does the same); never one a call.
    expect(connections).toBeLessThanOrEqual(2);
  });

  it('times out while the answer’s body is still coming, as before its headers', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).write('[1,');
    const err = await failure(client({ timeoutMs: 200 }).search('res.partner', []));
    expect(err).toMatchObject({ odooName: 'timeout', message: 'Odoo did not answer within 200 ms' });
    expect(neverReachedOdoo(err)).toBe(false);
  });

  it('classifies a refused connection as never having reached Odoo', async () => {
    const closed = client({ url: `http://127.0.0.1:${await freePort()}` });
    const err = await failure(closed.search('res.partner', []));
    expect(err).toMatchObject({ odooName: 'network', kind: 'transient' });
    expect(err.message).toMatch(/^Odoo is unreachable: .*ECONNREFUSED/);
    expect(isConnectionFailure(err)).toBe(true);
    expect(neverReachedOdoo(err)).toBe(true);
  });

  it('classifies undici’s own connect timeout (rejected as itself, not under a fetch TypeError) as never reached', () => {
    // undici.request rejects with the socket error itself; fetch put it under "fetch failed"'s cause.
    for (const cause of [
      new errors.ConnectTimeoutError(),
      new TypeError('fetch failed', { cause: new errors.ConnectTimeoutError() }),
    ]) {
      const err = new OdooError('Odoo is unreachable: Connect Timeout Error', { odooName: 'network', cause });
      expect({ connection: isConnectionFailure(err), neverReached: neverReachedOdoo(err) }).toEqual({
        connection: true,
        neverReached: true,
      });
    }
  });
});
