/**
 * Where each translation's file comes from in the one-file script build:
 * `locales/<locale>.js` beside the script. In a module script a relative
 * `import()` resolves against the script's URL. A classic script from another
 * origin (a CDN, without `crossorigin`) resolves relative imports against
 * about:blank, so there the URL is made absolute from `document.currentScript`,
 * which only classic scripts have.
 */
import type {LocaleModule} from '@lit/localize';

const classicScript =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

export const loadLocaleFile = (locale: string): Promise<LocaleModule> =>
  import(
    classicScript ? new URL(`./locales/${locale}.js`, classicScript).href : `./locales/${locale}.js`
  );
