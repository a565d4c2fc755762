/**
 * The one module that configures @lit/localize. Its runtime locale is page-wide:
 * every widget on a page shares it.
 *
 * Locale modules load lazily from `./locales/<locale>.js`. In the build this
 * file is bundled into `dist/iop-fit-check.js`, and a relative `import()`
 * resolves against that script's own URL, for classic and module scripts alike.
 */
import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale} from './locales/locale-codes.js';

export type Locale = (typeof allLocales)[number];

export const shippedLocales: readonly string[] = allLocales;

const targetLocales = shippedLocales.filter((locale) => locale !== sourceLocale);

export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale: string) => import(`./locales/${locale}.js`),
});

export {sourceLocale};
