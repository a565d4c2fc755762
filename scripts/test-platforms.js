// Runs the platform tests: the widget inside real host platforms, one step
// each, in order, with each step's time. PLATFORMS=wordpress (comma-separated)
// runs some of them. Add a platform by adding a step.
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nodeTest = (file) => [process.execPath, ['--test', '--test-reporter=spec', file]];

const steps = [
  {
    name: 'apps',
    title: 'React 19, React 18 and Vue 3 apps with Vite (type-check, build, Chromium)',
    run: nodeTest('test/platforms/apps.test.js'),
  },
  {
    name: 'wordpress',
    title: 'WordPress plugin on a real WordPress (Debian, MariaDB, Apache, Chromium)',
    run: nodeTest('test/platforms/wordpress.test.js'),
  },
];

const wanted = process.env.PLATFORMS?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = wanted?.filter((name) => !steps.some((step) => step.name === name)) ?? [];
if (unknown.length) {
  console.error(`PLATFORMS names unknown steps: ${unknown.join(', ')}`);
  process.exit(2);
}

const results = [];
for (const step of steps.filter((entry) => !wanted || wanted.includes(entry.name))) {
  console.log(`\n▶ ${step.title}`);
  const start = Date.now();
  const [command, args] = step.run;
  const {status, signal} = spawnSync(command, args, {cwd: root, stdio: 'inherit'});
  const seconds = (Date.now() - start) / 1000;
  const ok = status === 0;
  results.push({step, ok, seconds});
  console.log(
    `${ok ? '✔' : '✖'} ${step.title}: ${seconds.toFixed(1)} s${ok ? '' : ` (exit ${signal ?? status})`}`
  );
}

console.log('\nPlatform steps:');
for (const {step, ok, seconds} of results) {
  console.log(`  ${ok ? 'passed' : 'FAILED'}  ${seconds.toFixed(1).padStart(6)} s  ${step.name}`);
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
