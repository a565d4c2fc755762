/**
 * The one module that configures @lit/localize. Its runtime locale is page-wide:
 * every widget on a page shares one language, so the choice is made here.
 * Translations load lazily, each from its own file (see locale-files.ts).
 */
import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale} from './locales/locale-codes.js';
import {loadLocaleFile} from './locale-files.js';
import {chooseLocale} from './locale-negotiation.js';

export const shippedLocales: readonly string[] = allLocales;

export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales: shippedLocales.filter((locale) => locale !== sourceLocale),
  loadLocale: loadLocaleFile,
});

export {sourceLocale};

/** The last `locale` attribute set on any widget, which wins over page and browser hints. */
let attributeLocale: string | undefined;
/** True once the visitor picked a language; their choice then wins over everything. */
let visitorPicked = false;
const failedLocales = new Set<string>();

export const hasVisitorPicked = () => visitorPicked;

/**
 * Shows `locale` on every widget of the page. Resolves to false, and stays in
 * the language shown, when the locale file cannot load (404, offline, CORS).
 */
async function show(locale: string): Promise<boolean> {
  try {
    await setLocale(locale);
    return true;
  } catch (error) {
    if (!failedLocales.has(locale)) {
      failedLocales.add(locale);
      console.warn(
        `<iop-fit-check>: could not load the "${locale}" language file; staying in ${getLocale()}.`,
        error
      );
    }
    return false;
  }
}

/** A widget's `locale` attribute: the last one set wins, with a warning on a conflict. */
export function requestAttributeLocale(locale: string) {
  if (attributeLocale && attributeLocale !== locale) {
    console.warn(
      `<iop-fit-check>: locale="${locale}" replaces locale="${attributeLocale}" for every widget on the page; one page shows one language.`
    );
  }
  attributeLocale = locale;
  return show(locale);
}

/** What the page's `lang` or the browser suggests: used only while nothing stronger was said. */
export function requestSuggestedLocale(locale: string) {
  if (attributeLocale || visitorPicked) return Promise.resolve(false);
  return show(locale);
}

/** The visitor's own choice from the picker or the offer. */
export function pickLocale(locale: string) {
  visitorPicked = true;
  return show(locale);
}

/** The `lang` of the closest ancestor, looking out through any shadow roots around it. */
function nearestLang(start: Element) {
  for (let node: Element | null = start; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return undefined;
}

/** The page's language around `element`, else the browser's: a suggestion, as above. */
export const suggestPageLocale = (element: Element) =>
  requestSuggestedLocale(
    chooseLocale({ancestorLang: nearestLang(element), browser: navigator.languages}, shippedLocales)
  );
