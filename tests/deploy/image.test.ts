import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Dockerfile and what its runtime stage holds, without Docker: the runtime
 * stage copies package.json's `files` (what `npm pack --dry-run` lists), and
 * that must run on production dependencies alone. CI also lints the Dockerfile
 * (dockerfile-utils, .ci/run).
 */
const dockerfile = readFileSync('Dockerfile', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  files: string[];
  dependencies: Record<string, string>;
};

/** The instructions of one stage (`FROM … AS name` up to the next FROM), continuation lines joined. */
function stage(name: string): string[] {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
  const start = lines.findIndex((line) => new RegExp(`^FROM \\S+ AS ${name}$`).test(line));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('FROM '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() && !line.startsWith('#'));
}

describe('Dockerfile', () => {
  it('builds with dev dependencies in the build stage', () => {
    const build = stage('build');
    expect(build).toContain('RUN npm ci --no-audit --no-fund --ignore-scripts');
    expect(build).toContain('RUN npm run build');
  });

  it('runs as a non-root user on production dependencies, with a HEALTHCHECK on /readyz', () => {
    const runtime = stage('runtime');
    expect(runtime.some((line) => /^RUN npm ci --omit=dev\b/.test(line))).toBe(true);
    expect(runtime).toContain('USER node');
    const healthcheck = runtime.find((line) => line.startsWith('HEALTHCHECK'));
    expect(healthcheck).toMatch(/\/readyz/);
    expect(runtime).toContain('ENTRYPOINT ["node", "dist/src/main.js"]');
  });

  it("copies exactly package.json's files (what npm pack lists) into the runtime stage", () => {
    const copied = stage('runtime')
      .filter((line) => line.startsWith('COPY '))
      .flatMap((line) => {
        const parts = line.split(/\s+/).filter((p) => !p.startsWith('--') && p !== 'COPY');
        return parts.slice(0, -1);
      })
      .map((path) => path.replace(/^\/app\//, ''))
      .filter((path) => path !== 'package.json' && path !== 'package-lock.json');
    expect(copied.sort()).toEqual([...pkg.files].sort());
  });

  it('keeps dependencies, builds and secrets out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const path of ['node_modules', 'dist', '.data', '.env', '.git']) expect(ignored).toContain(path);
  });
});

describe("the runtime stage's files", () => {
  const packed = (
    JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' }),
    ) as { files: { path: string }[] }[]
  )[0]!.files.map((f) => f.path);

  it('hold the server and the CLI entry points, and no sources, tests or tools', () => {
    expect(packed).toEqual(expect.arrayContaining(['dist/src/main.js', 'dist/src/cli.js', 'bin/hub.js']));
    expect(packed.filter((path) => /^(src|tests|tools|bench|dist\/(tools|bench))\//.test(path))).toEqual([]);
  });

  it('import only production dependencies, Node built-ins and each other', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const problems: string[] = [];
    let seen = 0;
    for (const file of packed.filter((path) => path.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"];/gm)) {
        const spec = specifier!;
        seen++;
        if (builtins.has(spec)) continue;
        if (spec.startsWith('.')) {
          const target = join(file, '..', spec);
          if (!packed.includes(target)) problems.push(`${file}: ${spec} (not in the image)`);
          continue;
        }
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!(name in pkg.dependencies)) problems.push(`${file}: ${spec} (not a production dependency)`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
