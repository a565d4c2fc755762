import {expect, html, waitUntil} from '@open-wc/testing';
import {
  $,
  $$,
  answer,
  back,
  everyOrSome,
  mount,
  narrowPage,
  textOf,
  visitEveryScreen,
} from './helpers.js';

/**
 * Text zoom to 200 % (the page's root font size doubled, as a browser's text
 * zoom does) on a phone: nothing may overflow the widget or be clipped, on any
 * screen, in a long-word language (Russian), a right-to-left one (Arabic) and English.
 */
describe('200 % text zoom on a phone', function () {
  this.timeout(120000);

  for (const width of everyOrSome(['360', '320'], ['320']).map(Number)) {
    for (const locale of everyOrSome(['en', 'ru', 'ar'], ['ru', 'ar'])) {
      it(`${width} px, ${locale}: nothing overflows or is clipped on any screen`, async () => {
        const page = await narrowPage(width, 740);
        page.doc.documentElement.style.fontSize = '200%';
        const problems: string[] = [];
        await visitEveryScreen(
          async (view) => {
            const el = await page.mount(
              `<iop-fit-check locale="${locale}" view="${view}" center-name="Sample Recovery Center"
                phone="(555) 010-0100" insurance-url="https://example.org/insurance" quick-exit></iop-fit-check>`
            );
            await waitUntil(
              () => $(el, '.root')?.getAttribute('lang') === locale,
              `never ${locale}`
            );
            return el;
          },
          (el, screen) => {
            const root = $(el, '.root')!;
            const edge = root.getBoundingClientRect();
            if (root.scrollWidth > root.clientWidth + 1)
              problems.push(`${screen}: widget scrolls sideways`);
            if (page.doc.documentElement.scrollWidth > width)
              problems.push(`${screen}: page scrolls sideways`);
            for (const target of $$(el, 'button, a, select, h2, h3, p, li, dt, dd')) {
              const box = target.getBoundingClientRect();
              if (box.width === 0) continue;
              const name = `${screen}: ${target.localName} "${textOf(target).slice(0, 30)}"`;
              if (box.left < edge.left - 1 || box.right > edge.right + 1)
                problems.push(`${name} past the edge`);
              // clientWidth means nothing for inline boxes; their overflow shows on the root.
              const inline = page.win.getComputedStyle(target).display === 'inline';
              if (!inline && target.scrollWidth > target.clientWidth + 1) {
                problems.push(`${name} clipped`);
              }
            }
          },
          {questionsOnce: true}
        );
        page.remove();
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('answer buttons in dark mode', () => {
  it('only the chosen answer looks chosen', async () => {
    const el = await mount(html`<iop-fit-check view="quiz" color-scheme="dark"></iop-fit-check>`);
    await answer(el, 'none');
    await back(el);
    const surface = getComputedStyle($(el, '.root')!).backgroundColor;
    const [chosen, ...others] = [
      $(el, '[aria-pressed=true]')!,
      ...$$(el, '[part~=option][aria-pressed=false]'),
    ];
    expect(others).to.have.length(3);
    for (const other of others) {
      expect(getComputedStyle(other).backgroundColor, textOf(other)).to.equal(surface);
    }
    expect(getComputedStyle(chosen).backgroundColor).to.not.equal(surface);
    // Not by color alone: a check mark too.
    expect(getComputedStyle(chosen, '::before').content).to.contain('✓');
  });
});
