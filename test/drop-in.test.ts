import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {
  $,
  answerAll,
  answer,
  back,
  markedAnswer,
  currentQuestionId,
  iopFitAnswers,
  captureWarnings,
  mount,
  settled,
  openFrame,
  color,
  rgb,
} from './helpers.js';

describe('theming from the host page', () => {
  it('custom properties on the host change the computed styles inside', async () => {
    const el = await mount(
      html`<iop-fit-check
        style="--iop-color-primary: #7c2d12; --iop-color-surface: #fffbeb; --iop-color-text: #111111; --iop-radius: 0px"
      ></iop-fit-check>`
    );
    const start = $(el, '[part~=start]')!;
    expect(color(start, 'background-color')).to.equal(rgb('#7c2d12'));
    expect(color($(el, '.root')!, 'background-color')).to.equal(rgb('#fffbeb'));
    expect(color($(el, '.root')!)).to.equal(rgb('#111111'));
    expect(color(start, 'border-top-left-radius')).to.equal('0px');
  });

  it('::part() rules on the host page reach the named pieces', async () => {
    const style = document.createElement('style');
    style.textContent =
      'iop-fit-check.parts::part(option) { background-color: rgb(1, 2, 3); } iop-fit-check.parts::part(crisis) { outline: 4px solid rgb(4, 5, 6); }';
    document.head.append(style);
    const el = await mount(html`<iop-fit-check class="parts" view="quiz"></iop-fit-check>`);
    expect(color($(el, '[part~=option]')!, 'background-color')).to.equal('rgb(1, 2, 3)');
    expect(color($(el, '[part~=crisis]')!, 'outline-color')).to.equal('rgb(4, 5, 6)');
    style.remove();
  });

  it('inherits the page font family, never its text color', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif; color: rgb(255, 255, 255)">
        <iop-fit-check></iop-fit-check>
      </div>`
    );
    const el = wrapper.querySelector('iop-fit-check') as IopFitCheck;
    await el.updateComplete;
    const inner = $(el, '.root')!;
    expect(color(inner, 'font-family')).to.contain('Georgia');
    expect(color(inner)).to.equal(rgb('#1f2937'));
  });

  it('keeps 16 px text when the page root is 62.5 %', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await mount();
      expect(color($(el, '.root')!, 'font-size')).to.equal('16px');
      expect(parseFloat(color($(el, '[part~=start]')!, 'min-height'))).to.be.at.least(44);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('stays shown when the page hides it by tag name', async () => {
    const style = document.createElement('style');
    style.textContent = 'iop-fit-check { display: none !important; }';
    document.head.append(style);
    const el = await mount();
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getBoundingClientRect().height).to.be.above(100);
    style.remove();
  });
});

describe('color schemes', () => {
  const surfaces = {light: '#ffffff', dark: '#111827'};

  for (const [scheme, surface] of Object.entries(surfaces)) {
    it(`color-scheme="${scheme}" gives the ${scheme} palette`, async () => {
      const el = await mount(html`<iop-fit-check color-scheme=${scheme}></iop-fit-check>`);
      expect(color($(el, '.root')!, 'background-color')).to.equal(rgb(surface));
      expect(color($(el, '.root')!, 'color-scheme')).to.equal(scheme);
    });
  }

  it('defaults to light, and warns once on an unknown scheme', async () => {
    const said = await captureWarnings(async () => {
      const el = await mount(html`<iop-fit-check color-scheme="purple"></iop-fit-check>`);
      expect(color($(el, '.root')!, 'background-color')).to.equal(rgb('#ffffff'));
      // The styles match the attribute as written, so a padded value is refused too.
      await mount(html`<iop-fit-check color-scheme=" dark"></iop-fit-check>`);
    });
    expect(said.filter((s) => s.includes('color-scheme'))).to.have.length(2);
  });
});

describe('many widgets and many copies', function () {
  this.timeout(30000);

  it('two widgets keep separate answers and steps', async () => {
    const first = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    const second = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    await answer(first, 'none');
    await answer(first, 'yes');
    expect(currentQuestionId(second)).to.equal('safety');
    expect(markedAnswer(second)).to.equal(undefined);
    await answer(second, 'medical');
    expect($(second, '[part~=result]')).to.not.equal(null);
    expect(currentQuestionId(first)).to.equal('past-withdrawal');
    await back(first);
    expect(markedAnswer(first)).to.equal('yes');
  });

  it('references like aria-describedby resolve inside each widget', async () => {
    const first = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    const second = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    await answer(first, 'none');
    await answer(second, 'none');
    for (const el of [first, second]) {
      const group = $(el, '[part~=question]')!;
      const shadow = group.getRootNode() as ShadowRoot;
      const ids = ['aria-labelledby', 'aria-describedby'].flatMap((name) =>
        (group.getAttribute(name) ?? '').split(' ').filter(Boolean)
      );
      expect(ids).to.have.length(2);
      for (const id of ids) expect(shadow.getElementById(id), id).to.not.equal(null);
    }
  });

  it('the script loaded three times, one a different version: one definition, one warning, no error', async () => {
    const {frame, win, widgets} = await openFrame('/test/fixtures/two-versions.html');
    const page = win as typeof win & {warnings: string[]; pageErrors: string[]};
    expect(page.pageErrors).to.deep.equal([]);
    const versionWarnings = page.warnings.filter((w) => w.includes('version'));
    expect(versionWarnings).to.have.length(1);
    expect(versionWarnings[0]).to.contain('9.9.9').and.to.contain('1.0.0');
    expect(
      (win.customElements.get('iop-fit-check') as unknown as {version: string}).version
    ).to.equal('1.0.0');
    await Promise.all(widgets.map((w) => settled(w)));
    expect(widgets.every((w) => $(w, '[part~=quiz]'))).to.equal(true);
    frame.remove();
  });
});

describe('strict Content-Security-Policy', function () {
  this.timeout(30000);

  it('renders, completes a run and switches language with no violation', async () => {
    const {frame, win, widget} = await openFrame('/test/fixtures/csp.html');
    const page = win as typeof win & {violations: string[]};
    await answerAll(widget, iopFitAnswers);
    expect($(widget, '[part~=result]')).to.not.equal(null);
    const picker = $<HTMLSelectElement>(widget, '[part~=language-picker]')!;
    picker.value = 'fr';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(
      () => $(widget, '.root')!.getAttribute('lang') === 'fr',
      'never showed French',
      {timeout: 10000}
    );
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('privacy', function () {
  this.timeout(30000);

  it('sets no cookie, writes no storage, and requests nothing but its own files', async () => {
    const {frame, win, widget} = await openFrame('/test/fixtures/csp.html');
    const writes: string[] = [];
    const storage = win.Storage.prototype;
    const setItem = storage.setItem;
    storage.setItem = function (key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    await answerAll(widget, iopFitAnswers);
    const picker = $<HTMLSelectElement>(widget, '[part~=language-picker]')!;
    picker.value = 'es';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(
      () => $(widget, '.root')!.getAttribute('lang') === 'es',
      'never showed Spanish',
      {timeout: 10000}
    );
    expect(win.document.cookie).to.equal('');
    expect(writes).to.deep.equal([]);
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter(
        (path) => !path.startsWith('/__web-dev-server') && !path.startsWith('/test/fixtures/')
      );
    expect(requests).to.deep.equal(['/dist/iop-fit-check.js', '/dist/locales/es.js']);
    frame.remove();
  });
});
