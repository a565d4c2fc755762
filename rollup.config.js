import {existsSync, readdirSync} from 'node:fs';
import {dirname, resolve as resolvePath} from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import {transform} from 'esbuild';
import terser from '@rollup/plugin-terser';
import {minifyHTMLLiterals} from 'minify-literals';

// A msg() option that only guides translators: it must not ship to visitors.
const translatorNote = /,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g;

/** Drops translator notes and minifies the HTML and CSS inside html`` and css`` templates. */
const compactTemplates = () => ({
  name: 'compact-templates',
  async transform(code, id) {
    if (!id.includes('/src/')) return null;
    const withoutNotes = code.replace(translatorNote, '');
    const minified = await minifyHTMLLiterals(withoutNotes, {fileName: id});
    return {code: minified?.code ?? withoutNotes, map: null};
  },
});

/**
 * Every msg() here has an explicit id, so @lit/localize's id hashing (for
 * messages without one) is never used: ship a stub that says so instead.
 */
const explicitMessageIds = () => ({
  name: 'explicit-message-ids',
  resolveId(source, importer) {
    return source.endsWith('/id-generation.js') && importer?.includes('@lit/localize')
      ? '\0id-generation'
      : null;
  },
  load(id) {
    return id === '\0id-generation'
      ? "export const generateMsgId = () => { throw new Error('<iop-fit-check>: every msg() needs an id'); };"
      : null;
  },
});

/**
 * A locale module only needs @lit/localize's str tag, which builds a plain
 * object; importing the package would also bundle its runtime state. Each
 * locale gets its own copy, so the one rollup pass over every locale makes no
 * shared chunk that a locale file would have to import.
 */
const strTagOnly = () => ({
  name: 'str-tag-only',
  resolveId: (source, importer) => (source === '@lit/localize' ? `\0str-tag:${importer}` : null),
  load: (id) =>
    id.startsWith('\0str-tag:')
      ? 'export const str = (strings, ...values) => ({strTag: true, strings, values});'
      : null,
});

/**
 * TypeScript to JavaScript only: `tsc` checks the types once, before rollup
 * runs (scripts/build.js), so the bundle step does not check them again.
 */
const transpileTypeScript = () => ({
  name: 'transpile-typescript',
  // Sources import each other by their built names (`./x.js`), as tsc wants.
  resolveId(source, importer) {
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js'))
      return null;
    const file = resolvePath(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(file) ? file : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await transform(code, {
      loader: 'ts',
      target: 'es2021',
      sourcefile: id,
      tsconfigRaw: {
        compilerOptions: {experimentalDecorators: true, useDefineForClassFields: false},
      },
    });
    return {code: result.code, map: null};
  },
});

/** The widget's build plugins, also used to bundle the benchmark's floor the same way. */
export const plugins = () => [
  explicitMessageIds(),
  // No "development" export condition, so Lit's production build is bundled.
  resolve({browser: true}),
  transpileTypeScript(),
  compactTemplates(),
  terser({ecma: 2021, module: false, compress: {passes: 3}, format: {comments: false}}),
];

/** The one-file script finds its locale files beside itself, by URL. */
const localeFilesByUrl = () => ({
  name: 'locale-files-by-url',
  resolveId: (source, importer) =>
    source === './locale-files.js' && importer?.includes('/src/')
      ? resolvePath('src/locale-files.script.ts')
      : null,
});

// Each translation is its own small file, fetched only when a visitor needs it.
const locales = readdirSync('src/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'locale-codes.ts')
  .map((file) => file.replace(/\.ts$/, ''));

export default [
  {
    input: 'src/register.ts',
    // An IIFE has no top-level import or export, so the same file runs as a
    // classic script (tag managers) and as a module script.
    output: {file: 'dist/iop-fit-check.js', format: 'iife'},
    plugins: [localeFilesByUrl(), ...plugins()],
  },
  {
    // The embed builder page's script (it bundles the widget for its preview).
    input: 'src/builder/embed-builder.ts',
    output: {file: 'dist/builder.js', format: 'iife'},
    plugins: [localeFilesByUrl(), ...plugins()],
  },
  {
    // The package's module entry, for bundlers: Lit stays a shared dependency,
    // and each locale becomes its own chunk through literal dynamic imports.
    // @lit/localize is bundled: its runtime can be configured once per copy, so
    // sharing it would clash with (or switch the language of) a partner's own app.
    // The React entry (iop-fit-check/react) imports the main entry; React and
    // @lit/react stay the app's own.
    input: {'iop-fit-check': 'src/index.ts', react: 'src/react/index.ts'},
    external: (id) =>
      id === 'lit' ||
      id.startsWith('lit/') ||
      id.startsWith('@lit/reactive-element') ||
      id === 'react' ||
      id === '@lit/react',
    output: {
      dir: 'dist/module',
      format: 'es',
      entryFileNames: '[name].js',
      // Each locale is a chunk of its own; the code both entries share is another.
      chunkFileNames: ({facadeModuleId}) =>
        facadeModuleId?.includes('/src/locales/') ? 'locales/[name].js' : 'shared/[name].js',
    },
    plugins: plugins(),
  },
  {
    input: Object.fromEntries(locales.map((locale) => [locale, `src/locales/${locale}.ts`])),
    output: {dir: 'dist/locales', format: 'es', entryFileNames: '[name].js'},
    plugins: [strTagOnly(), ...plugins()],
  },
];
