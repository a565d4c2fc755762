import {expect} from '@open-wc/testing';
import {$$, describeElement, everyOrSome, mountInLocale, visitEveryScreen} from './helpers.js';

const blocks = 'p, h1, h2, h3, h4, h5, h6, li, button, a';
const rightToLeftScript = /\p{Script=Arabic}/u;

interface Word {
  text: string;
  rect: DOMRect;
}

/** Whether the text node flows in the element's own lines (not in a button or box inside it). */
function inOwnLines(node: Node, el: Element) {
  for (let parent = node.parentElement; parent && parent !== el; parent = parent.parentElement)
    if (getComputedStyle(parent).display !== 'inline') return false;
  return true;
}

/** Each word of the element's own lines as laid out, in reading (logical) order. */
function wordsOf(el: Element): Word[] {
  const words: Word[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!inOwnLines(node, el)) continue;
    for (const match of node.textContent!.matchAll(/[^\s\u2066-\u2069\u200e\u200f]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getClientRects()[0];
      if (rect?.width) words.push({text: match[0], rect});
    }
  }
  return words;
}

const sameLine = (a: Word, b: Word) => Math.abs(a.rect.top - b.rect.top) < a.rect.height / 2;

/** What is wrong with one block's direction, or '' when it reads right to left. */
function directionProblem(el: HTMLElement): string {
  const style = getComputedStyle(el);
  if (style.direction !== 'rtl') return `direction is ${style.direction}`;
  const words = wordsOf(el);
  if (!words.length) return '';
  // Start-aligned text in a right-to-left block begins at its right edge.
  const ownLines = ['block', 'list-item', 'inline-block'].includes(style.display);
  if (ownLines && ['start', 'right'].includes(style.textAlign)) {
    const box = el.getBoundingClientRect();
    const contentRight =
      box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const lineRight = Math.max(
      ...words.filter((w) => sameLine(words[0], w)).map((w) => w.rect.right)
    );
    if (contentRight - lineRight > 2)
      return `its first line ends ${Math.round(contentRight - lineRight)} px short of the right edge`;
  }
  return '';
}

/**
 * Puts a Latin term and a number at the start of the block, as a message that
 * begins with "IOP" or "988" would, and says whether the block flipped.
 */
function flipsWithLeadingLatin(el: HTMLElement): string {
  const lead = document.createTextNode('IOP 988 ');
  el.prepend(lead);
  try {
    const words = wordsOf(el);
    const latin = words[0];
    const firstRtl = words.find((w) => rightToLeftScript.test(w.text) && sameLine(latin, w));
    if (getComputedStyle(el).direction !== 'rtl') return 'direction changed';
    // In a right-to-left block the leading Latin run sits at the right, before the Arabic-script words.
    if (firstRtl && latin.rect.left < firstRtl.rect.left)
      return `"IOP 988" laid out at the left of "${firstRtl.text}"`;
    return directionProblem(el);
  } finally {
    lead.remove();
  }
}

const visible = (el: HTMLElement) => {
  const rect = el.getBoundingClientRect();
  return rect.width > 2 && rect.height > 2 && el.textContent!.trim() !== '';
};

// Both languages in Chromium; Arabic alone in the other engines, to keep the run short.
for (const locale of everyOrSome(['ar', 'fa'], ['ar'])) {
  describe(`${locale}: right to left`, function () {
    this.timeout(120000);

    it('every paragraph, heading, list item and button reads right to left, even when it begins with a Latin term or a number', async () => {
      let checked = 0;
      const problems: string[] = [];
      await visitEveryScreen(
        (view) => mountInLocale(locale, view, {quickExit: true}),
        (el, screen) => {
          for (const block of $$(el, blocks).filter(visible)) {
            if (block.closest('.languages')) continue;
            checked++;
            const problem = directionProblem(block) || flipsWithLeadingLatin(block);
            if (problem) problems.push(`${screen}: ${describeElement(block)}: ${problem}`);
          }
        },
        {questionsOnce: true}
      );
      expect(problems, problems.join('\n')).to.deep.equal([]);
      // Enough blocks were looked at for the sweep to mean something.
      expect(checked).to.be.greaterThan(150);
    });
  });
}
