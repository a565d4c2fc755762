import {expect} from '@open-wc/testing';

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
      const text = widget.shadowRoot!.textContent!;
      expect(text).to.contain('What is an Intensive Outpatient Program (IOP)?');
      expect(widget.shadowRoot!.querySelector('a[href="tel:988"]')).to.not.equal(null);
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
