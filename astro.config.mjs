// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

/** Where the site is served from: `/` by default, or e.g. `BASE_PATH=/prep/` for GitHub Pages. */
const base = process.env.BASE_PATH || '/';

/** Client directives of our own: see src/directives/. */
const clientDirectives = {
  name: 'critical-path-client-directives',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'visible-or-key', entrypoint: './src/directives/visible-or-key.ts' });
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL || 'https://critical-path.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  integrations: [mdx(), react(), clientDirectives],
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
