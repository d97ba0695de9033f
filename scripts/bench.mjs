#!/usr/bin/env node
// `npm run bench`: how the build and search grow with the curriculum. Generates synthetic curricula of 100, 1,000 and
// 5,000 lessons (valid against src/lib/content-schema.ts, with decks, cases and stories beside them) in a temporary
// folder, builds each with `CONTENT_ROOT=<folder> OUT_DIR=<folder> astro build` from a cold cache, and measures build
// time, peak memory, the search index's size, how long the browser takes to load it and how long queries take.
// Writes the table to docs/bench.md.
//
//   npm run bench                          100, 1,000 and 5,000 lessons
//   npm run bench -- --sizes=100,1000      other sizes
//   npm run bench -- --timeout=40          give up on a build after 40 minutes (default 60)
//   npm run bench -- --no-write            print, do not touch docs/bench.md
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const argValue = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (argValue('sizes') ?? '100,1000,5000').split(',').map(Number);
const timeoutMinutes = Number(argValue('timeout') ?? 60);
const write = !process.argv.includes('--no-write');

// The project's own modules (search engine, track and competency lists), bundled for Node.
const bundled = await build({
  stdin: {
    contents: [
      "export { createSearchEngine } from './src/lib/search-engine.ts';",
      "export { TRACK_IDS } from './src/lib/tracks.ts';",
      "export { COMPETENCY_IDS } from './src/lib/competencies.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const lib = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const { createSearchEngine, TRACK_IDS, COMPETENCY_IDS } = lib;

/** A small deterministic random source, so every run generates the same curriculum. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN = `program milestone dependency critical path risk register launch rollback capacity latency throughput
  cache queue replica shard partition consistency availability incident postmortem stakeholder escalation roadmap
  scope estimate schedule slip float buffer migration cutover canary feature flag deploy pipeline review design
  interview story situation task action result metric budget vendor contract compliance privacy security audit
  retention deletion backlog sprint release train standup status report executive summary trade-off decision owner
  deadline forecast baseline variance readiness checklist runbook alert dashboard service api gateway database index
  storage stream batch kafka consumer producer region failover recovery objective sla slo error burn alignment
  conflict influence authority negotiation priority ambiguity customer trust process improvement hiring loop panel
  behavioral system architecture platform team engineer manager director product quality testing load traffic peak`
  .split(/\s+/)
  .filter(Boolean);

/** A vocabulary with the long tail real prose has: domain words, and invented words that each appear rarely. */
function vocabulary(next) {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'sor', 'vel', 'qui', 'dan', 'por', 'lu', 'xe', 'bri', 'mon', 'tas', 'fel'];
  const invented = new Set();
  while (invented.size < 6000) {
    const length = 2 + Math.floor(next() * 3);
    invented.add(Array.from({ length }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  }
  return [...DOMAIN, ...invented];
}

function generator(seed) {
  const next = random(seed);
  const words = vocabulary(next);
  // Zipf-like: low indexes (the domain words) are common, the invented tail is rare.
  const word = () => words[Math.min(words.length - 1, Math.floor(words.length * next() ** 3))];
  const phrase = (count) => Array.from({ length: count }, word).join(' ');
  const sentence = () => {
    const text = phrase(8 + Math.floor(next() * 14));
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(next() * 3) }, sentence).join(' ');
  return { next, word, phrase, sentence, paragraph };
}

const yamlString = (text) => JSON.stringify(text);

function lessonFile(g, lesson, related) {
  const objectives = Array.from({ length: 3 }, () => `  - ${yamlString(`Explain ${g.phrase(5)}`)}`).join('\n');
  const checks = Array.from(
    { length: 3 },
    () => `<CheckYourself question=${yamlString(`Why does ${g.phrase(4)} matter?`)}>\n\n${g.paragraph()}\n\n</CheckYourself>`,
  ).join('\n\n');
  return `---
id: ${lesson.id}
title: ${yamlString(`Synthetic lesson ${lesson.number}: ${g.phrase(4)}`)}
summary: ${yamlString(`Practise ${g.phrase(8)} in a program setting.`.slice(0, 160))}
track: ${lesson.track}
order: ${lesson.order}
level: core
minutes: 8
objectives:
${objectives}
related: [${related.join(', ')}]
updated: 2026-01-01
---

${g.paragraph()}

${g.paragraph()}

## ${g.phrase(3)}

${g.paragraph()}

| step | owner | outcome |
| --- | --- | --- |
| ${g.phrase(2)} | ${g.word()} | ${g.phrase(4)} |
| ${g.phrase(2)} | ${g.word()} | ${g.phrase(4)} |
| ${g.phrase(2)} | ${g.word()} | ${g.phrase(4)} |

${g.paragraph()}

## Worked example: ${g.phrase(3)}

${g.paragraph()}

- ${g.sentence()}
- ${g.sentence()}
- ${g.sentence()}

${g.paragraph()}

<KeyTakeaways>

- ${g.sentence()}
- ${g.sentence()}
- ${g.sentence()}

</KeyTakeaways>

## In the interview

${g.paragraph()}

## Common pitfalls

- **${g.phrase(3)}.** ${g.sentence()}
- **${g.phrase(3)}.** ${g.sentence()}
- **${g.phrase(3)}.** ${g.sentence()}

## Check yourself

${checks}
`;
}

function caseFile(g, id, related) {
  return `---
id: ${id}
title: ${yamlString(`Synthetic case: ${g.phrase(3)}`)}
kind: program
summary: ${yamlString(`A synthetic case about ${g.phrase(6)}.`)}
level: core
minutes: 45
phases:
  - id: clarify-scope
    title: Clarify scope
    minutes: 10
    prompts: [${yamlString(`What does ${g.phrase(3)} mean here?`)}]
  - id: plan-the-work
    title: Plan the work
    minutes: 20
    prompts: [${yamlString(`Which teams own ${g.phrase(3)}?`)}]
  - id: risks-and-launch
    title: Risks and launch
    minutes: 15
    prompts: [${yamlString(`What could stop ${g.phrase(3)}?`)}]
rubric:
  - id: scoping
    criterion: Scoping
    excellent: ${yamlString(g.sentence())}
  - id: planning
    criterion: Planning
    excellent: ${yamlString(g.sentence())}
  - id: risk
    criterion: Risk
    excellent: ${yamlString(g.sentence())}
related: [${related.join(', ')}]
---

## The brief

${g.paragraph()}

## Constraints

${g.paragraph()}

<Walkthrough>

## Model walkthrough

### Clarify scope

${g.paragraph()}

### Plan the work

${g.paragraph()}

### Risks and launch

${g.paragraph()}

## What separates a strong answer

${g.paragraph()}

</Walkthrough>
`;
}

function storyFile(g, id, index) {
  const long = (count) => yamlString(Array.from({ length: count }, g.sentence).join(' '));
  return `---
id: ${id}
title: ${yamlString(`Synthetic story ${index + 1}: ${g.phrase(3)}`)}
summary: ${yamlString(`A synthetic worked story about ${g.phrase(6)}.`)}
competencies: [${COMPETENCY_IDS[index % COMPETENCY_IDS.length]}]
situation: ${long(3)}
task: ${long(2)}
action: ${long(8)}
result: ${yamlString(`We shipped 2 weeks early and cut ${g.phrase(3)} by 40 percent.`)}
followups: [${yamlString(`What would you change about ${g.phrase(2)}?`)}, ${yamlString(`Who disagreed about ${g.phrase(2)}?`)}]
related: []
---

## Why it works

${g.paragraph()}
`;
}

function deckFile(g, track, lessonIds, deckIndex) {
  const cards = Array.from({ length: 40 }, (_, card) => {
    const lesson = lessonIds.length ? `\n    lesson: ${lessonIds[card % lessonIds.length]}` : '';
    return `  - id: syn-${deckIndex}-card-${card + 1}
    front: ${yamlString(`What is ${g.phrase(4)}?`)}
    back: ${yamlString(g.sentence())}
    tags: [${g.word().replace(/[^a-z0-9]/g, '') || 'tag'}]${lesson}`;
  }).join('\n');
  return `id: syn-deck-${deckIndex}
title: ${yamlString(`Synthetic deck ${deckIndex}`)}
description: ${yamlString(`Forty synthetic cards about ${g.phrase(5)}.`)}
track: ${track}
cards:
${cards}
`;
}

/** Writes a curriculum of `count` lessons spread over the tracks, with 6 decks, 10 cases and 10 stories. */
async function generate(folder, count) {
  const g = generator(count);
  const lessons = Array.from({ length: count }, (_, index) => {
    const track = TRACK_IDS[index % TRACK_IDS.length];
    return { id: `syn-lesson-${index + 1}`, number: index + 1, track, order: Math.floor(index / TRACK_IDS.length) + 1 };
  });
  for (const track of TRACK_IDS) await mkdir(join(folder, 'lessons', track), { recursive: true });
  for (const sub of ['cases', 'stories', 'decks']) await mkdir(join(folder, sub), { recursive: true });
  for (const [index, lesson] of lessons.entries()) {
    const related = index > 2 ? [lessons[index - 1].id, lessons[Math.floor(g.next() * index)].id].filter((id, i, all) => all.indexOf(id) === i) : [];
    await writeFile(join(folder, 'lessons', lesson.track, `${lesson.id}.mdx`), lessonFile(g, lesson, related));
  }
  for (let index = 0; index < 10; index += 1) {
    await writeFile(join(folder, 'cases', `syn-case-${index + 1}.mdx`), caseFile(g, `syn-case-${index + 1}`, [lessons[index % count].id]));
    await writeFile(join(folder, 'stories', `syn-story-${index + 1}.mdx`), storyFile(g, `syn-story-${index + 1}`, index));
  }
  for (const [index, track] of TRACK_IDS.entries()) {
    const ids = lessons.filter((lesson) => lesson.track === track).map((lesson) => lesson.id);
    await writeFile(join(folder, 'decks', `syn-deck-${index + 1}.yaml`), deckFile(g, track, ids, index + 1));
  }
}

/** Runs the build under /usr/bin/time for its peak memory; resolves with wall time and peak RSS, or a timeout. */
function timedBuild(env, log) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const useTime = existsSync('/usr/bin/time');
  const [command, args] = useTime ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build']] : [process.execPath, [astro, 'build']];
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMinutes * 60_000);
    child.on('exit', async (code, signal) => {
      clearTimeout(timer);
      await writeFile(log, output);
      const peakKb = Number(output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? NaN);
      done({ ok: code === 0, signal, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 });
    });
  });
}

