/**
 * `prestart`/`prehub`: compiles (tsc -p tsconfig.build.json) only when a source is
 * newer than the last build, so `npm start` runs dist/ as it is on every start
 * after the first. `--force` (`npm run build`, and `prepare` on `npm ci`) always compiles. Plain JavaScript with no dependencies: it runs before there is
 * a dist/. Where there are no sources (the container image holds dist/ only) or
 * no compiler (production dependencies only), it leaves dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What tsconfig.build.json compiles, and what changes how it compiles. */
const SOURCES = ['src', 'migrations', 'tools', 'bench', 'tsconfig.json', 'tsconfig.build.json'];
const STAMP = join('dist', '.build-stamp');

/** The newest modification time (ms) under `path`, a file or a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const present = SOURCES.filter((path) => existsSync(path));
if (!existsSync('src')) process.exit(0);
// The stamp holds the newest source time the last build saw (exact, unlike a file time set back).
const built = existsSync(STAMP) ? Number(readFileSync(STAMP, 'utf8')) || 0 : 0;
const changed = Math.max(...present.map(newest));
if (built >= changed && !process.argv.includes('--force')) process.exit(0);

const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  if (built > 0) process.exit(0);
  console.error('build-if-stale: dist/ is missing and TypeScript is not installed: run `npm ci` first.');
  process.exit(1);
}
if (!process.argv.includes('--force')) {
  console.error(built ? 'Sources changed since the last build: compiling…' : 'No build yet: compiling…');
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// The sources' time as read before the compile, not the clock's: a source saved during the compile is newer.
writeFileSync(STAMP, String(changed));
