import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The console's budget (issue 18): all its JavaScript, gzipped, under 300 kB — what a
 * browser downloads on a first visit. Measured on the build `npm run build` leaves in dist/console.
 */
const BUDGET_BYTES = 300_000;
const ASSETS = join(process.cwd(), 'dist', 'console', 'assets');

describe('the console bundle', () => {
  it('keeps its JavaScript under 300 kB gzipped', () => {
    if (!existsSync(ASSETS)) throw new Error('The console is not built (dist/console): run `npm run build` first.');
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const raw = scripts.reduce((sum, name) => sum + readFileSync(join(ASSETS, name)).length, 0);
    const gzipped = scripts.reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length,
      0,
    );
    console.log(`console JavaScript: ${(raw / 1000).toFixed(1)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });
});
