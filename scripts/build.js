// Builds dist/: checks the translations, regenerates the locale modules from
// locales/*.xlf, type-checks, then bundles. Any missing translation or type
// error fails the build.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';

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
// Each locale keeps its glossary's words and leaves no English (locales/glossary/).
run('node', ['scripts/check-terminology.js']);

const localize = run('npx', ['lit-localize', 'build']);
process.stdout.write(localize);
// lit-localize only warns about a missing translation and exits 0.
if (/is missing/.test(localize)) {
  console.error('Build failed: a translation is missing (see above).');
  process.exit(1);
}

// Type errors fail the build; the declarations are the package's types.
rmSync('types', {recursive: true, force: true});
run('npx', ['tsc', '-p', '.', '--emitDeclarationOnly']);
rmSync('dist', {recursive: true, force: true});
process.stdout.write(run('npx', ['rollup', '-c', '--failAfterWarnings']));

// custom-elements.json, from the element's JSDoc (see custom-elements-manifest.config.mjs).
run('npx', ['cem', 'analyze']);

// The embed builder as a static page beside the script, to host anywhere.
writeFileSync(
  'dist/builder.html',
  readFileSync('demo/builder.html', 'utf8').replaceAll('../dist/', './')
);
writeFileSync('dist/builder.css', readFileSync('demo/builder.css'));

// Subresource Integrity for partners who load the script from a CDN.
const integrity = createHash('sha384')
  .update(readFileSync('dist/iop-fit-check.js'))
  .digest('base64');
console.log(`dist/iop-fit-check.js integrity="sha384-${integrity}"`);
