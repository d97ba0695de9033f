#!/usr/bin/env node
// `npm run audit`: builds the site, serves it on 127.0.0.1 and runs Lighthouse (mobile settings, the system Chromium)
// on one page of every type and on every tool. Prints a table of scores and gzipped sizes, and exits non-zero when a
// score is below its minimum or a page is over its budget (both in src/lib/page-budgets.ts).
//
//   npm run audit                     build into dist/, audit, print the table
//   npm run audit -- --no-build       audit the existing build
//   npm run audit -- --runs=3         run Lighthouse 3 times per page and keep the median performance run
//   npm run audit -- --write          also put the table into README.md ("## Performance and budgets")
//   npm run audit -- --only=lesson    audit only the pages whose label matches (a regular expression)
//   npm run audit -- --cpu=4          force Lighthouse's CPU slowdown instead of calibrating it (see below)
//
// Lighthouse emulates a mid-range phone by slowing the CPU down 4x, a factor meant for a fast desktop host. On a
// slower host that overshoots: a 2-core CI machine slowed 4x is several times slower than the phone. As Lighthouse's
// throttling guide advises, the audit measures the host (Lighthouse's benchmark index) and picks the multiplier that
// brings it to the emulated phone's score (between 1x and 4x); the table says which multiplier was used.
//
// OUT_DIR picks the build folder (default dist); CHROME_PATH the browser (default /usr/bin/chromium). Full Lighthouse
// reports (HTML and JSON) go to critical-path-lighthouse/ in the system's temporary folder.
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { BUDGETS, MIN_SCORES, belowMinimum, formatKb, overBudget, samplePages } from '../src/lib/page-budgets.ts';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? 1);
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Lighthouse's benchmark index of the emulated phone (Moto G Power 2022), as Chrome DevTools' CPU calibration uses. */
const PHONE_BENCHMARK_INDEX = 264;
const forcedCpu = Number(process.argv.find((arg) => arg.startsWith('--cpu='))?.split('=')[1]) || undefined;
const slowdownFor = (index) => Math.min(4, Math.max(1, Math.round((index / PHONE_BENCHMARK_INDEX) * 10) / 10));
const reportDir = join(tmpdir(), 'critical-path-lighthouse');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.split('=')[1];

function run(command, commandArgs, env = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`))));
  });
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function serve(port) {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', outDir, String(port), base], { cwd: root, stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${base}`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  server.kill();
  throw new Error('the static server did not start');
}

async function builtPages(dir) {
  const pages = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) pages.push(...(await builtPages(path)));
    else if (name === 'index.html') pages.push(relative(outDir, dir) ? `/${relative(outDir, dir)}/` : '/');
  }
  return pages;
}

async function gzipped(file) {
  return gzipSync(await readFile(file)).length;
}

/** The gzipped bytes of the page's HTML and of the stylesheets and scripts it requested while loading. */
async function sizes(path, lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const local = (type) =>
    requests
      .filter((item) => item.resourceType === type && item.url.startsWith(`${origin}${base}`))
      .map((item) => join(outDir, new URL(item.url).pathname.slice(base.length)));
  const sum = async (files) => (await Promise.all([...new Set(files)].map(gzipped))).reduce((a, b) => a + b, 0);
  return {
    html: await gzipped(join(outDir, path, 'index.html')),
    css: await sum(local('Stylesheet')),
    js: await sum(local('Script')),
  };
}

/** Audits that cost points, for the report of a page below its minimum. */
function losses(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
}

if (!args.has('--no-build')) await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { OUT_DIR: outDir });

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await serve(port);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
await mkdir(reportDir, { recursive: true });

