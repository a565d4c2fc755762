/**
 * Tests that need Chromium's DevTools protocol (scripts/devtools-plugin.js) to
 * emulate media a page cannot set for itself: prefers-color-scheme (for
 * color-scheme="auto"), forced colors, and print. They run in Chromium only
 * (web-test-runner.config.js says so in one place).
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {
  $,
  activeIn,
  answer,
  answerAll,
  back,
  click,
  iopFitAnswers,
  mount,
  textOf,
  widgetText,
  color,
  rgb,
} from '../helpers.js';

const shown = (el: Element) =>
  el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';

describe('emulated media (Chromium DevTools protocol)', function () {
  this.timeout(30000);

  it('color-scheme="auto" follows prefers-color-scheme', async () => {
    const el = await mount(html`<iop-fit-check color-scheme="auto"></iop-fit-check>`);
    await executeServerCommand('emulate-media-features', {
      features: [{name: 'prefers-color-scheme', value: 'dark'}],
    });
    expect(color($(el, '.root')!, 'background-color')).to.equal(rgb('#111827'));
    await executeServerCommand('emulate-media-features', {
      features: [{name: 'prefers-color-scheme', value: 'light'}],
    });
    expect(color($(el, '.root')!, 'background-color')).to.equal(rgb('#ffffff'));
    await executeServerCommand('emulate-media-features', {features: []});
  });

  it('in forced-colors mode, the chosen answer and the focus ring stay visible', async () => {
    await executeServerCommand('emulate-media-features', {
      features: [{name: 'forced-colors', value: 'active'}],
    });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
      await answer(el, 'none');
      await back(el);
      const chosen = $(el, '[part~=option][aria-pressed=true]')!;
      const other = $(el, '[part~=option][aria-pressed=false]')!;
      expect(color(chosen, 'outline-style')).to.equal('solid');
      expect(parseFloat(color(chosen, 'outline-width'))).to.be.at.least(2);
      expect(color(other, 'outline-style')).to.equal('none');
      // The system's highlight color, as this page resolves it in forced colors.
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      // A real Tab, so :focus-visible matches as it does for a keyboard visitor.
      chosen.focus();
      await sendKeys({press: 'Tab'});
      const focusedNow = activeIn(el) as HTMLElement;
      expect(focusedNow.matches(':focus-visible'), 'focus ring shown').to.equal(true);
      expect(color(focusedNow, 'outline-style')).to.equal('solid');
      expect(parseFloat(color(focusedNow, 'outline-width'))).to.be.at.least(2);
      expect(
        color(focusedNow, 'outline-color'),
        'the ring takes the system highlight color'
      ).to.equal(highlight);
    } finally {
      await executeServerCommand('emulate-media-features', {features: []});
    }
  });

  it('prints only the summary, with the clinic phone, the outcome, the crisis line and the date', async () => {
    const pageText = document.createElement('p');
    pageText.textContent = 'The partner page around the widget';
    document.body.prepend(pageText);
    const el = await mount(
      html`<iop-fit-check
        view="quiz"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
        insurance-url="https://example.org/insurance"
      ></iop-fit-check>`
    );
    await answerAll(el, iopFitAnswers);
    const ourSheets = () => document.adoptedStyleSheets.length;
    const before = ourSheets();
    // The print dialog cannot open headless: print() fires the events a browser fires around it.
    const realPrint = window.print;
    let printing = false;
    window.print = () => {
      dispatchEvent(new Event('beforeprint'));
      printing = true;
    };
    try {
      await click(el, $(el, '.print'));
      expect(printing, 'print() called').to.equal(true);
      expect(ourSheets()).to.equal(before + 1);
      await executeServerCommand('emulate-media-features', {media: 'print', features: []});
      expect(shown(pageText), 'the rest of the page').to.equal(false);
      expect(shown(el), 'the widget').to.equal(true);
      for (const chrome of ['.languages', '.footer', '.print', '.your-answers button']) {
        const part = $(el, chrome);
        if (part) expect(shown(part), chrome).to.equal(false);
      }
      const summary = widgetText(el);
      expect(summary).to.contain('An IOP looks like a good fit');
      expect(summary).to.contain('(555) 010-0100');
      expect(summary).to.contain('Call 988');
      expect(summary).to.contain('This is not a diagnosis');
      expect(shown($(el, '.print-only')!), 'the date line').to.equal(true);
      expect(textOf($(el, '.print-only'))).to.contain(String(new Date().getFullYear()));
      dispatchEvent(new Event('afterprint'));
      expect(ourSheets()).to.equal(before);
      expect(el.hasAttribute('data-iop-printing')).to.equal(false);
    } finally {
      window.print = realPrint;
      await executeServerCommand('emulate-media-features', {features: []});
    }
    expect(shown(pageText), 'the page after printing').to.equal(true);
    expect(shown($(el, '.print-only')!), 'the date line on screen').to.equal(false);
    pageText.remove();
  });
});
