import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {contrastRatio} from '../src/builder/contrast.js';
import {
  $,
  $$,
  activeIn,
  answer,
  back,
  click,
  currentQuestionId,
  describeElement,
  expectFocusOn,
  markedAnswer,
  mount,
  narrowPage,
  pathTo,
  questionText,
  settled,
  shadowRoots,
  textOf,
  visitEveryScreen,
  widgetText,
} from './helpers.js';

const press = (key: string) => sendKeys({press: key});

/** WCAG contrast of two computed rgb() colors, with the builder's own formula. */
const contrast = (a: string, b: string) => {
  const hex = (color: string) =>
    '#' +
    color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v).toString(16).padStart(2, '0'))
      .join('');
  return contrastRatio(hex(a), hex(b));
};

describe('keyboard only', function () {
  this.timeout(60000);

  it('goes from the first Tab to every outcome with real key presses, focus where expected at every step', async () => {
    for (const [outcome, answers] of Object.entries(pathTo)) {
      const before = document.createElement('button');
      before.textContent = 'Host page button';
      document.body.append(before);
      const el = await mount(
        html`<iop-fit-check
          center-name="Sample Recovery Center"
          phone="(555) 010-0100"
        ></iop-fit-check>`
      );
      before.focus();
      const expectFocus = (selector: string, step: string) =>
        expectFocusOn(el, selector, `${outcome}: ${step}`);

      await press('Tab');
      expectFocus('[part~=language-picker]', 'first Tab: language picker');
      await press('Tab');
      expectFocus('[part~=start]', 'Start, under the title');
      await press('Enter');
      await settled(el);

      for (let step = 1; !$(el, '[part~=result]'); step++) {
        const id = currentQuestionId(el) as keyof typeof answers;
        expectFocus('[data-focus-target=question-heading]', `heading of ${id}`);
        expect(questionText(el), id).to.match(new RegExp(`^Question ${step} of `));
        const options = $$(el, '[part~=option]').map((o) => o.getAttribute('data-value'));
        const target = options.indexOf(answers[id]);
        for (let i = 0; i <= target; i++) await press('Tab');
        expectFocus(`[part~=option][data-value="${answers[id]}"]`, `answer of ${id}`);
        await press('Enter');
        await settled(el);
      }
      expectFocus('[data-focus-target=result-heading]', 'result heading');
      expect($(el, '[part~=result]')!.dataset.outcome).to.equal(outcome);
      await press('Tab');
      expectFocus(
        outcome === 'crisis' ? '.lead-action a' : '[part~=cta] a[href="tel:5550100100"]',
        'the first action right under the headline'
      );
      before.remove();
    }
  });

  it('reaches the crisis line by Tab from every question', async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    await answer(el, 'none');
    for (let presses = 0; presses < 12; presses++) {
      await press('Tab');
      if (activeIn(el)?.matches('a[href="tel:988"]')) return;
    }
    throw new Error(
      `Tab never reached the crisis line; focus is on ${describeElement(activeIn(el))}`
    );
  });
});

describe('the language menu by keyboard', () => {
  it('browsing with arrow keys changes nothing until Enter (WCAG 3.2.2)', async () => {
    const el = await mount(html`<iop-fit-check view="quiz" locale="en"></iop-fit-check>`);
    const select = $<HTMLSelectElement>(el, '[part~=language-picker]')!;
    select.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(select.value).to.not.equal('en');
    const browsed = select.value;
    expect($(el, '.root')!.getAttribute('lang'), 'not applied while browsing').to.equal('en');
    await press('Enter');
    await waitUntil(
      () => $(el, '.root')!.getAttribute('lang') === browsed,
      `never showed ${browsed}`
    );
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.root')!.getAttribute('lang') === 'en');
  });
});

describe('focus placement', () => {
  it('Back and Start over focus the question heading; Back marks the answer', async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    expect(describeElement(activeIn(el))).to.equal('nothing');
    await answer(el, 'none');
    await back(el);
    expectFocusOn(el, '[data-focus-target=question-heading]');
    expect(markedAnswer(el)).to.equal('none');
    await answer(el, 'none');
    await answer(el, 'yes');
    await click(
      el,
      $$(el, '.footer button').find((b) => textOf(b) === 'Start over')!
    );
    expectFocusOn(el, '[data-focus-target=question-heading]');
    expect(questionText(el)).to.match(/^Question 1 of/);
  });

  it('About IOP focuses the explainer heading', async () => {
    const el = await mount();
    await click(el, $(el, '[part~=start]'));
    await click(el, $(el, '.about'));
    expectFocusOn(el, '[data-focus-target=explainer-heading]');
  });
});

