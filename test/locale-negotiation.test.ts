import {expect} from '@open-wc/testing';
import {chooseLocale, localeToOffer, matchLocale} from '../src/locale-negotiation.js';

const shipped = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'tl', 'ko', 'ar', 'fa', 'ru', 'ht', 'fr'];

describe('choosing the language', () => {
  const matches: [string, string | undefined][] = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['tl', 'tl'],
    ['fa-IR', 'fa'],
    ['ar-EG', 'ar'],
    ['fr-CA', 'fr'],
    ['ht', 'ht'],
    ['en-GB', 'en'],
    ['de', undefined],
    ['pt-BR', undefined],
    ['', undefined],
    ['klingon', undefined],
  ];
  for (const [tag, expected] of matches) {
    it(`matches "${tag}" to ${expected ?? 'nothing'}`, () => {
      expect(matchLocale(tag, shipped)).to.equal(expected);
    });
  }

  const choices: [string, Parameters<typeof chooseLocale>[0], string][] = [
    [
      'the attribute wins over lang and browser',
      {attribute: 'ko', ancestorLang: 'es', browser: ['ru']},
      'ko',
    ],
    [
      'a shipped ancestor lang wins over the browser',
      {ancestorLang: 'es-419', browser: ['ru']},
      'es',
    ],
    [
      'an unknown attribute falls to the ancestor lang',
      {attribute: 'xx', ancestorLang: 'fr', browser: []},
      'fr',
    ],
    [
      'an unshipped ancestor lang falls to the browser',
      {ancestorLang: 'de', browser: ['de-AT', 'vi-VN']},
      'vi',
    ],
    ['the first shipped browser language', {browser: ['pt', 'zh-TW', 'es']}, 'zh-Hant'],
    ['nothing shipped means English', {ancestorLang: 'de', browser: ['pt-BR', 'ja']}, 'en'],
    ['no hints at all means English', {browser: []}, 'en'],
  ];
  for (const [name, request, expected] of choices) {
    it(name, () => expect(chooseLocale(request, shipped)).to.equal(expected));
  }

  const offers: [string, string, string[], string[], string | undefined][] = [
    [
      'offers the browser language when the page shows another',
      'en',
      ['es-MX', 'en'],
      shipped,
      'es',
    ],
    [
      'offers nothing when the browser prefers what is shown',
      'en',
      ['en-US', 'es'],
      shipped,
      undefined,
    ],
    ['skips browser languages not shipped', 'en', ['de', 'fa-IR'], shipped, 'fa'],
    ['offers only what the locales attribute allows', 'en', ['ko'], ['en', 'es'], undefined],
    ['offers English back to an English reader on a Spanish page', 'es', ['en-US'], shipped, 'en'],
  ];
  for (const [name, shown, browser, offered, expected] of offers) {
    it(name, () => expect(localeToOffer(shown, browser, offered)).to.equal(expected));
  }
});
