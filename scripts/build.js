// Builds dist/: checks the translations, regenerates the locale modules from
// locales/*.xlf, type-checks, then bundles. Any missing translation or type
// error fails the build.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';

function run(command, args) {
  try {
    return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
  } catch (error) {
    process.stdout.write(error.stdout ?? '');
    console.error(`Build failed at: ${command} ${args.join(' ')}`);
    process.exit(1);
  }
}

// Every locale complete, its placeholders kept, nothing left in English.
run('node', ['scripts/check-translations.js']);

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