describe('the live region', () => {
  it('is single and polite, and silent while focus moves', async () => {
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    expect($$(el, '[aria-live]')).to.have.length(1);
    expect($(el, '[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
    expect(textOf($(el, '[aria-live]'))).to.equal('');
    await answer(el, 'none');
    expect(textOf($(el, '[aria-live]')), 'focus moved, so nothing to announce').to.equal('');
  });

  it('says a language switch, once, in the new language', async () => {
    const el = await mount(html`<iop-fit-check view="quiz" locale="en"></iop-fit-check>`);
    const select = $<HTMLSelectElement>(el, '[part~=language-picker]')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.root')!.getAttribute('lang') === 'fr');
    await el.updateComplete;
    const said = textOf($(el, '[aria-live]'));
    expect(said).to.match(/français/i);
    expect(widgetText(el).split(said).length - 1).to.equal(1);
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.root')!.getAttribute('lang') === 'en');
    await el.updateComplete;
    expect(textOf($(el, '[aria-live]'))).to.equal('Now showing this in English.');
  });
});

describe('visual', function () {
  this.timeout(60000);
  it('no sideways scrolling at 320 px (also 400 % zoom of 1280 px) on every screen, targets big enough', async () => {
    const page = await narrowPage(320);
    await visitEveryScreen(
      (view) =>
        page.mount(
          `<iop-fit-check view="${view}" center-name="Sample Recovery Center"
            phone="(555) 010-0100" insurance-url="https://example.org"></iop-fit-check>`
        ),
      (el, screen) => {
        const inner = $(el, '.root')!;
        expect(inner.scrollWidth, screen).to.equal(inner.clientWidth);
        expect(page.doc.documentElement.scrollWidth, screen).to.be.at.most(320);
        for (const target of $$(el, 'button, select, [part~=crisis] a, .stack a')) {
          const box = target.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${screen}: ${textOf(target)}`).to.be.at.least(
            24
          );
        }
        for (const target of $$(el, '[part~=option], .button, select')) {
          expect(
            target.getBoundingClientRect().height,
            `${screen}: ${textOf(target)}`
          ).to.be.at.least(44);
        }
      },
      {questionsOnce: true}
    );
    page.remove();
  });

  it('WCAG 1.4.12 text spacing clips nothing', async () => {
    const page = await narrowPage(360);
    const el = await page.mount('<iop-fit-check view="quiz"></iop-fit-check>');
    const spacing = new page.win.CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    for (const shadow of shadowRoots(el)) {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, spacing];
    }
    await answer(el, 'none');
    for (const target of $$(el, '.root, button, h2, p, a')) {
      expect(target.scrollWidth, textOf(target)).to.be.at.most(target.clientWidth + 1);
      expect(target.scrollHeight, textOf(target)).to.be.at.most(target.clientHeight + 1);
    }
    page.remove();
  });

  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: focus rings are at least 2 px and 3:1 against the surface`, async () => {
      const el = await mount(
        html`<iop-fit-check view="quiz" color-scheme=${scheme}></iop-fit-check>`
      );
      const surface = getComputedStyle($(el, '.root')!).backgroundColor;
      const barSurface = getComputedStyle($(el, '.bar')!).backgroundColor;
      // Real Tab presses through the whole widget: :focus-visible matches for
      // keyboard focus in every engine (focus() from script shows it in Chromium only).
      const before = document.createElement('button');
      before.textContent = 'Host page button';
      el.before(before);
      // A control after the widget too, so the last Tab stays in the page (past
      // the page's last control, Firefox moves focus to its own toolbar).
      const after = before.cloneNode(true) as HTMLButtonElement;
      el.after(after);
      before.focus();
      const ringed: string[] = [];
      for (let presses = 0; presses < 20; presses++) {
        await press('Tab');
        const target = activeIn(el) as HTMLElement | null;
        if (!target) break;
        const name = describeElement(target);
        expect(target.matches(':focus-visible'), `${name} shows a focus ring`).to.equal(true);
        const style = getComputedStyle(target);
        expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
        // On the crisis line the ring sits on the line's own background.
        const onBar = (target.getRootNode() as ShadowRoot).host.localName === 'iop-crisis-line';
        expect(contrast(style.outlineColor, onBar ? barSurface : surface), name).to.be.at.least(3);
        ringed.push(target.getAttribute('part') ?? target.localName);
      }
      before.remove();
      after.remove();
      expect(ringed, 'the menu, the answers and the crisis links').to.include.members([
        'language-picker',
        'option',
        'a',
      ]);
    });
  }
});
