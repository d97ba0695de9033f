import { createHash } from 'node:crypto';
import { allowInlineScript, allowInlineStyle } from '../../src/components/csp-inline';

function recorder() {
  const scripts: string[] = [];
  const styles: string[] = [];
  return {
    scripts,
    styles,
    astro: { csp: { insertScriptHash: (hash: string) => void scripts.push(hash), insertStyleHash: (hash: string) => void styles.push(hash) } },
  };
}

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inline scripts under the Content-Security-Policy', () => {
  it('adds the hash of exactly the code it returns', () => {
    const { astro, scripts } = recorder();
    const code = allowInlineScript(astro, '(function boot(answer) {\n  document.title = String(answer);\n})(42);');
    expect(scripts).toEqual([sha(code)]);
  });

  it('returns minified code that still runs', () => {
    const { astro } = recorder();
    const source = '(function sum(first, second) {\n  globalThis.__sum = first + second;\n})(2, 3);';
    const code = allowInlineScript(astro, source);
    expect(code.length).toBeLessThan(source.length);
    new Function(code)();
    expect((globalThis as { __sum?: number }).__sum).toBe(5);
  });

  it('hashes inline styles the same way', () => {
    const { astro, styles } = recorder();
    const css = allowInlineStyle(astro, '#a:target ~ .b  { display: none; }\n');
    expect(styles).toEqual([sha(css)]);
    expect(css).toBe('#a:target~.b{display:none}');
  });

  it('still returns the code when CSP is off', () => {
    expect(allowInlineScript({ csp: undefined }, 'let x = 1;')).toBe('let x=1;');
  });
});
