import {expect, fixture, html} from '@open-wc/testing';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import type {IopCrisisLine} from '../src/crisis-line/iop-crisis-line.js';
import {
  $,
  $$,
  activeIn,
  answer,
  click,
  currentQuestionId,
  iopFitAnswers,
  listen,
  mount,
  narrowPage,
  pathTo,
  textOf,
  shows,
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
  for (const link of links) {
    expect(visible(link), `${link.href} on ${where}`).to.equal(true);
    expect(link.getBoundingClientRect().height, `${link.href} height`).to.be.at.least(44);
  }
}

describe('the crisis line', () => {
  it('reads "Need help now? Call 988 Text 988" and "Emergency: Call 911" by default', async () => {
    const el = await mount();
    expect($(el, '[part~=crisis]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Need help now\? Call \u2066988\u2069 Text \u2066988\u2069 Emergency: Call \u2066911\u2069$/
    );
  });

  it('is on every screen of the full view but the crisis result, whose whole screen is the help', async () => {
    for (const path of Object.values(pathTo)) {
      const el = await mount();
      expectCrisisLine(el, 'explainer');
      await click(el, $(el, '[part~=start]'));
      for (let step = 0; !$(el, '[part~=result]'); step++) {
        expectCrisisLine(el, `question ${step + 1}`);
        await answer(el, path[currentQuestionId(el) as keyof typeof path]);
      }
      const outcome = $(el, '[part~=result]')!.dataset.outcome;
      if (outcome === 'crisis')
        expect(shows(el, 'iop-crisis-line'), 'crisis result').to.equal(false);
      else expectCrisisLine(el, `result ${outcome}`);
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

  it('works alone on a page, with its own attributes and events', async () => {
    const line = await fixture<IopCrisisLine>(
      html`<iop-crisis-line emergency-phone="112"></iop-crisis-line>`
    );
    await line.updateComplete;
    const heard = listen(document.body, ['iop-cta-click']);
    const links = [...line.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:988',
      'sms:988',
      'tel:112',
    ]);
    links[2].addEventListener('click', (event) => event.preventDefault());
    links[2].click();
    expect(heard.map((event) => event.detail)).to.deep.equal([{kind: 'emergency'}]);
  });

  it('uses calm colors of its own, not an error red, with AA contrast in both schemes', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await mount(html`<iop-fit-check color-scheme=${scheme}></iop-fit-check>`);
      const bar = $(el, '.bar')!;
      const link = $(el, '[part~=crisis] a')!;
      const [r, g, b] = getComputedStyle(link).color.match(/\d+/g)!.map(Number);
      // A calm blue-green: more blue and green than red.
      expect(b, `${scheme}: not red`).to.be.above(r);
      expect(g, `${scheme}: not red`).to.be.above(r);
      expect(getComputedStyle(bar).backgroundColor, scheme).to.not.equal(
        getComputedStyle($(el, '.root')!).backgroundColor
      );
    }
  });
});

describe('the crisis line stays in view', function () {
  this.timeout(60000);

  it('at 360×740 on a partner page with a tall hero, after every answer, in at most two lines', async () => {
    const page = await narrowPage(360, 740);
    const el = await page.mount(
      `<div style="height:900px">The partner's hero</div><iop-fit-check view="quiz"></iop-fit-check><div style="height:600px"></div>`
    );
    const inView = (where: string) => {
      const box = $(el, '.bar')!.getBoundingClientRect();
      expect(box.top, `${where}: bar top`).to.be.at.least(0);
      expect(box.bottom, `${where}: bar bottom`).to.be.at.most(740 + 0.5);
      const focused = activeIn(el);
      if (focused) {
        const target = focused.getBoundingClientRect();
        expect(target.bottom, `${where}: focus not under the bar`).to.be.at.most(box.top + 0.5);
      }
    };
    const line = $(el, '[part~=crisis]')!;
    const lineHeight = 44;
    expect(line.getBoundingClientRect().height, 'two lines at most').to.be.below(
      lineHeight * 2 + 24
    );
    $(el, '[part~=option]')!.scrollIntoView({block: 'center'});
    inView('first question');
    for (let step = 0; !$(el, '[part~=result]'); step++) {
      await answer(el, iopFitAnswers[currentQuestionId(el) as keyof typeof iopFitAnswers]);
      inView(`after answer ${step + 1}`);
    }
    page.remove();
  });

  it('at 400 % zoom (320×180) it sits at the top of the screen and never covers the focused element', async () => {
    const page = await narrowPage(320, 180);
    const el = await page.mount('<iop-fit-check view="quiz"></iop-fit-check>');
    const bar = $(el, '.bar')!;
    expect(page.win.getComputedStyle(bar).position).to.equal('static');
    const root = $(el, '.root')!;
    expect(bar.getBoundingClientRect().top).to.be.below(
      $(el, '[part~=quiz]')!.getBoundingClientRect().top
    );
    expect(
      root.firstElementChild === bar || page.win.getComputedStyle(bar).order === '-1'
    ).to.equal(true);
    await answer(el, 'none');
    const focused = activeIn(el)!;
    const box = focused.getBoundingClientRect();
    expect(box.top, 'focused heading in view').to.be.at.least(0);
    expect(box.top).to.be.below(180);
    page.remove();
  });
});
