import type {CSSResult} from 'lit';
import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {styles as fitCheckStyles} from '../src/iop-fit-check.styles.js';
import {styles as crisisLineStyles} from '../src/crisis-line/iop-crisis-line.styles.js';
import {styles as explainerStyles} from '../src/explainer/iop-explainer.styles.js';
import {styles as checkStyles} from '../src/check/iop-check.styles.js';
import {shippedLocales} from '../src/localization.js';
import {
  $,
  blocksOnScreen,
  answer,
  everyOrSome,
  back,
  markedAnswer,
  questionText,
  clean,
  listen,
  mount,
  textOf,
  visitEveryScreen,
  mountInLocale,
  shows,
  expectFocusOn,
} from './helpers.js';

const targetLocales = shippedLocales.filter((locale) => locale !== 'en');

/** franc's ISO 639-3 codes for each locale's language (it tells Iranian Persian and Dari apart). */
const francCodes: Record<string, string[]> = {
  es: ['spa'],
  'zh-Hans': ['cmn'],
  'zh-Hant': ['cmn'],
  vi: ['vie'],
  tl: ['tgl'],
  ko: ['kor'],
  ar: ['arb'],
  fa: ['pes', 'prs'],
  ru: ['rus'],
  ht: ['hat'],
  fr: ['fra'],
};

// Characters common in this content that differ between the two Chinese scripts.
const simplifiedOnly = /[这们个疗话药时问题医没帮吗现过让还应经愿样说务险护间为难觉继续]/g;
const traditionalOnly = /[這們個療話藥時問題醫沒幫嗎現過讓還應經願樣說務險護間為難覺繼續]/g;

const shownLocale = (el: IopFitCheck) => $(el, '.root')!.getAttribute('lang');
const whenShowing = (el: IopFitCheck, locale: string) =>
  waitUntil(() => shownLocale(el) === locale, `never showed ${locale}`, {timeout: 10000});

async function pick(el: IopFitCheck, locale: string) {
  const select = $<HTMLSelectElement>(el, '[part~=language-picker]')!;
  select.value = locale;
  select.dispatchEvent(new Event('change'));
  await whenShowing(el, locale);
  await el.updateComplete;
}

// Each test sets its own locale attribute, which rightly warns of a conflict.
let restoreWarn: () => void;
before(() => {
  const warn = console.warn;
  console.warn = () => {};
  restoreWarn = () => (console.warn = warn);
});
after(() => restoreWarn());

