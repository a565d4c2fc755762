// The benchmark: the floor, iop-fit-check and the SurveyJS peer, served on
// localhost and measured in headless Chromium, alternating pages, each run in a
// fresh browser context, at CPU throttling 1x and 4x. Prints a table and writes
// RESULTS.md. Run from the repository root with `npm run bench`.
import {createServer} from 'node:http';
import {readFileSync, writeFileSync, mkdirSync, existsSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import {cpus, totalmem, platform, release} from 'node:os';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import puppeteer from 'puppeteer-core';
import {plugins as widgetPlugins} from '../rollup.config.js';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.js';

const repo = resolve(import.meta.dirname, '..');
const here = import.meta.dirname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const THROTTLES = [1, 4];
const VIEWPORT = {width: 412, height: 915};

/** The answers that lead to the iop-fit result past all sixteen questions, in order. */
const path = [
  ['safety', 'none'],
  ['daily-use', 'no'],
  ['past-withdrawal', 'no'],
  ['withdrawal-now', 'no'],
  ['opioids', 'no'],
  ['overdose', 'no'],
  ['physical-health', 'no'],
  ['mental-health', 'ok'],
  ['care-before', 'weekly'],
  ['care-result', 'helped'],
  ['home', 'safe'],
  ['support', 'some'],
  ['coping', 'some'],
  ['time', 'yes'],
  ['life-impact', 'sometimes'],
  ['pregnancy', 'no'],
];

const pages = {
  floor: {js: ['bench/build/floor.js'], css: []},
  'iop-fit-check': {js: ['dist/iop-fit-check.js'], css: []},
  peer: {
    js: [
      'bench/node_modules/survey-core/survey.core.min.js',
      'bench/node_modules/survey-js-ui/survey-js-ui.min.js',
      'bench/pages/peer-start.js',
    ],
    css: ['bench/node_modules/survey-core/survey-core.min.css'],
  },
};
const pageFile = {floor: 'floor', 'iop-fit-check': 'widget', peer: 'peer'};

/** Bundles a bench entry with the widget's own build plugins (the floor is "bundled the same way"). */
async function bundle(input, file, format) {
  const build = await rollup({input, plugins: widgetPlugins(), onwarn: () => {}});
  await build.write({file, format, inlineDynamicImports: true});
}

function serve() {
  const types = {
    '.js': 'text/javascript',
    '.html': 'text/html',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = join(repo, path);
    if (!file.startsWith(repo) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function bytes(files) {
  const all = Buffer.concat(files.map((f) => readFileSync(join(repo, f))));
  return {
    raw: all.length,
    gzip: gzipSync(all, {level: 9}).length,
    brotli: brotliCompressSync(all, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

async function measure(browser, origin, name, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  await page.goto(`${origin}/bench/pages/${pageFile[name]}.html`, {waitUntil: 'load'});
  const first = await page.evaluate(async () => {
    const {paint, dom} = await bench.firstQuestion;
    const arrival = bench.arrival();
    return {dom: dom - arrival, paint: paint - arrival};
  });
  // Let late layout shifts land before reading them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  await cdp.send('HeapProfiler.collectGarbage');
  const heapRender = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const nodes = (await cdp.send('Memory.getDOMCounters')).nodes;
  const cls = await page.evaluate(() => bench.cls);
  const answers = await page.evaluate((p) => bench.answerAll(p), path);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapResult = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const longTasks = await page.evaluate(() => bench.longTasks.filter((d) => d > 50).length);
  await context.close();
  return {
    firstDom: first.dom,
    firstPaint: first.paint,
    answers,
    heapRender,
    heapResult,
    nodes,
    cls,
    longTasks,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  mkdirSync(join(here, 'build'), {recursive: true});
  if (!existsSync(join(repo, 'dist/iop-fit-check.js')))
    throw new Error('Build the widget first: npm run build');
  await bundle(join(here, 'src/floor.ts'), join(here, 'build/floor.js'), 'iife');
  await bundle(join(here, 'src/content.ts'), join(here, 'build/content.js'), 'iife');

  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
  const version = await browser.version();

  // The peer's questions come from our own data and messages, rendered in a browser once.
  writeFileSync(
    join(here, 'build/extract.html'),
    '<!doctype html><script src="/bench/build/content.js"></script>'
  );
  const extract = await browser.newPage();
  await extract.goto(`${origin}/bench/build/extract.html`);
  const json = await extract.evaluate(() => JSON.stringify(window.surveyJson()));
  await extract.close();
  writeFileSync(join(here, 'build/peer-data.js'), `window.surveyJson = ${json};\n`);

  const names = Object.keys(pages);
  const results = {};
  for (const throttle of THROTTLES) {
    results[throttle] = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so no page always goes first.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const name of order)
        results[throttle][name].push(await measure(browser, origin, name, throttle));
      process.stdout.write(`\r${throttle}x: ${run + 1}/${RUNS} paired runs`);
    }
    process.stdout.write('\n');
  }
  await browser.close();
  server.close();

  const sizes = Object.fromEntries(
    names.map((n) => [n, {js: bytes(pages[n].js), css: bytes(pages[n].css)}])
  );
  const report = format(results, sizes, version);
  console.log(report);
  writeFileSync(join(here, 'RESULTS.md'), report);
}

function format(results, sizes, version) {
  const names = Object.keys(pages);
  const kb = (n) => (n / 1024).toFixed(1);
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0].model.trim()} (${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}), headless ${version}, ` +
      `viewport ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} paired runs per page and throttle, pages alternated, ` +
      'each run in a fresh browser context. Times are medians (min–max) in ms; ratios are medians of paired ratios to the floor.',
    ''
  );
  lines.push(
    '## Bytes',
    '',
    '| page | JS raw | JS gzip | JS brotli | CSS raw | CSS gzip | CSS brotli | total gzip vs floor |',
    '|---|---|---|---|---|---|---|---|'
  );
  const floorTotal = sizes.floor.js.gzip + sizes.floor.css.gzip;
  for (const n of names) {
    const {js, css} = sizes[n];
    lines.push(
      `| ${n} | ${kb(js.raw)} KB | ${kb(js.gzip)} KB | ${kb(js.brotli)} KB | ${kb(css.raw)} KB | ${kb(css.gzip)} KB | ${kb(css.brotli)} KB | ${((js.gzip + css.gzip) / floorTotal).toFixed(2)}× |`
    );
  }
  const metrics = [
    ['firstDom', 'script arrival → first question in DOM (ms)'],
    ['firstPaint', 'script arrival → first question painted (ms)'],
    ['answers', `answer all ${path.length} questions → result (ms)`],
    ['heapRender', 'JS heap after render, after GC (KB)'],
    ['heapResult', 'JS heap after result, after GC (KB)'],
    ['nodes', 'DOM nodes after render'],
    ['cls', 'cumulative layout shift'],
    ['longTasks', 'long tasks over 50 ms'],
  ];
  for (const throttle of Object.keys(results)) {
    lines.push(
      '',
      `## CPU throttling ${throttle}×`,
      '',
      `| metric | ${names.join(' | ')} |`,
      `|---|${names.map(() => '---').join('|')}|`
    );
    for (const [key, label] of metrics) {
      const cells = names.map((n) => {
        const values = results[throttle][n].map((r) =>
          key.startsWith('heap') ? r[key] / 1024 : r[key]
        );
        const digits = key === 'cls' ? 3 : 0;
        const cell = `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
        if (n === 'floor' || key === 'cls' || key === 'longTasks') return cell;
        const ratios = results[throttle][n].map((r, i) => r[key] / results[throttle].floor[i][key]);
        return `${cell}, ${median(ratios).toFixed(2)}×`;
      });
      lines.push(`| ${label} | ${cells.join(' | ')} |`);
    }
  }
  lines.push(
    '',
    "Notes: the floor is a bare Lit element bundled with the widget's own build, showing the same first-screen text (intro, question heading, hint) and the same answer buttons, " +
      'with no styles, no crisis line and no rules: one tap steps it through as many screens as the widget asks on this path (16) to a plain result text. ' +
      'iop-fit-check runs in `view="quiz"` (intro and first question) with the documented reserve-space rule. ' +
      'The peer is SurveyJS (survey-core and survey-js-ui 2.5.38, their prebuilt files and default theme) showing the same explainer and questions, one per page.',
    ''
  );
  return lines.join('\n');
}

await main();
