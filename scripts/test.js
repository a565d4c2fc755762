// Runs the browser tests in every engine this machine has: Chromium, Firefox
// and WebKit. Prints which engines ran and which were not found; with
// REQUIRE_ALL_ENGINES=1 (CI) a missing engine fails the run. Engines run one
// after another, so each engine's time is its own. For WebKitGTK it
// starts what it needs (Xvfb and a window manager when there is no display,
// and WebKitWebDriver), and stops them after. Arguments go to wtr
// (e.g. --files test/fit-check.test.ts).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {findEngines, isChromiumOnly} from './browsers.js';

const engines = findEngines();
const found = engines.filter((engine) => engine.path);
const missing = engines.filter((engine) => !engine.path);
for (const {name, path} of found) console.log(`engine ${name}: ${path}`);
for (const {name} of missing)
  console.log(`engine ${name}: not found (set ${envName(name)} to its path)`);
if (missing.length && process.env.REQUIRE_ALL_ENGINES === '1') {
  console.error(`Missing engines: ${missing.map((engine) => engine.name).join(', ')}.`);
  process.exit(1);
}
if (!found.length) {
  console.error('No browser engine found.');
  process.exit(1);
}

function envName(name) {
  return {chromium: 'CHROMIUM', firefox: 'FIREFOX', webkit: 'WEBKIT_DRIVER'}[name];
}

const helpers = [];
const start = (command, args, env = process.env) => {
  const child = spawn(command, args, {env, stdio: 'ignore'});
  helpers.push(child);
  return child;
};
const stopHelpers = () => helpers.reverse().forEach((child) => child.kill());
process.on('exit', stopHelpers);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Waits until something listens on the port (the driver is up). */
async function waitForPort(port) {
  for (let tries = 0; tries < 100; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then(
      () => true,
      () => false
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKit's driver never answered on port ${port}`);
}

const env = {...process.env};
const webkit = found.find((engine) => engine.name === 'webkit');
if (webkit) {
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    // WebKitGTK has no headless mode: a virtual screen, and a window manager so
    // its window gets focus (without one :focus-visible never matches).
    let display = 90;
    while (existsSync(`/tmp/.X11-unix/X${display}`)) display++;
    start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    env.DISPLAY = `:${display}`;
    for (let tries = 0; tries < 50 && !existsSync(`/tmp/.X11-unix/X${display}`); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    start('openbox', [], env);
  }
  // Without a LANG, navigator.languages in WebKitGTK is ['C'].
  env.LANG ??= 'en_US.UTF-8';
  const port = await freePort();
  start(webkit.path, [`--port=${port}`], env);
  await waitForPort(port);
  env.WEBKIT_DRIVER_PORT = String(port);
}

/** The wtr arguments for one engine: files named on the command line that need Chromium are left out elsewhere. */
function argsFor(engine) {
  const args = process.argv.slice(2);
  if (engine.name === 'chromium' || !args.includes('--files')) return args;
  return args.filter((arg) => !arg.endsWith('.ts') || !isChromiumOnly(arg));
}

const run = (engine) =>
  new Promise((resolve) => {
    const args = argsFor(engine);
    if (process.argv.includes('--files') && !args.some((arg) => arg.endsWith('.ts'))) {
      resolve({name: engine.name, code: 0, seconds: 0, skipped: true});
      return;
    }
    const started = Date.now();
    const wtr = spawn('npx', ['wtr', ...args], {
      env: {...env, IOP_ENGINE: engine.name},
      stdio: 'inherit',
    });
    wtr.on('exit', (code) =>
      resolve({name: engine.name, code, seconds: (Date.now() - started) / 1000})
    );
  });

// One engine after another: two cores are busy enough with one browser.
const results = [];
for (const engine of found) results.push(await run(engine));
stopHelpers();
console.log('\nBrowser tests by engine:');
for (const {name, code, seconds, skipped} of results) {
  const outcome = skipped
    ? 'nothing to run (Chromium-only files)'
    : code === 0
      ? 'passed'
      : 'FAILED';
  console.log(`  ${name.padEnd(9)} ${outcome}${skipped ? '' : ` in ${seconds.toFixed(0)} s`}`);
}
for (const {name} of missing) console.log(`  ${name.padEnd(9)} not run: not found`);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
