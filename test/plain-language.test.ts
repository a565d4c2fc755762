import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {reasonIds} from '../src/fit-check/decide.js';
import {reasonText} from '../src/content/result-messages.js';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {$, choose, click, clean, mount, next, pathTo, root} from './helpers.js';

const blockSelector = 'h1, h2, h3, h4, h5, h6, p, li, .step, .ask, label, button, a';

/** The text of each heading, question, option, list item and paragraph on screen. */
function blocksOnScreen(el: IopFitCheck): string[] {
  const groups = new Map<Element, string>();
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(blockSelector);
    if (block) groups.set(block, (groups.get(block) ?? '') + node.textContent);
  }
  return [...groups.values()].map(clean).filter(Boolean);
}

/** Every piece of English a visitor can see: every screen of every path, and every reason. */
async function allEnglishText() {
  const blocks = new Set<string>();
  const add = (list: string[]) => list.forEach((block) => blocks.add(block));
  add(blocksOnScreen(await mount(html`<iop-fit-check view="explainer" phone="555 0100"
    insurance-url="https://example.org"></iop-fit-check>`)));
  for (const path of Object.values(pathTo)) {
    const el = await mount();
    add(blocksOnScreen(el));
    await click(el, $(el, '[part~=start]'));
    await next(el);
    add(blocksOnScreen(el));
    while (!$(el, '[part~=result]')) {
      const id = $<HTMLInputElement>(el, 'input')!.name as keyof typeof path;
      await choose(el, path[id]);
      add(blocksOnScreen(el));
      await next(el);
    }
    add(blocksOnScreen(el));
  }
  add(reasonIds.map(reasonText));
  return [...blocks];
}

describe('plain language in English', function () {
  this.timeout(60000);
  let blocks: string[];
  before(async () => {
    blocks = await allEnglishText();
  });

  it('reads at Flesch–Kincaid grade 7 or below', async () => {
    const result = await executeServerCommand<{grade: number; words: number}, {blocks: string[]}>(
      'plain-language-grade',
      {blocks}
    );
    console.log(`Flesch–Kincaid grade ${result!.grade.toFixed(2)} over ${result!.words} words`);
    expect(result!.words).to.be.above(800);
    expect(result!.grade).to.be.at.most(7);
  });

  it('uses no stigmatizing words', () => {
    const stigma = /\b(addicts?|abusers?|clean|dirty|junkies?|alcoholics?|substance abuse)\b/i;
    const found = blocks.filter((block) => stigma.test(block));
    expect(found).to.deep.equal([]);
  });

  it('never names ASAM to visitors', () => {
    expect(blocks.filter((block) => /\bASAM\b/.test(block))).to.deep.equal([]);
  });
});
