/**
 * `prestart`/`prehub`: builds only what is older than its sources, so `npm start` runs
 * dist/ as it is on every start after the first. Two builds: the server (tsc -p
 * tsconfig.build.json into dist/) and the operator's console (Vite into dist/console,
 * docs/console.md). `--force` (`npm run build`, and `prepare` on `npm ci`) always builds
 * both. Plain JavaScript with no dependencies: it runs before there is a dist/. Where
 * there are no sources (the container image holds dist/ only) or no compiler
 * (production dependencies only), it leaves dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const force = process.argv.includes('--force');

const TARGETS = [
  {
    name: 'server',
    /** What tsconfig.build.json compiles, and what changes how it compiles. */
    sources: ['src', 'migrations', 'tools', 'bench', 'tsconfig.json', 'tsconfig.build.json'],
    stamp: join('dist', '.build-stamp'),
    tool: join('node_modules', 'typescript', 'bin', 'tsc'),
    args: ['-p', 'tsconfig.build.json'],
  },
  {
    name: 'console',
    sources: ['console', 'package-lock.json'],
    stamp: join('dist', '.console-build-stamp'),
    tool: join('node_modules', 'vite', 'bin', 'vite.js'),
    args: ['build', '--config', join('console', 'vite.config.ts')],
  },
];

/** The newest modification time (ms) under `path`, a file or a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function build(target) {
  const present = target.sources.filter((path) => existsSync(path));
  if (!existsSync(target.sources[0])) return;
  // The stamp holds the newest source time the last build saw (exact, unlike a file time set back).
  const built = existsSync(target.stamp) ? Number(readFileSync(target.stamp, 'utf8')) || 0 : 0;
  const changed = Math.max(...present.map(newest));
  if (built >= changed && !force) return;
  if (!existsSync(target.tool)) {
    if (built > 0) return;
    console.error(
      `build-if-stale: the ${target.name} is not built and its build tool is missing: run \`npm ci\` first.`,
    );
    process.exit(1);
  }
  if (!force)
    console.error(
      built
        ? `Sources changed since the last build (${target.name}): building…`
        : `No build yet (${target.name}): building…`,
    );
  const result = spawnSync(process.execPath, [target.tool, ...target.args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The sources' time as read before the build, not the clock's: a source saved during the build is newer.
  writeFileSync(target.stamp, String(changed));
}

if (!existsSync('src')) process.exit(0);
for (const target of TARGETS) build(target);