describe('every shipped locale', function () {
  this.timeout(60000);

  for (const locale of everyOrSome(targetLocales, ['ar', 'zh-Hans', 'ru'])) {
    it(`${locale}: every screen is in ${locale}, with lang, dir and the crisis line`, async () => {
      const texts: string[] = [];
      await visitEveryScreen(
        (view) => mountInLocale(locale, view),
        (el, screen) => {
          const root = $(el, '.root')!;
          expect(root.getAttribute('lang'), screen).to.equal(locale);
          expect(root.getAttribute('dir'), screen).to.equal(
            ['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr'
          );
          const onCrisisResult = screen.startsWith('result crisis');
          const line = onCrisisResult ? '.lead-action' : '[part~=crisis]';
          expect($(el, `${line} a[href="tel:988"]`), screen).to.not.equal(null);
          if (!onCrisisResult)
            expect(textOf($(el, '[part~=crisis] .note')), screen).to.not.equal('');
          texts.push(...blocksOnScreen(el));
        }
      );
      const text = [...new Set(texts)]
        .join('\n')
        .replace(/Sample Recovery Center|IOP|988|911/g, '');
      const language = await executeServerCommand<string, {text: string}>('identify-language', {
        text,
      });
      expect(francCodes[locale]).to.include(language);
      if (locale.startsWith('zh')) {
        const simplified = text.match(simplifiedOnly)?.length ?? 0;
        const traditional = text.match(traditionalOnly)?.length ?? 0;
        if (locale === 'zh-Hans') expect([simplified > 20, traditional]).to.deep.equal([true, 0]);
        else expect([traditional > 20, simplified]).to.deep.equal([true, 0]);
      }
    });
  }

  it('es: the crisis line says 988 answers in Spanish (press 2)', async () => {
    const el = await mount(html`<iop-fit-check locale="es"></iop-fit-check>`);
    await whenShowing(el, 'es');
    expect(textOf($(el, '[part~=crisis] .note')))
      .to.match(/español/i)
      .and.to.contain('2');
  });
});

describe('switching language', function () {
  this.timeout(30000);

  it('offers the browser language in one tap, by its own name, until the visitor picks', async () => {
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', {get: () => ['es-MX', 'en'], configurable: true});
    try {
      const el = await mount(html`<iop-fit-check locale="en"></iop-fit-check>`);
      await whenShowing(el, 'en');
      const offer = $(el, '.offer')!;
      expect(textOf(offer)).to.equal('Español');
      expect(offer.getAttribute('lang')).to.equal('es');
      offer.focus();
      offer.click();
      await whenShowing(el, 'es');
      await el.updateComplete;
      expect(shows(el, '.offer'), '.offer').to.equal(false);
      expectFocusOn(el, '[part~=language-picker]', 'focus moves from the offer to the picker');
    } finally {
      delete (navigator as {languages?: unknown}).languages;
      Object.defineProperty(Navigator.prototype, 'languages', real);
    }
  });

  it('keeps the question and answers, switches every widget, and fires iop-locale-change', async () => {
    const el = await mount(html`<iop-fit-check view="quiz" locale="en"></iop-fit-check>`);
    const other = await mount(html`<iop-fit-check view="explainer"></iop-fit-check>`);
    await whenShowing(el, 'en');
    const heard = listen(document.body, ['iop-locale-change']);
    await answer(el, 'none');
    await answer(el, 'yes');
    await back(el);
    await pick(el, 'es');
    expect(markedAnswer(el)).to.equal('yes');
    expect(questionText(el)).to.match(/^Pregunta 2 /);
    await whenShowing(other, 'es');
    expect(heard.map((e) => e.detail)).to.deep.equal([{locale: 'es'}]);
    expect(textOf($(el, '[aria-live]'))).to.not.equal('');
    await pick(el, 'en');
    expect(textOf($(el, '[aria-live]'))).to.equal('Now showing this in English.');
  });

  it('lists each language by its own name; locales narrows it; hide-language-picker hides it', async () => {
    const full = await mount(html`<iop-fit-check></iop-fit-check>`);
    const names = [...full.shadowRoot!.querySelectorAll('option')].map((o) => clean(o.textContent));
    expect(names).to.include.members([
      'English',
      'Español',
      '简体中文',
      '繁體中文',
      'العربية',
      'فارسی',
      'Kreyòl ayisyen',
    ]);
    expect(names).to.have.length(shippedLocales.length);
    const narrow = await mount(html`<iop-fit-check locales="en es-MX"></iop-fit-check>`);
    expect([...narrow.shadowRoot!.querySelectorAll('option')].map((o) => o.value)).to.deep.equal([
      'en',
      'es',
    ]);
    const hidden = await mount(html`<iop-fit-check hide-language-picker></iop-fit-check>`);
    expect(shows(hidden, '[part~=language-picker]')).to.equal(false);
    expect(shows(hidden, '.offer')).to.equal(false);
  });
});

describe('right to left', function () {
  this.timeout(30000);

  it('ar: Next sits left of Back, and the phone number keeps its written order', async () => {
    const el = await mount(
      html`<iop-fit-check
        locale="ar"
        view="quiz"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
      ></iop-fit-check>`
    );
    await whenShowing(el, 'ar');
    await answer(el, 'none');
    // Right to left: the answer text starts at the right edge, Back sits on the right.
    const option = $(el, '[part~=option]')!;
    expect(getComputedStyle(option).direction).to.equal('rtl');
    const backBox = $(el, '[part~=back]')!.getBoundingClientRect();
    const quizBox = $(el, '[part~=quiz]')!.getBoundingClientRect();
    expect(quizBox.right - backBox.right).to.be.below(quizBox.width / 2 - backBox.width / 2);

    const el2 = await mount(
      html`<iop-fit-check
        locale="ar"
        view="explainer"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
      ></iop-fit-check>`
    );
    const link = $(el2, '[part~=cta] a[href^="tel:555"]')!;
    const textNode = [...link.childNodes].find((n) => n.textContent!.includes('(555'))!;
    const value = textNode.textContent!;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(textNode, offset);
      range.setEnd(textNode, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const open = value.indexOf('(');
    const last = value.lastIndexOf('0100') + 3;
    expect(at(open), 'the "(" stays left of the last digit').to.be.below(at(last));
  });

  it('styles use logical properties only', () => {
    const cssText = [fitCheckStyles, crisisLineStyles, explainerStyles, checkStyles]
      .flat(2)
      .map((sheet) => (sheet as CSSResult).cssText)
      .join('\n');
    const physical = cssText.match(
      /\b(margin|padding|border)-(left|right)\b|[^-]\b(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/g
    );
    expect(physical).to.equal(null);
  });
});
