// Runs the tests that need no browser (test/node/*.test.ts): type-checks them
// and the fit-check modules (without the DOM library, so those stay DOM-free),
// bundles each test with esbuild into a temporary folder, then runs them with
// Node's own test runner. `node scripts/node-test.js [name-filter]`
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import * as esbuild from 'esbuild';

const folder = 'test/node';
const filter = process.argv[2] ?? '';
const tests = readdirSync(folder)
  .filter((name) => name.endsWith('.test.ts') && name.includes(filter))
  .map((name) => join(folder, name));
if (!tests.length) {
  console.error(`No tests in ${folder} match "${filter}".`);
  process.exit(1);
}

// esbuild only strips types: the type check is what catches a wrong one.
const typeCheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', folder], {
  stdio: 'inherit',
});
if (typeCheck.status !== 0) process.exit(1);

const out = mkdtempSync(join(tmpdir(), 'iop-node-test-'));
let status;
try {
  await esbuild.build({
    entryPoints: tests,
    outdir: out,
    outExtension: {'.js': '.mjs'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const bundles = tests.map((test) => join(out, basename(test, '.ts') + '.mjs'));
  status =
    spawnSync(process.execPath, ['--enable-source-maps', '--test', ...bundles], {stdio: 'inherit'})
      .status ?? 1;
} finally {
  rmSync(out, {recursive: true, force: true});
}
process.exit(status);
