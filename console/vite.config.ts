import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [persistedDocuments()],
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});

/**
 * Writes codegen's manifest of the console's documents (console/src/gql/persisted-documents.json)
 * beside index.html, where the hub reads it at start (src/http/console.route.ts,
 * consoleManifestPath): the build and the manifest it ships always match. The console
 * sends its documents' ids, so it runs under PERSISTED_DOCUMENTS_ONLY too.
 */
function persistedDocuments(): Plugin {
  return {
    name: 'console-persisted-documents',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-documents.json',
        source: readFileSync(new URL('./src/gql/persisted-documents.json', import.meta.url), 'utf8'),
      });
    },
  };
}
