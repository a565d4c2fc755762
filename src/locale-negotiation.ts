/**
 * Picks the language to show from what the page and the browser ask for.
 * Pure: the element passes in the attribute, the nearest `lang` and
 * `navigator.languages`.
 */

/** Each shipped language's name in that language, for the picker and the offer. */
export const endonyms: Record<string, string> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  ar: 'العربية',
  fa: 'فارسی',
  ru: 'Русский',
  ht: 'Kreyòl ayisyen',
  fr: 'Français',
};

export const rightToLeft = new Set(['ar', 'fa']);

/** The `dir` a shipped locale's text is laid out in. */
export const textDirection = (locale: string) => (rightToLeft.has(locale) ? 'rtl' : 'ltr');

/** The shipped locale that serves a BCP 47 tag, if any: `es-MX`→`es`, `zh-TW`→`zh-Hant`, `fil`→`tl`. */
export function matchLocale(tag: string | null | undefined, shipped: readonly string[]) {
  const lower = tag?.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  const exact = shipped.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split('-');
  let wanted = language;
  if (language === 'zh') {
    const traditional =
      rest.includes('hant') ||
      (!rest.includes('hans') && rest.some((s) => ['tw', 'hk', 'mo'].includes(s)));
    wanted = traditional ? 'zh-hant' : 'zh-hans';
  } else if (language === 'fil') {
    wanted = 'tl';
  }
  return shipped.find((locale) => locale.toLowerCase() === wanted);
}

export interface LocaleRequest {
  /** The widget's `locale` attribute. */
  attribute?: string | null;
  /** The `lang` of the nearest ancestor that has one. */
  ancestorLang?: string | null;
  /** `navigator.languages`. */
  browser: readonly string[];
}

/** The attribute wins, then the nearest `lang`, then the browser; anything not shipped is `en`. */
export function chooseLocale(request: LocaleRequest, shipped: readonly string[]): string {
  const fromBrowser = request.browser.map((tag) => matchLocale(tag, shipped)).find(Boolean);
  return (
    matchLocale(request.attribute, shipped) ??
    matchLocale(request.ancestorLang, shipped) ??
    fromBrowser ??
    'en'
  );
}

/** The browser's first shipped language, when it is not the one shown and may be offered. */
export function localeToOffer(
  shown: string,
  browser: readonly string[],
  offered: readonly string[]
) {
  const preferred = browser.map((tag) => matchLocale(tag, offered)).find(Boolean);
  return preferred && preferred !== shown ? preferred : undefined;
}
