/**
 * `npm run demo [-- --port 4000 --odoo-version 17]`: the hub against a seeded
 * simulated Odoo on an embedded PostgreSQL, with nothing to set up; prints a
 * token and requests to try, then runs until Ctrl-C (or SIGTERM), which stops
 * everything and exits 0. Logs go to stderr, what to try to stdout; the last
 * line of the start, `demo-ready {…}`, says the same for scripts and tests.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createLogger } from '../../src/observability/logger.js';
import type { OdooVersion } from '../odoo-simulator/index.js';
import { curlLine, demoExamples, DEMO_ORDER, skusInStock, type DemoRequest } from './demo-examples.js';
import { makeDemoDir, startDemo, WEBSHOP_DEMO_SCOPES, type Demo } from './start-demo.js';

const VERSIONS: readonly OdooVersion[] = [16, 17, 18, 19];
/** How long stopping may take before the demo gives up waiting (exit 1). */
const STOP_TIMEOUT_MS = 30_000;

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    host: { type: 'string', default: '127.0.0.1' },
    'odoo-version': { type: 'string', default: '17' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number (0: any free one)');
const odooVersion = Number(values['odoo-version']) as OdooVersion;
if (!VERSIONS.includes(odooVersion)) fail(`--odoo-version must be one of ${VERSIONS.join(', ')}`);

const startedAt = Date.now();
const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(1);
const logger = createLogger(process.env.LOG_LEVEL || 'warn', {}, pino.destination(2));
const aborting = new AbortController();
let demo: Demo | null = null;
let stopping = false;

function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the hub, its worker, the simulator and PostgreSQL …`);
  setTimeout(() => {
    console.error(`demo: stopping took over ${STOP_TIMEOUT_MS / 1000} s; exiting`);
    process.exit(1);
  }, STOP_TIMEOUT_MS).unref();
  // Still starting: startDemo sees the abort, stops what it started, and rejects (handled below).
  if (!demo) return aborting.abort(new Error(signal));
  void demo.stop().then(() => {
    console.log('stopped.');
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

function printRequest(request: DemoRequest): void {
  console.log(`\n# ${request.title}`);
  console.log(curlLine(request));
}

const dataDir = await makeDemoDir();
console.log(`Starting a simulated Odoo ${odooVersion}, the hub and its PostgreSQL (data in ${dataDir}) …`);
try {
  demo = await startDemo({
    dataDir,
    port,
    host: values.host!,
    odooVersion,
    env: process.env,
    logger,
    signal: aborting.signal,
    onPulled: (r) => console.log(`  ${seconds()} s  pulled ${r.entityType}: ${r.read} read, ${r.created} new`),
  });
} catch (err) {
  if (aborting.signal.aborted) {
    console.log('stopped.');
    process.exit(0);
  }
  logger.fatal({ err }, 'the demo failed to start');
  console.error(`demo: could not start: ${(err as Error).message}`);
  process.exit(1);
}
if (aborting.signal.aborted) {
  // The signal came after the last step startDemo checks it at.
  await demo.stop();
  console.log('stopped.');
  process.exit(0);
}

const examples = demoExamples(demo.url, demo.webshopToken, demo.sim, skusInStock(demo.sim, 2));
console.log(`\nReady after ${seconds()} s.`);
console.log(`\nThe hub:            ${demo.url}/graphql  (GraphQL over HTTP and graphql-ws)`);
console.log(`The simulated Odoo: ${demo.sim.url}  (database "${demo.sim.db}", Odoo ${demo.sim.version})`);
console.log(`\nA webshop's token (${WEBSHOP_DEMO_SCOPES.join(',')}):`);
console.log(`  TOKEN=${demo.webshopToken}`);
console.log(`An admin token (every scope):`);
console.log(`  ADMIN_TOKEN=${demo.adminToken}`);
console.log('\nTry (each line works as printed):');
printRequest(examples.products);
printRequest(examples.placeOrder);
printRequest(examples.orderInHub);
console.log(
  `#   processingState PENDING -> COMPLETED and odooId set: ${DEMO_ORDER} is in Odoo (odooStatus.state "sale": confirmed)`,
);
printRequest(examples.orderInOdoo);
console.log('\n# Every change, live (graphql-ws; run it in this folder, then place the order)');
console.log(examples.subscribe);
console.log(`\nThe data goes away with the demo. Ctrl-C stops everything.\n`);
console.log(
  `demo-ready ${JSON.stringify({
    url: demo.url,
    token: demo.webshopToken,
    adminToken: demo.adminToken,
    odooUrl: demo.sim.url,
    postgresPort: demo.postgresPort,
    dataDir: demo.dataDir,
    seconds: Number(seconds()),
  })}`,
);
