import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allowInlineBundle, allowInlineScript, allowInlineStyle } from '../../src/components/csp-inline';

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

  it('bundles a module with its imports, calls the named export with the arguments, and hashes the result', () => {
    const folder = mkdtempSync(join(tmpdir(), 'inline-bundle-'));
    writeFileSync(join(folder, 'double.ts'), 'export const double = (n: number): number => n * 2;\n');
    writeFileSync(join(folder, 'boot.ts'), "import { double } from './double';\nexport function boot(options: { n: number }): void {\n  (globalThis as { __boot?: number }).__boot = double(options.n);\n}\n");
    const { astro, scripts } = recorder();
    const code = allowInlineBundle(astro, relative(process.cwd(), join(folder, 'boot.ts')), 'boot', [{ n: 21 }]);
    expect(scripts).toEqual([sha(code)]);
    expect(code).not.toMatch(/\bimport\b/);
    new Function(code)();
    expect((globalThis as { __boot?: number }).__boot).toBe(42);
  });
});
