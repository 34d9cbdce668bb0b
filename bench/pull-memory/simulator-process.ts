/**
 * The Odoo simulator of the pull-memory benchmark, as a child process of its
 * own (Odoo is another machine; in another process its memory, 100,000
 * products and their call log, is not counted in the hub's). Started by
 * `startSimulatorProcess`; tells its parent where it listens over the IPC
 * channel and stops when the parent disconnects.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startOdooSimulator, type OdooVersion } from '../../tools/odoo-simulator/index.js';

export interface SimulatorReady {
  url: string;
  db: string;
  login: string;
  apiKey: string;
  /** Products (product.product, archived ones included) the simulator holds. */
  products: number;
  /** How long seeding took, in ms. */
  seedMs: number;
}

/** The sizes besides products: small, so the hub's pull of products is what the run measures. */
const OTHER_SIZES = { partners: 10, quants: 10, pricelistItems: 10, purchaseOrders: 2, saleOrders: 2 };

/** Starts the simulator in a child process; resolves once it is seeded and listening. */
export async function startSimulatorProcess(
  products: number,
  version: OdooVersion,
): Promise<{ ready: SimulatorReady; stop: () => Promise<void> }> {
  const child = fork(new URL(import.meta.url), [String(products), String(version)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the simulator process exited (${String(code)}) before it was ready`);
    }),
  ])) as [SimulatorReady];
  return {
    ready,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

async function runSimulator(products: number, version: OdooVersion): Promise<void> {
  const started = Date.now();
  const sim = await startOdooSimulator({ version, port: 0, seed: { products, ...OTHER_SIZES } });
  const seedMs = Date.now() - started;
  // The call log would keep every request's arguments for the whole run: nobody reads it here.
  const trim = setInterval(() => sim.clearCalls(), 1000);
  process.once('disconnect', () => {
    clearInterval(trim);
    void sim.close().then(() => process.exit(0));
  });
  const ready: SimulatorReady = {
    url: sim.url,
    db: sim.db,
    login: sim.login,
    apiKey: sim.apiKey,
    products: sim.env.count('product.product', [], { activeTest: false }),
    seedMs,
  };
  process.send!(ready);
}

// Started by fork() above: argv holds the product count and the version.
if (process.send && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void runSimulator(Number(process.argv[2]), Number(process.argv[3]) as OdooVersion);
}
