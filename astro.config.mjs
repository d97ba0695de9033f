// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

/** Where the site is served from: `/` by default, or e.g. `BASE_PATH=/prep/` for GitHub Pages. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://critical-path.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  integrations: [mdx(), react()],
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
