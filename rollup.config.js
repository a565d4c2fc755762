import {readdirSync} from 'node:fs';
import {resolve as resolvePath} from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
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
    return source.endsWith('/id-generation.js') && importer?.includes('@lit/localize') ? '\0id-generation' : null;
  },
  load(id) {
    return id === '\0id-generation'
      ? "export const generateMsgId = () => { throw new Error('<iop-fit-check>: every msg() needs an id'); };"
      : null;
  },
});

/**
 * A locale module only needs @lit/localize's str tag, which builds a plain
 * object; importing the package would also bundle its runtime state.
 */
const strTagOnly = () => ({
  name: 'str-tag-only',
  resolveId: (source) => (source === '@lit/localize' ? '\0str-tag' : null),
  load: (id) =>
    id === '\0str-tag' ? 'export const str = (strings, ...values) => ({strTag: true, strings, values});' : null,
});

/** The widget's build plugins, also used to bundle the benchmark's floor the same way. */
export const plugins = () => [
  explicitMessageIds(),
  // No "development" export condition, so Lit's production build is bundled.
  resolve({browser: true}),
  typescript({tsconfig: './tsconfig.json', declaration: false, outDir: undefined, noEmitOnError: true}),
  compactTemplates(),
  terser({ecma: 2021, module: false, compress: {passes: 3}, format: {comments: false}}),
];

/** The one-file script finds its locale files beside itself, by URL. */
const localeFilesByUrl = () => ({
  name: 'locale-files-by-url',
  resolveId: (source, importer) =>
    source === './locale-files.js' && importer?.includes('/src/') ? resolvePath('src/locale-files.script.ts') : null,
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
    input: 'src/index.ts',
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/reactive-element'),
    output: {dir: 'dist/module', format: 'es', entryFileNames: 'iop-fit-check.js', chunkFileNames: 'locales/[name].js'},
    plugins: plugins(),
  },
  ...locales.map((locale) => ({
    input: `src/locales/${locale}.ts`,
    output: {file: `dist/locales/${locale}.js`, format: 'es'},
    plugins: [strTagOnly(), ...plugins()],
  })),
];
