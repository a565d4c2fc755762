import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {reasonIds} from '../src/fit-check/rules.js';
import {reasonText} from '../src/content/result-messages.js';
import {blocksOnScreen, clean, defaultNumbers, mount, visitEveryScreen} from './helpers.js';

/** Every piece of English a visitor can see: every screen of every path, and every reason. */
async function allEnglishText() {
  const blocks = new Set<string>();
  const add = (list: string[]) => list.forEach((block) => blocks.add(block));
  await visitEveryScreen(
    (view) =>
      mount(
        html`<iop-fit-check
          view=${view}
          phone="555 0100"
          insurance-url="https://example.org"
        ></iop-fit-check>`
      ),
    (el) => add(blocksOnScreen(el))
  );
  add(reasonIds.map((reason) => clean(reasonText(reason, defaultNumbers))));
  add(
    reasonIds.map((reason) => clean(reasonText(reason, {...defaultNumbers, isDefault988: false})))
  );
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
