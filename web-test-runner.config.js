import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {sendKeysPlugin} from '@web/test-runner-commands/plugins';
import {textChecksPlugin} from './scripts/text-checks-plugin.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Tests import the sources, so Lit runs in dev mode there; the built file is tested for production mode.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60000,
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
      if (/^\/src\/locales\/[\w-]+\.js$/.test(context.path)) context.path = context.path.replace(/\.js$/, '.ts');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}),
    sendKeysPlugin(),
    textChecksPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
