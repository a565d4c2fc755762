// Checks what `npm pack` would publish: the script, its locale files, the
// module entry, types, manifest and README, and nothing from test/, demo/ or bench/.
import {execFileSync} from 'node:child_process';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'})
);
const files = pack.files.map((file) => file.path);
const required = [
  'dist/iop-fit-check.js',
  'dist/locales/es.js',
  'dist/module/iop-fit-check.js',
  'dist/module/locales/es.js',
  'dist/module/react.js',
  'types/react/index.d.ts',
  'types/jsx/react.d.ts',
  'types/jsx/vue.d.ts',
  'types/index.d.ts',
  'custom-elements.json',
  'README.md',
  'package.json',
];
const missing = required.filter((file) => !files.includes(file));
const unwanted = files.filter(
  (file) =>
    /^(test|demo|bench|scripts|src|locales|docs)\//.test(file) || file.startsWith('dist/builder')
);
console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed`);
if (missing.length || unwanted.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`should not be in the package: ${unwanted.join(', ')}`);
  process.exit(1);
}
