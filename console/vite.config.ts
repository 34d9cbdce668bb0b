import { defineConfig } from 'vite';

/**
 * The console's build (docs/console.md): run from the repository's root by
 * tools/build-if-stale.mjs, into dist/console, served by the hub at /admin.
 * Preact's JSX through the bundler's own transform: no plugin needed.
 */
export default defineConfig({
  root: 'console',
  base: '/admin/',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
