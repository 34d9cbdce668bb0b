/**
 * The hub of the pull-memory benchmark as a process of its own, started from
 * dist as `npm start` runs it (`node dist/src/main.js`), so /proc/<pid> is the
 * hub's alone. Its stdout (pino's JSON lines, and the first start's admin token,
 * printed) is read line by line: the "serving" line gives the URL, the printout
 * the token, and the pull's log lines are kept for the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface HubProcess {
  pid: number;
  url: string;
  token: string;
  /** The JSON log lines whose message starts with `prefix`. */
  logLines(prefix: string): Record<string, unknown>[];
  /** SIGTERM, and waits for the exit (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

/**
 * Starts `dist/src/main.js` with `env` (added to PATH only); resolves once it
 * serves and has printed its token. `nodeArgs` go to node before the script
 * (e.g. --trace-gc); then lines that are neither the hub's JSON logs nor its
 * token printout go to stderr.
 */
export async function startHubProcess(env: Record<string, string>, nodeArgs: string[] = []): Promise<HubProcess> {
  const echo = nodeArgs.length > 0;
  const child = spawn(process.execPath, [...nodeArgs, fileURLToPath(new URL('../../src/main.js', import.meta.url))], {
    env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'info', HUB_PRINT_BOOTSTRAP_TOKEN: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  let url: string | null = null;
  let token: string | null = null;
  let tokenNext = false;
  let ready!: () => void;
  const readyNow = new Promise<void>((resolve) => (ready = resolve));
  // Every line is read, always: a full pipe would stop the hub.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.msg === 'odoo-sync-hub is serving') url = String(entry.url).replace(/\/graphql$/, '');
      else if (typeof entry.msg === 'string' && entry.msg.startsWith('pulled ')) logs.push(entry);
      else if (typeof entry.msg === 'string' && entry.msg.startsWith('reconciled ')) logs.push(entry);
      // The first start's token is expected (and printed below): other warnings and errors are shown.
      else if (Number(entry.level) >= 40 && !String(entry.msg).startsWith('no admin existed'))
        console.error(`hub: ${String(entry.msg)}`);
    } else if (line.includes('It is shown only now')) {
      tokenNext = true;
    } else if (tokenNext && line.trim()) {
      token = line.trim();
      tokenNext = false;
    } else if (echo && token) {
      console.error(`hub: ${line}`);
    }
    if (url && token) ready();
  });
  await Promise.race([
    readyNow,
    once(child, 'exit').then(([code]) => {
      throw new Error(`the hub exited (${String(code)}) before it served`);
    }),
  ]);
  return {
    pid: child.pid!,
    url: url!,
    token: token!,
    logLines: (prefix) => logs.filter((entry) => String(entry.msg).startsWith(prefix)),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export interface MemoryStatus {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** The highest RSS since the process started (VmHWM), in MB. */
  peakMb: number;
}

/** VmRSS and VmHWM of a process, from /proc/<pid>/status (Linux). */
export async function memoryOf(pid: number): Promise<MemoryStatus> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
