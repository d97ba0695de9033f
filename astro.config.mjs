// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { pageEnhancements } from './src/integrations/page-enhancements.ts';
import { exactCsp } from './src/integrations/exact-csp.ts';

/** Where the site is served from: `/` by default, or e.g. `BASE_PATH=/prep/` for GitHub Pages. */
const base = process.env.BASE_PATH || '/';

/** Client directives of our own: see src/directives/. */
const clientDirectives = {
  name: 'critical-path-client-directives',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'idle-if-saved', entrypoint: './src/directives/idle-if-saved.ts' });
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL || 'https://critical-path.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  // Builds of other curricula (CONTENT_ROOT, as `npm run bench` does) keep their content cache apart.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx(), react(), clientDirectives, pageEnhancements(), sitemap(), exactCsp(), serviceWorker()],
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  security: {
    // Astro hashes every script and style it emits; inline scripts add theirs with allowInlineScript
    // (src/components/csp-inline.ts). After the build, each page's policy is narrowed to the inline code it carries
    // (src/integrations/exact-csp.ts).
    // Nothing may load from another origin, and no inline script runs without its hash.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // Code blocks are plain <pre> styled by the theme: Shiki's colours are inline style attributes, which the CSP refuses.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
