import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

const dist = join(import.meta.dirname, '..', '..', 'dist');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('every page carries a Content-Security-Policy that allows only its own hashed inline code', () => {
  const problems: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)].map((match) => match[1] ?? '');
    if (policies.length !== 1) {
      problems.push(`${path}: ${policies.length} policies`);
      continue;
    }
    const directives = new Map(
      policies[0]!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${path}: default-src is not 'self'`);
    if (directives.get('object-src')?.join(' ') !== "'none'") problems.push(`${path}: object-src is not 'none'`);
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name) ?? [];
      if (sources.some((source) => /unsafe-(inline|eval)/.test(source) || /^(https?:|\*)/.test(source))) problems.push(`${path}: ${name} ${sources.join(' ')}`);
    }
    const scripts = directives.get('script-src') ?? [];
    for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (!scripts.includes(sha256(match[1] ?? ''))) problems.push(`${path}: inline script without its hash: ${(match[1] ?? '').slice(0, 60)}`);
    }
    const styles = directives.get('style-src') ?? [];
    for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      if (!styles.includes(sha256(match[1] ?? ''))) problems.push(`${path}: inline style without its hash: ${(match[1] ?? '').slice(0, 60)}`);
    }
    // The policy refuses these outright, so any that appear are broken.
    for (const match of html.matchAll(/<[a-z][^>]*\s(on[a-z]+|style)="/g)) problems.push(`${path}: inline ${match[1]} attribute`);
  }
  expect(problems).toEqual([]);
});
