import {expect, html} from '@open-wc/testing';
import {$, answerAll, click, iopFitAnswers, mount} from './helpers.js';

const shown = (el: Element) =>
  el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';

describe('print or save my result', function () {
  this.timeout(30000);

  const ours = () => document.adoptedStyleSheets.length;
  const resultScreen = async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    await answerAll(el, iopFitAnswers);
    return el;
  };
  /** Replaces print() while `run` runs: the dialog cannot open in a test browser. */
  async function withPrint(fake: () => void, run: () => Promise<void>) {
    const realPrint = window.print;
    window.print = fake;
    try {
      await run();
    } finally {
      window.print = realPrint;
    }
  }

  it('prints the widget alone when the print events fire inside print() (Chromium, Firefox)', async () => {
    const el = await resultScreen();
    const before = ours();
    let during = -1;
    await withPrint(
      () => {
        dispatchEvent(new Event('beforeprint'));
        during = ours();
        expect(el.hasAttribute('data-iop-printing'), 'marked while printing').to.equal(true);
        dispatchEvent(new Event('afterprint'));
      },
      () => click(el, $(el, '.print'))
    );
    expect(during, 'the page sheet is on while printing').to.equal(before + 1);
    expect(ours(), 'and off after').to.equal(before);
    expect(el.hasAttribute('data-iop-printing')).to.equal(false);
  });

  it('prints the widget alone when the print events fire after print() returns (WebKit)', async () => {
    const el = await resultScreen();
    const before = ours();
    await withPrint(
      () => undefined,
      () => click(el, $(el, '.print'))
    );
    // The dialog opens a moment later, as Safari's does.
    await new Promise((resolve) => setTimeout(resolve, 50));
    dispatchEvent(new Event('beforeprint'));
    expect(ours(), 'the page sheet is on while printing').to.equal(before + 1);
    expect(el.hasAttribute('data-iop-printing')).to.equal(true);
    // A long look at the dialog: the sheet stays until the dialog closes.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(ours(), 'still on while the dialog is open').to.equal(before + 1);
    dispatchEvent(new Event('afterprint'));
    expect(ours(), 'off after').to.equal(before);
    expect(el.hasAttribute('data-iop-printing')).to.equal(false);
  });

  it('a print that never opened leaves nothing behind for the next Ctrl+P', async () => {
    const el = await resultScreen();
    const before = ours();
    await withPrint(
      () => undefined,
      () => click(el, $(el, '.print'))
    );
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(ours()).to.equal(before);
    expect(el.hasAttribute('data-iop-printing')).to.equal(false);
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
    // The slot is forwarded through the widget's parts: flatten to the partner's element.
    expect(slot.assignedElements({flatten: true})[0] === details, 'the partner content').to.equal(
      true
    );
    expect(getComputedStyle(details.querySelector('strong')!).fontWeight).to.equal('700');
    await click(el, $(el, '[part~=start]'));
    await answerAll(el, iopFitAnswers);
    const footer = el.querySelector('.footer')!;
    const footerSlot = $<HTMLSlotElement>(el, '[part~=result] slot[name=result-footer]')!;
    expect(footerSlot.assignedElements({flatten: true})[0] === footer, 'the footer').to.equal(true);
    expect(shown(footer)).to.equal(true);
  });
});