const rows = [];
let cpuSlowdown = forcedCpu;
let benchmarkIndex;
try {
  const pages = samplePages(await builtPages(outDir)).filter((page) => !only || new RegExp(only).test(page.label));
  if (!pages.length) throw new Error(`no page of the site matches ${only}`);
  const settings = () => ({ ...throttling.mobileSlow4G, ...(cpuSlowdown ? { cpuSlowdownMultiplier: cpuSlowdown } : {}) });
  // A first run warms the server and the browser and measures the host; its results are not kept.
  const warmUp = await lighthouse(`${origin}${base}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'], throttling: settings() });
  benchmarkIndex = Math.round(warmUp?.lhr.environment.benchmarkIndex ?? 0);
  cpuSlowdown ??= slowdownFor(benchmarkIndex);
  console.log(`Host benchmark index ${benchmarkIndex}: CPU slowdown ${cpuSlowdown}x`);
  for (const page of pages) {
    const url = `${origin}${base}${page.path.slice(1)}`;
    const results = [];
    const audit = async () => {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: ['html', 'json'],
        onlyCategories: Object.keys(MIN_SCORES),
        throttling: settings(),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return { ...result, cpu: cpuSlowdown, benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex) };
    };
    for (let attempt = 0; attempt < runs; attempt += 1) {
      let result = await audit();
      // Each run measures the host again; when its load changed enough to make the multiplier wrong by more than a
      // quarter, recalibrate and measure the page again (twice at most).
      for (let retry = 0; !forcedCpu && retry < 2; retry += 1) {
        const right = slowdownFor(result.benchmarkIndex);
        if (Math.abs(right - cpuSlowdown) / right <= 0.25) break;
        cpuSlowdown = right;
        result = await audit();
      }
      results.push(result);
    }
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const { lhr, report, cpu } = results[Math.floor(results.length / 2)];
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const name = join(reportDir, page.label.replace(/[^a-z0-9]+/gi, '-'));
    await mkdir(reportDir, { recursive: true });
    await writeFile(`${name}.html`, report[0]);
    await writeFile(`${name}.json`, report[1]);
    const scores = Object.fromEntries(Object.keys(MIN_SCORES).map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
    const measured = await sizes(page.path, lhr);
    const problems = [...belowMinimum(scores), ...overBudget(measured, BUDGETS[page.type])];
    const why = Object.keys(MIN_SCORES)
      .filter((id) => scores[id] < MIN_SCORES[id])
      .map((id) => `${id}: ${losses(lhr, id).join(', ')}`);
    rows.push({ ...page, scores, measured, budget: BUDGETS[page.type], problems, why, cpu, lcp: lhr.audits['largest-contentful-paint'].numericValue, tbt: lhr.audits['total-blocking-time'].numericValue });
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${page.label} ${page.path} (CPU ${cpu}x) ${problems.join('; ')}`);
    for (const line of why) console.log(`       ${line}`);
  }
} finally {
  chrome.kill();
  server.kill();
}

const size = (measured, budget) => `${formatKb(measured)} / ${formatKb(budget)}`;
const table = [
  '| page | path | perf | a11y | best pr. | SEO | LCP | TBT | CPU | HTML gz / budget | CSS gz / budget | JS gz before interaction / budget | |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((row) =>
    [
      row.label,
      `\`${row.path}\``,
      row.scores.performance,
      row.scores.accessibility,
      row.scores['best-practices'],
      row.scores.seo,
      `${(row.lcp / 1000).toFixed(1)} s`,
      `${Math.round(row.tbt)} ms`,
      `${row.cpu}x`,
      size(row.measured.html, row.budget.html),
      size(row.measured.css, row.budget.css),
      size(row.measured.js, row.budget.js),
      row.problems.length ? `over: ${row.problems.join('; ')}` : 'pass',
    ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
  ),
].join('\n');

const failed = rows.filter((row) => row.problems.length);
console.log(`\n${table}\n`);
console.log(failed.length ? `${failed.length} of ${rows.length} pages miss a minimum or a budget.` : `All ${rows.length} pages pass.`);
console.log(`Lighthouse reports: ${reportDir}`);

if (args.has('--write')) {
  const readmePath = join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- audit:start -->';
  const end = '<!-- audit:end -->';
  const stamp =
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run audit\`: Lighthouse with its mobile defaults, ` +
    `${runs} run${runs === 1 ? '' : 's'} per page (median kept), CPU slowdown calibrated to the host (column CPU; host ` +
    `benchmark index ${benchmarkIndex} at the start); sizes are gzipped bytes.`;
  const block = `${start}\n${stamp}\n\n${table}\n${end}`;
  if (!readme.includes(start)) throw new Error(`README.md has no ${start} … ${end} block to fill`);
  await writeFile(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block));
  console.log('README.md updated.');
}

process.exitCode = failed.length ? 1 : 0;
