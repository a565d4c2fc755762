import {expect} from '@open-wc/testing';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {$, $$, currentQuestionId, iopFitAnswers, openFrame, shadowRoots, tap} from './helpers.js';

const hosts = ['bootstrap', 'tailwind', 'root62', 'aggressive'];

/** Every text node's font size, and the smallest. */
function smallestText(el: IopFitCheck) {
  let smallest = Infinity;
  for (const shadow of shadowRoots(el)) {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || parent.closest('.visually-hidden')) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
  }
  return smallest;
}

function expectVisible(el: IopFitCheck, selector: string, where: string) {
  const targets = $$(el, selector);
  expect(targets.length, `${selector} on ${where}`).to.be.above(0);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    expect(box.width * box.height, `${selector} size on ${where}`).to.be.above(0);
    expect(getComputedStyle(target).visibility, where).to.equal('visible');
  }
}

describe('on partner pages with their own CSS, at 390 px wide', function () {
  this.timeout(60000);

  for (const host of hosts) {
    it(`${host}: renders, readable, tappable, no sideways scroll, and a full run completes`, async () => {
      const {frame, doc, widget} = await openFrame(
        `/test/fixtures/hosts/host-page.html?theme=${host}`,
        390
      );
      const noSidewaysScroll = (where: string) => {
        // The aggressive page's own nowrap text overflows by itself; elsewhere nothing may.
        if (host !== 'aggressive')
          expect(doc.documentElement.scrollWidth, `page on ${where}`).to.be.at.most(390);
        expect(widget.getBoundingClientRect().right, `widget edge on ${where}`).to.be.at.most(
          doc.documentElement.clientWidth
        );
        const inner = $(widget, '.root')!;
        expect(inner.scrollWidth, `widget on ${where}`).to.be.at.most(inner.clientWidth);
      };
      expect(widget.getBoundingClientRect().height).to.be.above(200);
      expect(smallestText(widget)).to.be.at.least(14);
      expectVisible(widget, '[part~=start], [part~=language-picker]', 'explainer');
      noSidewaysScroll('explainer');
      await tap(widget, $(widget, '[part~=start]'));
      while (!$(widget, '[part~=result]')) {
        const id = currentQuestionId(widget) as keyof typeof iopFitAnswers;
        expectVisible(widget, '[part~=option]', id);
        expect(smallestText(widget), id).to.be.at.least(14);
        noSidewaysScroll(id);
        // A visitor reads before tapping: taps in the first moment of a screen are ignored.
        await new Promise((resolve) => setTimeout(resolve, 420));
        await tap(widget, $(widget, `[part~=option][data-value="${iopFitAnswers[id]}"]`));
      }
      expect($(widget, '[part~=result]')!.getAttribute('data-outcome')).to.equal('iop-fit');
      expect(smallestText(widget)).to.be.at.least(14);
      noSidewaysScroll('result');
      frame.remove();
    });
  }

  it('works from 280 px wide', async () => {
    const {frame, widget} = await openFrame(
      '/test/fixtures/hosts/host-page.html?theme=bootstrap',
      280
    );
    const inner = $(widget, '.root')!;
    expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
    await tap(widget, $(widget, '[part~=start]'));
    expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
    frame.remove();
  });
});
