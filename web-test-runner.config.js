import {readFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {textChecksPlugin} from './scripts/text-checks-plugin.js';
import {devtoolsPlugin} from './scripts/devtools-plugin.js';
import {chromiumArgs} from './scripts/chromium.js';
import {chromiumOnlyTests, findEngines} from './scripts/browsers.js';

// One engine per run: scripts/test.js (npm test) runs each engine it finds in
// turn and sets IOP_ENGINE; a bare `npx wtr` runs Chromium.
const engineName = process.env.IOP_ENGINE ?? 'chromium';
const engine = findEngines().find((candidate) => candidate.name === engineName);
if (!engine?.path) throw new Error(`No ${engineName} found (see scripts/browsers.js).`);

const launchers = {
  chromium: () =>
    chromeLauncher({launchOptions: {executablePath: engine.path, args: chromiumArgs}}),
  // puppeteer drives Firefox over WebDriver BiDi.
  firefox: () =>
    puppeteerLauncher({
      // Firefox's first start on a fresh profile was once seen to take over puppeteer's
      // default 30 s on a loaded machine; a slow start should not fail the run.
      launchOptions: {
        browser: 'firefox',
        executablePath: engine.path,
        headless: true,
        timeout: 120000,
      },
    }),
  // WebKitGTK's MiniBrowser (or Safari) through the WebDriver that scripts/test.js started.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        browserName: process.platform === 'darwin' ? 'safari' : 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

export default {
  // The bundler app links the package into its own node_modules: never look in there.
  files: [
    'test/**/*.test.ts',
    '!test/bundler-app/**',
    // The exhaustive checks of the pure modules run once, under Node (npm run test:node).
    '!test/node/**',
    // scripts/browsers.js lists the tests that run in Chromium alone, and why.
    ...(engineName === 'chromium'
      ? []
      : Object.keys(chromiumOnlyTests).map((path) => `!${path}**`)),
  ],
  nodeResolve: true,
  concurrency: 1,
  // Tests import the sources, so Lit runs in dev mode there; the built file is tested for production mode.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 150000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 20000}},
  middleware: [
    function partnerHosting(context, next) {
      // The built files as a CDN serves them, for pages on another origin.
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
      // The script without its locales/ folder beside it, as a broken deploy would be.
      if (context.path === '/no-locales/iop-fit-check.js') context.path = '/dist/iop-fit-check.js';
      // Tests import the TypeScript sources, where the lazy locale import names the built .js file.
      if (/^\/src\/locales\/[\w-]+\.js$/.test(context.path))
        context.path = context.path.replace(/\.js$/, '.ts');
      // A partner page under a strict policy: no inline script or style, no eval.
      if (context.path === '/test/fixtures/csp.html') {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'"
        );
      }
      // Another version of the script, as a second partner's snippet might load.
      if (context.path === '/test/other-version/iop-fit-check.js') {
        context.type = 'text/javascript';
        context.body = readFileSync('dist/iop-fit-check.js', 'utf8').replace(
          'version="1.0.0"',
          'version="9.9.9"'
        );
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}),
    textChecksPlugin(),
    devtoolsPlugin(),
  ],
  browsers: [launchers[engineName]()],
};
