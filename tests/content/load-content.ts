/**
 * Reads the curriculum straight from `content/` for the content tests, without Astro: the same files the build
 * reads, validated with the same schemas (src/lib/content-schema.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = join(import.meta.dirname, '..', '..');
export const contentDir = join(root, 'content');

export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  /** The file name without extension. */
  slug: string;
  /** The first folder below the collection folder, if any (a lesson's track). */
  folder: string | undefined;
  data: Record<string, unknown>;
  /** The MDX body after the frontmatter; empty for YAML. */
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block at the top`);
  return { data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

export function loadCollection(folder: 'lessons' | 'cases' | 'stories' | 'decks'): SourceFile[] {
  const dir = join(contentDir, folder);
  const extension = folder === 'decks' ? '.yaml' : '.mdx';
  return walk(dir)
    .filter((path) => path.endsWith(extension))
    .sort()
    .map((path) => {
      const file = relative(root, path);
      const text = readFileSync(path, 'utf8');
      const parts = relative(dir, path).split('/');
      const slug = (parts[parts.length - 1] ?? '').replace(/\.(mdx|yaml)$/, '');
      const folderName = parts.length > 1 ? parts[0] : undefined;
      if (folder === 'decks') return { file, slug, folder: folderName, data: parseYaml(text) as Record<string, unknown>, body: '' };
      return { file, slug, folder: folderName, ...splitFrontmatter(text, file) };
    });
}

/** Words a reader reads in an MDX body: tags, SVG drawings and Markdown punctuation removed. */
export function proseWords(body: string): number {
  const text = body
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`|>[\]()-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** The `##` headings of an MDX body, in order. */
export function h2Headings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((match) => (match[1] ?? '').trim());
}

/** The section of a body under a given `##` heading, up to the next `##` heading. */
export function section(body: string, heading: string): string {
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = body.slice(start + heading.length + 5);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}
