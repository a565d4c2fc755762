// Builds dist/: regenerates the locale modules from locales/*.xlf, type-checks,
// then bundles. Any missing translation or type error fails the build.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const run = (command, args) =>
  execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});

const localize = run('npx', ['lit-localize', 'build']);
process.stdout.write(localize);
// lit-localize only warns about a missing translation and exits 0.
if (/is missing/.test(localize)) {
  console.error('Build failed: a translation is missing (see above).');
  process.exit(1);
}

run('npx', ['tsc', '--noEmit', '-p', '.']);
rmSync('dist', {recursive: true, force: true});
process.stdout.write(run('npx', ['rollup', '-c', '--failAfterWarnings']));
