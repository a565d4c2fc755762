/**
 * Where each translation's module comes from, for bundler users of the
 * package's module entry: literal imports, so any bundler splits each locale
 * into its own chunk. (The one-file script build swaps in locale-files.script.ts.)
 */
import type {targetLocales} from './locales/locale-codes.js';
import type {LocaleModule} from '@lit/localize';

const files: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  es: () => import('./locales/es.js'),
  fa: () => import('./locales/fa.js'),
  fr: () => import('./locales/fr.js'),
  ht: () => import('./locales/ht.js'),
  ko: () => import('./locales/ko.js'),
  ru: () => import('./locales/ru.js'),
  tl: () => import('./locales/tl.js'),
  vi: () => import('./locales/vi.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
};

export const loadLocaleFile = (locale: string) => files[locale as keyof typeof files]();
