import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS, PAGE_TYPES, formatKb } from '../../src/lib/page-budgets';
import { builtPages } from './site-pages';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * Lesson pages weigh their text plus a shell (head, header, the policy, the inline scripts, islands' markup). The
 * issue's target for the whole page is BUDGETS.lesson.html (10 KB gzipped), which long lessons' own text nearly fills;
 * `npm run audit` reports it. This test holds the line where it can be held in every build: the shell, and a ceiling
 * for the whole page that fails if either grows.
 */
const LESSON_SHELL = 8 * 1024;
const LESSON_PAGE_CEILING = 14 * 1024;

const lessons = builtPages().filter((path) => /^\/learn\/[^/]+\/[^/]+\/$/.test(path));

test('lesson pages stay within their HTML and CSS budgets and load no script', () => {
  expect(lessons.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const path of lessons) {
    const file = join(dist, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    const page = gzipped(file);
    const prose = html.match(/<div class="prose"[\s\S]*?(?=<footer class="lesson__footer")/)?.[0] ?? '';
    const shell = gzipSync(html.replace(prose, '')).length;
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, match) => sum + gzipped(join(dist, match[1]!)), 0);
    if (shell > LESSON_SHELL) problems.push(`${path}: shell ${formatKb(shell)} > ${formatKb(LESSON_SHELL)}`);
    if (page > LESSON_PAGE_CEILING) problems.push(`${path}: page ${formatKb(page)} > ${formatKb(LESSON_PAGE_CEILING)}`);
    if (css > BUDGETS.lesson.css) problems.push(`${path}: CSS ${formatKb(css)} > ${formatKb(BUDGETS.lesson.css)}`);
    if (/<script[^>]*\ssrc=/.test(html) || /<link[^>]*rel="modulepreload"/.test(html)) problems.push(`${path}: loads a script`);
  }
  expect(problems).toEqual([]);
});

test('every other page stays within the HTML budget of its type', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    const kind = PAGE_TYPES.find((type) => type.match.test(path));
    if (!kind || kind.type === 'lesson') continue;
    checked += 1;
    const size = gzipped(join(dist, path, 'index.html'));
    if (size > BUDGETS[kind.type].html) problems.push(`${path} (${kind.type}): ${formatKb(size)} > ${formatKb(BUDGETS[kind.type].html)}`);
  }
  expect(checked).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});
