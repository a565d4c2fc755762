import {expect, html} from '@open-wc/testing';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {
  $,
  $$,
  choose,
  click,
  iopFitAnswers,
  mount,
  next,
  pathTo,
  questions,
  textOf,
} from './helpers.js';

const visible = (el: Element | null) => {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

function expectCrisisLine(
  el: IopFitCheck,
  where: string,
  hrefs = ['tel:988', 'sms:988', 'tel:911']
) {
  const line = $(el, '[part~=crisis]');
  expect(visible(line), `crisis line on ${where}`).to.equal(true);
  const links = $$<HTMLAnchorElement>(el, '[part~=crisis] a');
  expect(
    links.map((a) => a.getAttribute('href')),
    where
  ).to.deep.equal(hrefs);
  for (const link of links) expect(visible(link), `${link.href} on ${where}`).to.equal(true);
}

describe('the crisis line', () => {
  it('reads "In crisis? Call 988 Text 988" and "Emergency? Call 911" by default', async () => {
    const el = await mount();
    expect($(el, '[part~=crisis]')!.textContent!.replace(/\s+/g, ' ')).to.match(
      /In crisis\? Call \u2066988\u2069 Text \u2066988\u2069 Emergency\? Call \u2066911\u2069/
    );
  });

  it('is on every screen of the full view: explainer, each question, each result', async () => {
    for (const path of Object.values(pathTo)) {
      const el = await mount();
      expectCrisisLine(el, 'explainer');
      await click(el, $(el, '[part~=start]'));
      for (let step = 0; !$(el, '[part~=result]'); step++) {
        expectCrisisLine(el, `question ${step + 1}`);
        const id = $<HTMLInputElement>(el, 'input')!.name as keyof typeof path;
        await choose(el, path[id]);
        await next(el);
      }
      expectCrisisLine(el, `result ${$(el, '[part~=result]')!.dataset.outcome}`);
    }
  });

  it('is on the explainer view and the quiz view', async () => {
    expectCrisisLine(
      await mount(html`<iop-fit-check view="explainer"></iop-fit-check>`),
      'explainer view'
    );
    expectCrisisLine(await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`), 'quiz view');
  });

  it('uses crisis-phone and emergency-phone when set, by call only', async () => {
    const el = await mount(
      html`<iop-fit-check crisis-phone="+44 116 123" emergency-phone="999"></iop-fit-check>`
    );
    expectCrisisLine(el, 'custom numbers', ['tel:+44116123', 'tel:999']);
    expect(textOf($(el, '[part~=crisis]'))).to.contain('Call +44 116 123');
  });

  it('falls back to 988 when crisis-phone is invalid, and is never hidden', async () => {
    const el = await mount(html`<iop-fit-check crisis-phone="call now"></iop-fit-check>`);
    expectCrisisLine(el, 'invalid crisis phone');
  });

  it('stays on screen through the whole check in quiz view', async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    for (const {id} of questions) {
      expectCrisisLine(el, id);
      await choose(el, iopFitAnswers[id]);
      await next(el);
    }
    expectCrisisLine(el, 'result');
  });
});