const QUERIES = ['dependency', 'critical path', 'rollback plan', 'migr', 'escalaton', 'kafka consumer lag', 'stakeholder risk register', 'zzzz nothing'];

/** The browser's part of search: parse and load the index once, then run queries (never the same twice running). */
async function measureSearch(file) {
  const text = await readFile(file, 'utf8');
  const loadStarted = performance.now();
  const engine = createSearchEngine(JSON.parse(text));
  const loadMs = performance.now() - loadStarted;
  const timings = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of QUERIES) {
      const started = performance.now();
      engine.search(query);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (q) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
  return { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length, loadMs, p50: at(0.5), p95: at(0.95), documents: engine.size };
}

const rows = [];
const work = await mkdtemp(join(tmpdir(), 'critical-path-bench-'));
// Builds go inside the project on purpose: Astro keeps a build's temporary files in its output folder only when that
// folder is under the working directory (otherwise in the shared .astro/), and builds side by side must not collide.
await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
const builds = await mkdtemp(join(root, 'node_modules', '.cache', 'critical-path-bench-'));
console.log(`Working in ${work}`);
try {
  for (const count of sizes) {
    const content = join(work, `content-${count}`);
    const out = join(builds, `dist-${count}`);
    const cache = join(builds, `cache-${count}`);
    process.stdout.write(`${count} lessons: generating… `);
    await generate(content, count);
    process.stdout.write('building… ');
    const result = await timedBuild({ CONTENT_ROOT: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache }, join(tmpdir(), `critical-path-bench-${count}.log`));
    if (!result.ok) {
      const reason = result.signal ? `stopped after ${timeoutMinutes} min` : `failed (see ${join(tmpdir(), `critical-path-bench-${count}.log`)})`;
      console.log(reason);
      rows.push({ count, failed: reason, seconds: result.seconds, peakMb: result.peakMb });
      if (result.signal) break;
      continue;
    }
    const pages = (await readFile(join(out, 'sitemap-0.xml'), 'utf8')).match(/<loc>/g)?.length ?? 0;
    const indexFile = join(out, 'search-index.json');
    const search = existsSync(indexFile) ? await measureSearch(indexFile) : undefined;
    const worker = existsSync(join(out, 'sw.js')) ? (await stat(join(out, 'sw.js'))).size : 0;
    rows.push({ count, pages, ...result, search, worker });
    console.log(`${result.seconds.toFixed(0)} s, ${result.peakMb.toFixed(0)} MB peak${search ? `, index ${(search.bytes / 1048576).toFixed(1)} MB, query p95 ${search.p95.toFixed(1)} ms` : ''}`);
    await rm(out, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
  await rm(builds, { recursive: true, force: true });
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
const first = rows.find((row) => !row.failed);
const built = rows.filter((row) => !row.failed);
/** The cost of each lesson added since the previous size: flat when growth is linear. */
const marginal = (row) => {
  const previous = built[built.indexOf(row) - 1];
  if (!previous) return '';
  return `${(((row.seconds - previous.seconds) * 1000) / (row.count - previous.count)).toFixed(0)} ms, ${(((row.peakMb - previous.peakMb) * 1024) / (row.count - previous.count)).toFixed(0)} KB`;
};
const table = [
  '| lessons | pages | build | peak memory | each added lesson (time, memory) | search index (raw / gzip) | index load | query p50 / p95 | sw.js |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) =>
    row.failed
      ? `| ${row.count.toLocaleString('en-US')} | | ${row.failed} | | ${Number.isNaN(row.peakMb) ? '' : `${row.peakMb.toFixed(0)} MB`} | | | | |`
      : `| ${row.count.toLocaleString('en-US')} | ${row.pages.toLocaleString('en-US')} | ${row.seconds.toFixed(0)} s | ${row.peakMb.toFixed(0)} MB | ${marginal(row)} | ${
          row.search ? `${mb(row.search.bytes)} / ${mb(row.search.gzipBytes)}` : 'no index'
        } | ${row.search ? `${row.search.loadMs.toFixed(0)} ms` : ''} | ${row.search ? `${row.search.p50.toFixed(2)} / ${row.search.p95.toFixed(2)} ms` : ''} | ${mb(row.worker)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const growth = first
  ? `Against ${first.count} lessons: ${built.slice(1).map((row) => `${(row.count / first.count).toFixed(0)}x the lessons took ${(row.seconds / first.seconds).toFixed(1)}x the time and ${(row.peakMb / first.peakMb).toFixed(1)}x the memory`).join('; ')}.`
  : '';
console.log(growth);

if (write) {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const block = `<!-- bench:start -->
Last run: ${new Date().toISOString().slice(0, 10)} on ${machine}. Other work on the machine makes times longer, never
shorter, so they are upper bounds.

${table}

${growth}
<!-- bench:end -->`;
  const docPath = join(root, 'docs', 'bench.md');
  // The text around the results is kept; only the block between the markers is replaced.
  const existing = existsSync(docPath) ? await readFile(docPath, 'utf8') : '';
  const doc = existing.includes('<!-- bench:start -->')
    ? existing.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, block)
    : `# Build and search benchmark\n\nRun \`npm run bench\` (scripts/bench.mjs).\n\n${block}\n`;
  await mkdir(join(root, 'docs'), { recursive: true });
  await writeFile(docPath, doc);
  console.log('docs/bench.md written.');
}
