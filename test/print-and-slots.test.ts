import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {$, answerAll, click, iopFitAnswers, mount, textOf} from './helpers.js';

const shown = (el: Element) =>
  el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';

describe('print or save my result', function () {
  this.timeout(30000);

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
      for (const chrome of ['.languages', '.nav', 'progress', '.about']) {
        const part = $(el, chrome);
        if (part) expect(shown(part), chrome).to.equal(false);
      }
      const summary = textOf($(el, '.root'));
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

  it('a print that never opened leaves nothing behind for the next Ctrl+P', async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    await answerAll(el, iopFitAnswers);
    const realPrint = window.print;
    window.print = () => {};
    try {
      await click(el, $(el, '.print'));
    } finally {
      window.print = realPrint;
    }
    const before = document.adoptedStyleSheets.length;
    dispatchEvent(new Event('beforeprint'));
    expect(document.adoptedStyleSheets.length).to.equal(before);
    dispatchEvent(new Event('afterprint'));
  });
});

describe("slots for the partner's own content", () => {
  it('program-details shows in the explainer and result-footer under the result, unescaped and unstyled by us', async () => {
    const el = await mount(
      html`<iop-fit-check>
        <div slot="program-details">
          <strong class="mine">Evening groups</strong> in Springfield
        </div>
        <p slot="result-footer" class="footer">Open 8 am to 8 pm</p>
      </iop-fit-check>`
    );
    const details = el.querySelector('[slot=program-details]')!;
    expect(details.querySelector('strong.mine')).to.not.equal(null);
    expect(shown(details)).to.equal(true);
    const slot = $<HTMLSlotElement>(el, '[part~=explainer] slot[name=program-details]')!;
    expect(slot.assignedElements()).to.deep.equal([details]);
    expect(getComputedStyle(details.querySelector('strong')!).fontWeight).to.equal('700');
    await click(el, $(el, '[part~=start]'));
    await answerAll(el, iopFitAnswers);
    const footer = el.querySelector('.footer')!;
    expect(
      $<HTMLSlotElement>(el, '[part~=result] slot[name=result-footer]')!.assignedElements()
    ).to.deep.equal([footer]);
    expect(shown(footer)).to.equal(true);
  });
});
