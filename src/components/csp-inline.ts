/**
 * The Content-Security-Policy (see `security.csp` in astro.config.mjs) refuses every inline script or `<style>`
 * whose hash is not in the page's policy. A page or layout allows one by passing its text through these functions in
 * its frontmatter (which runs before `<head>` is written, where the policy goes), then rendering exactly the text
 * they return (minified):
 *
 *   const boot = allowInlineScript(Astro, `(${fn.toString()})();`);
 *   <script is:inline set:html={boot} />
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { buildSync, transformSync } from 'esbuild';

type Sha256 = `sha256-${string}`;

/** The part of `Astro` these need: `Astro.csp` is undefined when CSP is off (as in `astro dev`). */
interface CspContext {
  csp: { insertScriptHash: (hash: Sha256) => void; insertStyleHash: (hash: Sha256) => void } | undefined;
}

function sha256(text: string): Sha256 {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** Minifies the script (every byte of a lesson page counts), adds its hash to the page's `script-src` and returns it. */
export function allowInlineScript(astro: CspContext, code: string): string {
  const minified = transformSync(code, { loader: 'js', minify: true, target: 'es2020' }).code.trim();
  astro.csp?.insertScriptHash(sha256(minified));
  return minified;
}

const bundles = new Map<string, string>();

/**
 * Bundles a TypeScript module with what it imports, calls one of its exported functions with `args` (as JSON), adds
 * the script's hash to the page's `script-src` and returns it. For inline boots that share code with the islands.
 * `entry` is relative to the project root, where every build runs.
 */
export function allowInlineBundle(astro: CspContext, entry: string, exportName: string, args: readonly unknown[]): string {
  const call = `${exportName}(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;
  const key = `${entry}\n${call}`;
  let code = bundles.get(key);
  if (code === undefined) {
    const file = resolve(entry);
    const output = buildSync({
      stdin: { contents: `import { ${exportName} } from ${JSON.stringify(`./${file.split('/').pop()}`)};\n${call}`, resolveDir: dirname(file), loader: 'ts' },
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      write: false,
    });
    code = output.outputFiles[0]!.text.trim();
    bundles.set(key, code);
  }
  astro.csp?.insertScriptHash(sha256(code));
  return code;
}

/** Minifies the stylesheet, adds its hash to the page's `style-src` and returns it. */
export function allowInlineStyle(astro: CspContext, css: string): string {
  const minified = transformSync(css, { loader: 'css', minify: true }).code.trim();
  astro.csp?.insertStyleHash(sha256(minified));
  return minified;
}
