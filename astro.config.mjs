// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { changeHistory } from './src/integrations/change-history.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { afterBuildSteps } from './src/integrations/after-build.ts';

// The public URL and base path are configuration, so any static host can serve the same build.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// The web editor (src/pages/admin/) is the editors' tool, not a page for readers: not in the sitemap.
const editorPages = new URL(`${base.replace(/\/?$/, '/')}admin/`, site).href;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content cache belongs to this checkout: under node_modules it is shared by every copy that
  // links the same node_modules (the tests' temporary projects), which then read each other's content.
  cacheDir: './.astro/cache',
  compressHTML: true,
  // afterBuildSteps (search index, built-HTML checks) reads the finished build folder, so it stays last:
  // integrations that write files at astro:build:done (the sitemap) must have run before it.
  integrations: [
    // First, so the worker that reads the change log starts before the content checks take the main thread.
    changeHistory(),
    contentChecks(),
    mdx(),
    sitemap({ filter: (page) => !page.startsWith(editorPages) }),
    afterBuildSteps(),
  ],
  build: { format: 'directory' },
  // Astro would write a small script into each page; the site's pages carry no inline script (a strict
  // policy without hashes must hold), so every script is a file.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Known harmless warnings are left out, so a clean build prints none (src/integrations/quiet-logger.mjs).
  logger: { entrypoint: './src/integrations/quiet-logger.mjs' },
  // The content has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    // Astro hashes the scripts and styles it bundles into a <meta> CSP on every page.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: [
          "'self'",
          // Pagefind's search runs as WebAssembly; this allows compiling WebAssembly, not eval().
          "'wasm-unsafe-eval'",
          // No inline event handlers (onclick=…) may run, even if one slips into the HTML.
          { resource: "'none'", kind: 'attribute' },
        ],
      },
    },
  },
});
