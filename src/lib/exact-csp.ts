/**
 * Narrows a built page's Content-Security-Policy to the inline code the page really carries. Astro's `security.csp`
 * allows, on every page, the hashes of every client directive and of its island runtime, used or not; a lesson page
 * uses none of them, and each unused hash is 50 incompressible bytes. After this, `script-src` and `style-src` keep
 * their other sources ('self') and list exactly the hashes of the page's inline scripts and styles.
 */
import { createHash } from 'node:crypto';

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => hashOf(match[1] ?? '')))];
}

/** Returns the page with its policy narrowed; throws, naming the page, when it has no policy or more than one. */
export function narrowPolicy(html: string, page: string): string {
  const policies = [...html.matchAll(POLICY)];
  if (policies.length !== 1) throw new Error(`${page}: expected one Content-Security-Policy meta tag, found ${policies.length}.`);
  const exact: Record<string, string[]> = { 'script-src': hashesOf(html, INLINE_SCRIPT), 'style-src': hashesOf(html, INLINE_STYLE) };
  const directives = policies[0]![1]!
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      const hashes = exact[name];
      if (!hashes) return directive;
      return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...hashes].join(' ');
    });
  return html.replace(POLICY, () => `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}
