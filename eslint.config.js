// One lint for the whole tree: TypeScript, Lit templates, their accessibility,
// and custom-element habits. Generated files are left out here, not by comments.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'src/locales/**',
      'dist/**',
      'types/**',
      'custom-elements.json',
      'bench/build/**',
      'bench/node_modules/**',
      'test/bundler-app/dist/**',
      'test/bundler-app/node_modules/**',
      'test/platforms/*/node_modules/**',
      'test/platforms/*/dist/**',
      'wordpress/**/assets/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // Build, test-runner and benchmark scripts run under Node.
    files: ['*.js', '*.mjs', '*.cjs', 'scripts/**', 'bench/*.js', 'test/**/*.js'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // The benchmark's pages share these globals with the code run.js evaluates in them.
    files: ['bench/**'],
    languageOptions: {
      globals: {bench: 'readonly', benchPage: 'readonly', Survey: 'readonly', SurveyUI: 'readonly'},
    },
  },
  {
    files: ['*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
  }
);
