import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `prestart`/`prehub` (tools/build-if-stale.mjs) in a scratch project whose
 * "compiler" only counts its runs: a second start does not compile; a changed
 * source does; no sources (the image) or no compiler with a build leave dist/ alone.
 */
const SCRIPT = resolve('tools/build-if-stale.mjs');
const FAKE_TSC = `require('node:fs').appendFileSync('compiles', 'x'); require('node:fs').mkdirSync('dist', { recursive: true });`;

describe('build-if-stale', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hub-build-if-stale-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'main.ts'), 'export {};\n');
    writeFileSync(join(dir, 'tsconfig.build.json'), '{}\n');
    mkdirSync(join(dir, 'node_modules', 'typescript', 'bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), FAKE_TSC);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  const compiles = () => (existsSync(join(dir, 'compiles')) ? readFileSync(join(dir, 'compiles'), 'utf8').length : 0);

  it('compiles on the first start, not on the second, and again after a source changed', () => {
    expect(run().status).toBe(0);
    expect(compiles()).toBe(1);
    expect(run().status).toBe(0);
    expect(compiles()).toBe(1);
    const later = Date.now() / 1000 + 60;
    utimesSync(join(dir, 'src', 'main.ts'), later, later);
    const changed = run();
    expect(changed.status).toBe(0);
    expect(changed.stderr).toMatch(/Sources changed since the last build/);
    expect(compiles()).toBe(2);
  });

  it('always compiles with --force (npm run build, prepare)', () => {
    run('--force');
    run('--force');
    expect(compiles()).toBe(2);
  });

  it('leaves dist/ alone where there are no sources (the container image)', () => {
    rmSync(join(dir, 'src'), { recursive: true });
    expect(run('--force').status).toBe(0);
    expect(compiles()).toBe(0);
  });

  it('fails with a hint when there is neither a build nor a compiler, and runs the old build without a compiler', () => {
    rmSync(join(dir, 'node_modules'), { recursive: true });
    const missing = run();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/run `npm ci` first/);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', '.build-stamp'), '1');
    expect(run().status).toBe(0);
  });

  it('builds the console (Vite) when console/ exists, and again only when it changed', () => {
    const builds = () =>
      existsSync(join(dir, 'vite-builds')) ? readFileSync(join(dir, 'vite-builds'), 'utf8').length : 0;
    mkdirSync(join(dir, 'console'));
    writeFileSync(join(dir, 'console', 'index.html'), '<div id="app"></div>\n');
    mkdirSync(join(dir, 'node_modules', 'vite', 'bin'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', 'vite', 'bin', 'vite.js'),
      `require('node:fs').appendFileSync('vite-builds', 'x');`,
    );
    expect(run().status).toBe(0);
    expect(run().status).toBe(0);
    expect(builds()).toBe(1);
    expect(compiles()).toBe(1);
    const later = Date.now() / 1000 + 60;
    utimesSync(join(dir, 'console', 'index.html'), later, later);
    expect(run().stderr).toMatch(/Sources changed since the last build \(console\)/);
    expect(builds()).toBe(2);
    expect(compiles()).toBe(1);
  });
});
