import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {sendKeysPlugin} from '@web/test-runner-commands/plugins';
import {plainLanguagePlugin} from './scripts/plain-language-plugin.js';

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
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}),
    sendKeysPlugin(),
    plainLanguagePlugin(),
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
