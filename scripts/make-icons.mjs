#!/usr/bin/env node
// Renders the app icons in public/ from public/favicon.svg: icon-192.png and icon-512.png (rounded, for "any"
// purpose) and icon-maskable-512.png (full bleed, the mark inside the maskable safe zone). Run after changing the
// favicon: `node scripts/make-icons.mjs`. Uses sharp, which Astro installs for its image service.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const publicDir = join(import.meta.dirname, '..', 'public');
const favicon = await readFile(join(publicDir, 'favicon.svg'), 'utf8');

// The mark without its rounded tile: everything inside the root <svg> after the first <rect>.
const mark = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const fill = favicon.match(/<rect[^>]*fill="([^"]+)"/)?.[1] ?? '#0a58a8';
// Maskable icons are cropped to a circle of 80% of their width: scale the 32-unit mark to 60% and centre it.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(6.4 6.4) scale(0.6)">${mark}</g></svg>`;

async function render(svg, size, name) {
  const png = await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toBuffer();
  await writeFile(join(publicDir, name), png);
  console.log(`${name}: ${png.length} bytes`);
}

await render(favicon, 192, 'icon-192.png');
await render(favicon, 512, 'icon-512.png');
await render(maskable, 512, 'icon-maskable-512.png');
