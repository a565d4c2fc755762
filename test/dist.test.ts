import {expect, waitUntil} from '@open-wc/testing';
import {$, settled, textOf, widgetText} from './helpers.js';

/** Opens a page that loads the built dist/iop-fit-check.js, as a partner's page would. */
async function openPage(name: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/${name}.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis & {pageErrors: string[]};
  await win.customElements.whenDefined('iop-fit-check');
  const widget = win.document.querySelector('iop-fit-check')!;
  await (widget as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  return {frame, win, widget};
}

describe('the built file on a partner page', () => {
  for (const name of ['classic', 'module', 'twice']) {
    it(`renders when loaded ${name === 'twice' ? 'three times' : `as a ${name} script`}, without errors`, async () => {
      const {frame, win, widget} = await openPage(name);
      await settled(widget);
      expect(widgetText(widget)).to.contain('What is an Intensive Outpatient Program (IOP)?');
      expect($(widget, 'a[href="tel:988"]')).to.not.equal(null);
      expect(win.pageErrors).to.deep.equal([]);
      frame.remove();
    });
  }

  it('ships Lit in production mode, without dev-mode code', async () => {
    const source = await (await fetch('/dist/iop-fit-check.js')).text();
    expect(source).to.not.contain('Lit is in dev mode');
    expect(source).to.not.match(/^\s*(import|export)\b/m);
  });
});

describe('the version', () => {
  it('matches package.json, so a version mismatch warning names the right copy', async () => {
    const {version} = await import('../src/version.js');
    const pkg = await (await fetch('/package.json')).json();
    expect(version).to.equal(pkg.version);
  });
});

describe('locale files from the built script', function () {
  this.timeout(30000);

  async function partnerPage(params: Record<string, string>) {
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/partner-page.html?${new URLSearchParams(params)}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const win = frame.contentWindow as Window &
      typeof globalThis & {pageErrors: string[]; warnings: string[]; localeErrors: number};
    await win.customElements.whenDefined('iop-fit-check');
    const widget = win.document.querySelector('iop-fit-check')!;
    const shownLang = () => widget.shadowRoot?.querySelector('.root')?.getAttribute('lang');
    const localeFiles = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/locales/'));
    return {frame, win, widget, shownLang, localeFiles};
  }

  const cases: [string, Record<string, string>][] = [
    ['a classic script', {src: '/dist/iop-fit-check.js'}],
    ['a module script', {src: '/dist/iop-fit-check.js', module: '1'}],
    [
      'a classic script from another origin (CORS)',
      {src: 'http://127.0.0.1:{port}/dist/iop-fit-check.js'},
    ],
    [
      'a module script from another origin (CORS)',
      {src: 'http://127.0.0.1:{port}/dist/iop-fit-check.js', module: '1'},
    ],
  ];
  for (const [name, params] of cases) {
    it(`loads only the visitor's locale file beside ${name}`, async () => {
      const page = await partnerPage({...params, locale: 'es'});
      await waitUntil(() => page.shownLang() === 'es', 'never showed Spanish', {timeout: 10000});
      const scriptUrl = new URL(params.src.replace('{port}', location.port), location.href);
      expect(page.localeFiles()).to.deep.equal([new URL('locales/es.js', scriptUrl).href]);
      await settled(page.widget);
      expect(widgetText(page.widget)).to.contain('programa intensivo ambulatorio');
      expect(page.win.pageErrors).to.deep.equal([]);
      page.frame.remove();
    });
  }

  it('stays in English, usable, with one warning, when the locale file is missing', async () => {
    const page = await partnerPage({src: '/no-locales/iop-fit-check.js', locale: 'fr'});
    const {warnings} = page.win;
    await waitUntil(() => page.win.localeErrors === 1, 'the load never failed', {timeout: 10000});
    const widget = page.widget as HTMLElement & {updateComplete: Promise<unknown>};
    await widget.updateComplete;
    expect(page.shownLang()).to.equal('en');
    expect(warnings[0]).to.contain('"fr"');
    const start = $<HTMLButtonElement>(widget, '[part~=start]')!;
    start.click();
    await widget.updateComplete;
    await settled(widget);
    expect(textOf($(widget, '[data-focus-target=question-heading]'))).to.contain('Question 1 of');
    const picker = widget.shadowRoot!.querySelector<HTMLSelectElement>('[part~=language-picker]')!;
    picker.value = 'fr';
    picker.dispatchEvent(new Event('change'));
    await widget.updateComplete;
    // The failed load settles in microtasks, all done before the next frame.
    await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
    expect(page.shownLang()).to.equal('en');
    expect(picker.value, 'the menu names the language still shown').to.equal('en');
    expect(warnings).to.have.length(1);
    expect(page.win.pageErrors).to.deep.equal([]);
    page.frame.remove();
  });
});
