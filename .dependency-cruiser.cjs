/**
 * Imports flow one way, bottom to top (see README "Map"):
 *   domain → config → observability → mail → db → outbox → live-events → ingest
 *   → modules → odoo → auth → jobs → graphql → http → cli → app (app.ts, main.ts, cli.ts)
 * A folder may import from the folders below it, never from one above: so no
 * two folders can form a circle. `npm run check:deps` runs this in CI.
 */
const LAYERS = [
  'domain',
  'config',
  'observability',
  'mail',
  'db',
  'outbox',
  'live-events',
  'ingest',
  'modules',
  'odoo',
  'auth',
  'jobs',
  'graphql',
  'http',
  'cli',
  'app',
];

/** A layer as a path pattern: a folder under src/, or (config, app) files at its top. */
const pathOf = (layer) =>
  layer === 'config' ? '^src/config[.]ts$' : layer === 'app' ? '^src/(app|main|cli)[.]ts$' : `^src/${layer}/`;

const upImports = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-up-import-from-${layer}`,
  comment: `src/${layer} sits below ${LAYERS.slice(i + 1).join(', ')}: it may not import from them.`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: LAYERS.slice(i + 1).map(pathOf) },
}));

module.exports = {
  forbidden: [
    ...upImports,
    {
      name: 'no-unlayered-folder',
      comment: 'Every folder of src/ has its place in LAYERS (.dependency-cruiser.cjs).',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(pathOf) },
      to: {},
    },
    {
      name: 'no-circular',
      comment:
        'No file imports itself back through others (type-only imports count too). Entities on the two ends of ' +
        'a relation name each other (MikroORM resolves `() => Class` lazily), so a circle of entity files alone is allowed.',
      severity: 'error',
      from: { path: '^src/', pathNot: '[.]entity[.]ts$' },
      to: { circular: true },
    },
    {
      name: 'src-not-to-tests-or-tools',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|tools)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
