// The partner apps in test/platforms (React 19, React 18, Vue 3, each with
// Vite): installs each with the packed package, as a partner's agency would,
// type-checks it (types that must reject mistakes included), builds it, then
// clicks through the built app in Chromium to a result and reads the events
// the app heard. Run by `npm run test:platforms`.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createReadStream, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {
  clickThroughToResult,
  eventLog,
  launchChromium,
  pickLanguage,
  tapPhoneLink,
} from './visitor.js';

const apps = [
  {name: 'react19', typecheck: 'tsc', pages: ['', '#bare']},
  {name: 'react18', typecheck: 'tsc', pages: ['']},
  {name: 'vue', typecheck: 'vue-tsc', pages: ['']},
];
const run = (command, args, cwd) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};

/** Serves each app's dist/ folder at /<app>/. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    // The browser asks for one; these apps have none.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const [, app, ...rest] = path.split('/');
    const file = join(root, app, 'dist', rest.join('/') || 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const root = resolve('test/platforms');
let tarball;
let browser;
let server;

before(() => {
  // Built first, so the apps get what `npm publish` would publish.
  run('npm', ['run', 'build']);
  const folder = mkdtempSync(join(tmpdir(), 'iop-pack-'));
  const [{filename}] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder])
  );
  tarball = join(folder, filename);
});
after(async () => {
  await browser?.close();
  server?.close();
  if (tarball) rmSync(resolve(tarball, '..'), {recursive: true, force: true});
});

for (const app of apps) {
  describe(app.name, () => {
    const cwd = join(root, app.name);
    const versions = () => JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));

    test('installs from its lock file and the packed package', () => {
      run('npm', ['ci', '--no-audit', '--no-fund'], cwd);
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], cwd);
    });

    test(`type-checks with ${app.typecheck}, mistakes rejected`, () => {
      run('npx', [app.typecheck, '--noEmit'], cwd);
    });

    test('builds with Vite', () => {
      const output = run('npx', ['vite', 'build'], cwd);
      assert.match(output, /built in/);
    });

    for (const hash of app.pages) {
      test(`reaches a result in Chromium${hash ? ` (${hash})` : ''}, the app hearing the events`, async () => {
        browser ??= await launchChromium();
        server ??= await serve(root);
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        await page.goto(`http://127.0.0.1:${server.address().port}/${app.name}/${hash}`);
        const result = await clickThroughToResult(page);
        assert.match(result.text, /An IOP looks like a good fit/);
        assert.match(result.text, /Sample Recovery Center/);
        assert.equal(result.phoneHref, 'tel:5550100100');
        await tapPhoneLink(page);
        await pickLanguage(page, 'es');
        const heard = await eventLog(page);
        assert.equal(heard[0], 'iop-quiz-start');
        assert.equal(heard.filter((line) => line.startsWith('iop-quiz-answer ')).length, 16);
        assert.ok(heard.includes('iop-quiz-complete iop-fit'), heard.join('\n'));
        assert.deepEqual(heard.slice(-2), ['iop-cta-click phone', 'iop-locale-change es']);
        assert.deepEqual(problems, []);
        await page.close();
        const {dependencies} = versions();
        console.log(
          `  ${app.name}: ${Object.entries(dependencies)
            .map(([n, v]) => `${n} ${v}`)
            .join(', ')}`
        );
      });
    }
  });
}
