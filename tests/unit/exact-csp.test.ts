import { createHash } from 'node:crypto';
import { narrowPolicy } from '../../src/lib/exact-csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const policy = (content: string) => `<meta http-equiv="content-security-policy" content="${content}">`;

describe("narrowing a page's Content-Security-Policy to its own inline code", () => {
  const unused = `'sha256-${'A'.repeat(43)}='`;
  const page = (scripts: string[], styles: string[] = []) =>
    `<html><head>${policy(`default-src 'self';object-src 'none'; script-src 'self' ${unused}; style-src 'self' ${unused}`)}` +
    `${styles.map((css) => `<style>${css}</style>`).join('')}</head><body>` +
    `${scripts.map((code) => `<script>${code}</script>`).join('')}<script type="module" src="/_astro/a.js"></script></body></html>`;

  it('lists exactly the hashes of the inline scripts and styles, once each, and keeps the other sources', () => {
    const html = narrowPolicy(page(['boot()', 'theme()', 'boot()'], ['a{color:red}']), 'learn/raci/index.html');
    const content = /content="([^"]*)"/.exec(html)![1]!;
    expect(content).toBe(`default-src 'self'; object-src 'none'; script-src 'self' ${sha('boot()')} ${sha('theme()')}; style-src 'self' ${sha('a{color:red}')}`);
  });

  it('leaves a page with no inline code only its own origin', () => {
    const content = /content="([^"]*)"/.exec(narrowPolicy(page([]), 'x'))![1]!;
    expect(content).toContain("script-src 'self';");
    expect(content).not.toContain('sha256');
  });

  it('changes nothing else in the page', () => {
    const before = page(['boot()']);
    const after = narrowPolicy(before, 'x');
    expect(after.replace(/<meta[^>]*>/, '')).toBe(before.replace(/<meta[^>]*>/, ''));
  });

  it('names the page that has no policy, or two', () => {
    expect(() => narrowPolicy('<html></html>', 'learn/raci/index.html')).toThrow('learn/raci/index.html: expected one Content-Security-Policy meta tag, found 0.');
    expect(() => narrowPolicy(policy('a') + policy('b'), 'p.html')).toThrow(/found 2/);
  });
});
