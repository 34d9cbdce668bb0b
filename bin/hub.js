#!/usr/bin/env node
// `npx hub …`: the operator's CLI from the built dist/ (`npm ci` builds it; `npm run build` after a change).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('hub: dist/ is not built yet; run `npm run build` (or `npm ci`) first.');
  process.exit(1);
}
await import(cli.href);
