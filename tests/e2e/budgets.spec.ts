import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS, PAGE_TYPES, formatKb } from '../../src/lib/page-budgets';
import { builtPages } from './site-pages';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * Lesson pages weigh their text plus a shell (head, header, the policy, the inline boot, the lesson's header and
 * footer). Every lesson must fit BUDGETS.lesson.html; the shell has its own limit, so that a heavier shell shows up as
 * such rather than as the longest lessons failing one by one.
 */
const LESSON_SHELL = 5 * 1024;

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
    if (page > BUDGETS.lesson.html) problems.push(`${path}: HTML ${formatKb(page)} > ${formatKb(BUDGETS.lesson.html)}: shorten or split the lesson`);
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
