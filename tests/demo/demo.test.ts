import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { until } from '../support/until.js';

const run = promisify(execFile);
const DEMO = join(process.cwd(), 'dist', 'tools', 'demo', 'main.js');

/** `npm run demo` as a child process (the compiled script), its stdout kept and awaitable line by line. */
interface DemoProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  /** Resolves with the first stdout line matching `pattern` (already printed or to come); rejects if the demo exits first. */
  line(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startDemo(args: string[] = ['--port', '0']): DemoProcess {
  const child = spawn(process.execPath, [DEMO, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' } });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const waiter of [...waiters]) waiter();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const line = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const look = () => {
        const found = out.split('\n').find((l, i, all) => i < all.length - 1 && pattern.test(l));
        if (!found) return;
        waiters.delete(look);
        resolve(found.match(pattern)!);
      };
      waiters.add(look);
      look();
      void exited.then(({ code }) => {
        if (!waiters.has(look)) return;
        waiters.delete(look);
        reject(new Error(`the demo exited (${code}) before printing ${pattern}:\n${out}\n${err}`));
      });
    });
  return { child, stdout: () => out, line, exited };
}

/** A curl line the demo printed, as the request it makes. */
interface PrintedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const unquote = (quoted: string) => quoted.slice(1, -1).replace(/'\\''/g, "'");

/** Reads `curl -s URL -H '…' … -d '…'` as the demo prints it (single-quoted shell words). */
function parseCurl(line: string): PrintedRequest {
  const words = line.match(/'(?:[^']|'\\'')*'|\S+/g)!;
  expect(words.slice(0, 2)).toEqual(['curl', '-s']);
  const request: PrintedRequest = { url: words[2]!, headers: {}, body: '' };
  for (let i = 3; i < words.length; i += 2) {
    const value = unquote(words[i + 1]!);
    if (words[i] === '-H') {
      const [name, ...rest] = value.split(':');
      request.headers[name!.trim()] = rest.join(':').trim();
    } else if (words[i] === '-d') request.body = value;
    else throw new Error(`unexpected curl word ${words[i]}`);
  }
  return request;
}

/** The curl line printed under the `# <title>` line that matches `title`. */
function printedCurl(stdout: string, title: RegExp): PrintedRequest {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('# ') && title.test(l));
  expect(at).toBeGreaterThanOrEqual(0);
  return parseCurl(lines[at + 1]!);
}

async function send<T>(request: PrintedRequest): Promise<T> {
  const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** True when nothing accepts connections on the port any more. */
function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Processes whose command line names the folder (the embedded PostgreSQL runs with `-D <folder>/postgres`). */
async function processesUsing(dir: string): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'args=']);
  return stdout.split('\n').filter((l) => l.includes(dir) && !l.startsWith('ps '));
}

interface Ready {
  url: string;
  token: string;
  adminToken: string;
  odooUrl: string;
  postgresPort: number;
  dataDir: string;
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

type ProductsAnswer = GraphQLAnswer<{
  products: {
    totalCount: number;
    nodes: {
      externalId: string;
      currentData: { name?: string };
      prices: { price: string }[];
      stock: { quantity: number }[];
    }[];
  };
}>;
type PlaceAnswer = GraphQLAnswer<{ placeSaleOrder: { externalId: string; processingState: string } }>;
type OrderAnswer = GraphQLAnswer<{
  saleOrder: { processingState: string; odooId: number | null; odooStatus: { state: string } | null };
}>;
type OdooAnswer = { result?: { id: number; name: string; state: string; partner_id: [number, string] }[] };

describe('npm run demo', () => {
  it('serves products, takes the printed order into the simulated Odoo, and stops everything on Ctrl-C', async () => {
    const demo = startDemo();
    try {
      const [, json] = await demo.line(/^demo-ready (\{.*\})$/);
      const ready = JSON.parse(json!) as Ready;
      const stdout = demo.stdout();
      expect(stdout).toContain(`TOKEN=${ready.token}`);
      expect(stdout).toContain(`ADMIN_TOKEN=${ready.adminToken}`);

      const productsRequest = printedCurl(stdout, /Products/);
      expect(productsRequest.url).toBe(`${ready.url}/graphql`);
      expect(productsRequest.headers.authorization).toBe(`Bearer ${ready.token}`);
      const products = await send<ProductsAnswer>(productsRequest);
      expect(products.errors).toBeUndefined();
      expect(products.data!.products.totalCount).toBeGreaterThanOrEqual(100);
      for (const product of products.data!.products.nodes) {
        expect(product.currentData.name).toEqual(expect.any(String));
        expect(product.prices.length).toBeGreaterThan(0);
        expect(product.stock.some((s) => s.quantity > 0)).toBe(true);
      }

      const placed = await send<PlaceAnswer>(printedCurl(stdout, /Place order/));
      expect(placed.errors).toBeUndefined();
      expect(placed.data!.placeSaleOrder).toMatchObject({ externalId: 'WEB-1001', processingState: 'PENDING' });

      // The order reaches "Odoo": the simulator's own sale.order, asked as the printed JSON-RPC line asks.
      const inOdoo = printedCurl(stdout, /in the simulated Odoo/);
      expect(inOdoo.url).toBe(`${ready.odooUrl}/jsonrpc`);
      const odoo = await until(
        () => send<OdooAnswer>(inOdoo),
        (a) => a.result?.[0]?.state === 'sale',
        'WEB-1001 confirmed in the simulator',
        30_000,
      );
      expect(odoo.result).toEqual([
        expect.objectContaining({ state: 'sale', partner_id: [expect.any(Number), 'Ada Lovelace'] }),
      ]);
      const order = await until(
        () => send<OrderAnswer>(printedCurl(stdout, /Watch/)),
        (a) => a.data?.saleOrder?.processingState === 'COMPLETED',
        'WEB-1001 COMPLETED in the hub',
        30_000,
      );
      expect(order.data!.saleOrder).toMatchObject({ odooId: odoo.result![0]!.id });

      demo.child.kill('SIGINT');
      expect(await demo.exited).toEqual({ code: 0, signal: null });
      expect(demo.stdout()).toMatch(/\nstopped\.\n/);
      expect(await portClosed(ready.postgresPort)).toBe(true);
      expect(await portClosed(Number(new URL(ready.url).port))).toBe(true);
      expect(await portClosed(Number(new URL(ready.odooUrl).port))).toBe(true);
      expect(existsSync(ready.dataDir)).toBe(false);
      expect(await processesUsing(ready.dataDir)).toEqual([]);
    } finally {
      demo.child.kill('SIGKILL');
    }
  }, 180_000);

  it('stops what it started when SIGTERM comes during the start, with exit code 0', async () => {
    const demo = startDemo();
    try {
      const [, dataDir] = await demo.line(/\(data in (\S+)\)/);
      await demo.line(/pulled /);
      demo.child.kill('SIGTERM');
      expect(await demo.exited).toEqual({ code: 0, signal: null });
      expect(demo.stdout()).not.toContain('demo-ready');
      expect(existsSync(dataDir!)).toBe(false);
      expect(await processesUsing(dataDir!)).toEqual([]);
    } finally {
      demo.child.kill('SIGKILL');
    }
  }, 180_000);

  it('refuses an Odoo version the simulator does not play (exit 2, nothing started)', async () => {
    const demo = startDemo(['--odoo-version', '15']);
    expect(await demo.exited).toEqual({ code: 2, signal: null });
    expect(demo.stdout()).toBe('');
  });
});
