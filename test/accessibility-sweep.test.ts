/**
 * Scans every state of the widget with axe-core, in every shipped locale in
 * light and in three of them in dark: the explainer (both views), the
 * no-answer message, each question, and each outcome including the crisis screen.
 */
import {expect} from '@open-wc/testing';
import type {AxeResults, RunOptions} from 'axe-core';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {allLocales} from '../src/locales/locale-codes.js';
import {everyOrSome, mountInLocale, visitEveryScreen} from './helpers.js';

declare global {
  interface Window {
    axe: {run(context: Element, options: RunOptions): Promise<AxeResults>; version: string};
  }
}

/**
 * axe results that need a human, and why each is acceptable here. Anything
 * else axe leaves incomplete fails the scan, so a new one must be looked at.
 */
const acceptedIncomplete: Record<string, string> = {
  // None so far: every state of every locale scans with no incomplete result (axe 4.14.1).
};

async function loadAxe() {
  if (window.axe) return;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

const unstuck = new CSSStyleSheet();
unstuck.replaceSync('.bar { position: static !important; }');

const options: RunOptions = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
  resultTypes: ['violations', 'incomplete'],
};

/**
 * Dark mode changes colors, not words: its contrast is the same in every
 * language, so it is scanned in one locale per script and direction.
 */
const darkLocales = ['en', 'ar', 'zh-Hans'];

function scanLocale(locale: string) {
  describe(`accessibility in ${locale}`, function () {
    this.timeout(180000);

    for (const scheme of darkLocales.includes(locale) ? ['light', 'dark'] : ['light']) {
      it(`every state in ${scheme}: no axe violation, nothing unexplained left incomplete`, async () => {
        await loadAxe();
        const found: string[] = [];
        let scanned = 0;
        const accepted = new Set<string>();
        const scan = async (el: IopFitCheck, state: string) => {
          // The sticky crisis line covers whatever scrolls under it, which leaves axe unable
          // to tell those colors: scan with it in the flow, so every color is checked.
          el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, unstuck];
          const results = await window.axe.run(el, options);
          el.shadowRoot!.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets.filter(
            (sheet) => sheet !== unstuck
          );
          scanned++;
          for (const violation of results.violations) {
            const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
            found.push(`${state}: ${violation.id} (${violation.help}) at ${where}`);
          }
          for (const incomplete of results.incomplete) {
            if (incomplete.id in acceptedIncomplete) accepted.add(incomplete.id);
            else
              found.push(
                `${state}: incomplete ${incomplete.id} (${incomplete.help}) at ${incomplete.nodes
                  .map(
                    (node) =>
                      `${node.target.join(' ')}: ${node.any.map((check) => check.message).join('; ')}`
                  )
                  .join(', ')}`
              );
          }
        };
        await visitEveryScreen((view) => mountInLocale(locale, view, {colorScheme: scheme}), scan, {
          questionsOnce: true,
        });
        console.log(
          `axe ${window.axe.version}: ${scanned} states scanned in ${locale}, ${scheme}; accepted incomplete: ${[...accepted].join(', ') || 'none'}`
        );
        expect(found).to.deep.equal([]);
      });
    }
  });
}

// Every locale in Chromium; in Firefox and WebKit a representative set (English,
// a right-to-left language, and a CJK one), as the layouts differ by script, not by language.
for (const locale of everyOrSome(allLocales, ['en', 'ar', 'zh-Hans'])) scanLocale(locale);
