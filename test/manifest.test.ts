import {expect} from '@open-wc/testing';
import type {IopEvents, IopFitCheckAttributes} from '../src/jsx/attributes.js';

/** The public contract from DESIGN.md: what partners and their tools depend on. */
const contract = {
  attributes: [
    'locale',
    'center-name',
    'phone',
    'insurance-url',
    'view',
    'crisis-phone',
    'emergency-phone',
    'helpline-phone',
    'locales',
    'hide-language-picker',
    'color-scheme',
    'heading-level',
    'quick-exit',
    'quick-exit-url',
  ],
  events: [
    'iop-quiz-start',
    'iop-quiz-answer',
    'iop-quiz-complete',
    'iop-cta-click',
    'iop-locale-change',
  ],
  parts: [
    'explainer',
    'quiz',
    'question',
    'option',
    'start',
    'back',
    'result',
    'cta',
    'crisis',
    'language-picker',
    'quick-exit',
    'levels',
  ],
  slots: ['program-details', 'result-footer'],
  cssProperties: [
    '--iop-color-primary',
    '--iop-color-on-primary',
    '--iop-color-surface',
    '--iop-color-text',
    '--iop-color-border',
    '--iop-color-focus',
    '--iop-font-family',
    '--iop-radius',
    '--iop-space',
    '--iop-max-width',
    '--iop-color-crisis',
    '--iop-color-crisis-surface',
  ],
  elements: ['iop-fit-check', 'iop-crisis-line', 'iop-explainer', 'iop-check'],
} as const;

// The JSX and Vue types (iop-fit-check/jsx/*) name exactly the contract's
// attributes and events: a missing or extra one fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const typedAttributesMatch: Same<
  keyof IopFitCheckAttributes,
  (typeof contract.attributes)[number]
> = true;
export const typedEventsMatch: Same<keyof IopEvents, (typeof contract.events)[number]> = true;

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  slots?: Named[];
  cssProperties?: Named[];
}

async function declarations() {
  const json = await (await fetch('/custom-elements.json')).json();
  return json.modules.flatMap(
    (m: {declarations?: Declaration[]}) => m.declarations ?? []
  ) as Declaration[];
}

async function manifest() {
  return (await declarations()).find((d) => d.tagName === 'iop-fit-check')!;
}

/** The first column of the README table that follows `heading`'s header row. */
async function readmeColumn(header: string) {
  const readme = await (await fetch('/README.md')).text();
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.split('|')[1]?.trim() === header);
  expect(start, `README table "${header}"`).to.be.above(-1);
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    names.push(line.split('|')[1].trim().replace(/`/g, ''));
  }
  return names;
}

const names = (list?: Named[]) => (list ?? []).map((item) => item.name).sort();

describe('custom-elements.json and the README', () => {
  it('the manifest lists every attribute, event, part, slot and CSS property of the contract', async () => {
    const element = await manifest();
    expect(names(element.attributes)).to.include.members(contract.attributes);
    expect(names(element.events)).to.include.members(contract.events);
    expect(names(element.cssParts)).to.include.members(contract.parts);
    expect(names(element.slots)).to.include.members(contract.slots);
    expect(names(element.cssProperties)).to.include.members(contract.cssProperties);
    const tags = (await declarations()).map((d) => d.tagName).filter(Boolean);
    expect(tags).to.include.members(contract.elements);
  });

  it('<iop-crisis-line> documents its own attributes, event, part and colors', async () => {
    const line = (await declarations()).find((d) => d.tagName === 'iop-crisis-line')!;
    expect(names(line.attributes)).to.include.members(['crisis-phone', 'emergency-phone']);
    expect(names(line.events)).to.deep.equal(['iop-cta-click']);
    expect(names(line.cssParts)).to.deep.equal(['crisis']);
    expect(names(line.cssProperties)).to.deep.equal([
      '--iop-color-crisis',
      '--iop-color-crisis-surface',
    ]);
  });

  it("the README's tables match the manifest exactly", async () => {
    const element = await manifest();
    expect((await readmeColumn('attribute')).sort()).to.deep.equal(names(element.attributes));
    expect((await readmeColumn('event')).sort()).to.deep.equal(names(element.events));
    expect((await readmeColumn('part')).sort()).to.deep.equal(names(element.cssParts));
    expect((await readmeColumn('slot')).sort()).to.deep.equal(names(element.slots));
    expect((await readmeColumn('custom property')).sort()).to.deep.equal(
      names(element.cssProperties)
    );
  });
});
