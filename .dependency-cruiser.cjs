// The layers of docs/architecture.md, enforced: content → schemas → domain → pages, exports and checks.
// `npm run lint` runs this over the TypeScript files; ESLint holds the .astro files to the same rules
// (eslint.config.js), since dependency-cruiser does not read .astro frontmatter.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle ties modules together so that none can change or be tested alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'site-not-to-scripts',
      severity: 'error',
      comment:
        'Pages, components, layouts and src/lib render the site; what they need belongs in src/domain, not in the tools under scripts/.',
      from: { path: '^src/(pages|components|layouts|lib|domain|scripts)/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'domain-is-plain',
      severity: 'error',
      comment:
        'src/domain is plain TypeScript: no Astro, no file system, nothing from pages, integrations or scripts.',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^astro',
          '(^|/)node_modules/(astro|@astrojs)/',
          '^src/(pages|components|layouts|lib|integrations|scripts)/',
          '^scripts/',
        ],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      comment: 'src/domain runs anywhere; reading files is the job of scripts/ and Astro.',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'schemas-only-zod',
      severity: 'error',
      comment: 'schemas/ describe the content and import only zod and each other.',
      from: { path: '^schemas/' },
      to: { pathNot: ['^schemas/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'checks-not-to-site',
      severity: 'error',
      comment: 'The checks use the domain, never pages, components or build integrations.',
      from: { path: '^scripts/' },
      to: { path: '^src/(pages|components|layouts|integrations)/' },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      comment: 'Production code never imports test code.',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules may be a symlink to a shared install; report packages by their path here.
    preserveSymlinks: true,
    exclude: { path: '^(dist|node_modules|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
