import {expect, html} from '@open-wc/testing';
import type {AxeResults} from 'axe-core';
import {rejectionMessage} from '../src/warn.js';
import {$, captureWarnings, mount, openFrame} from './helpers.js';

async function openBuilder() {
  const page = await openFrame('/demo/builder.html', 1200, 900);
  const doc = page.doc;
  const set = async (name: string, value: string) => {
    const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
    await (page.widget as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  };
  const snippet = () => doc.querySelector('#snippet')!.textContent!;
  return {...page, set, snippet};
}

describe('the embed builder', function () {
  this.timeout(60000);

  it('updates the preview and the snippet, and the snippet pasted in a blank page renders the same widget', async () => {
    const builder = await openBuilder();
    await builder.set('center-name', 'Hope Clinic');
    await builder.set('phone', '(555) 123-4567');
    await builder.set('view', 'explainer');
    await builder.set('primary', '#7c2d12');
    await builder.set('script-url', '/dist/iop-fit-check.js');
    const preview = builder.widget;
    expect(preview.getAttribute('center-name')).to.equal('Hope Clinic');
    const previewCall = $(preview, '[part~=cta] a[href^="tel:555"]')!;
    expect(
      previewCall.textContent!.replace(/[\u2060\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
    ).to.contain('Call Hope Clinic at (555) 123-4567');
    const code = builder.snippet();
    expect(code).to.contain('<script src="/dist/iop-fit-check.js"></script>');
    expect(code).to.contain('center-name="Hope Clinic"');
    expect(code).to.contain('--iop-color-primary: #7c2d12;');
    expect(code).to.not.contain('--iop-color-surface');

    const pasted = document.createElement('iframe');
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${code}</body></html>`;
    document.body.append(pasted);
    await new Promise((resolve) => pasted.addEventListener('load', resolve, {once: true}));
    const win = pasted.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('iop-fit-check');
    const copy = win.document.querySelector('iop-fit-check') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await copy.updateComplete;
    const copyCall = $(copy, '[part~=cta] a[href^="tel:555"]')!;
    expect(copyCall.textContent).to.equal(previewCall.textContent);
    const color = (el: Element) => getComputedStyle(el).color;
    expect(color(copyCall)).to.equal(color(previewCall));
    pasted.remove();
    builder.frame.remove();
  });

  it('refuses a javascript: link with the very message the widget warns with', async () => {
    const builder = await openBuilder();
    await builder.set('insurance-url', 'javascript:alert(1)');
    const shown = builder.doc.querySelector('#insurance-url-error')!;
    const warned = await captureWarnings(() =>
      mount(html`<iop-fit-check insurance-url="javascript:alert(1)"></iop-fit-check>`)
    );
    expect(shown.textContent).to.equal(warned[0]);
    expect(shown.textContent).to.equal(rejectionMessage('insurance-url', 'javascript:alert(1)'));
    expect(builder.doc.querySelector('#insurance-url')!.getAttribute('aria-invalid')).to.equal(
      'true'
    );
    expect(builder.snippet()).to.not.contain('javascript:');
    expect(builder.widget.hasAttribute('insurance-url')).to.equal(false);
    builder.frame.remove();
  });

  it('warns when the text and background colors fail WCAG AA contrast', async () => {
    const builder = await openBuilder();
    const warning = builder.doc.querySelector<HTMLElement>('#contrast')!;
    expect(warning.hidden).to.equal(true);
    await builder.set('text', '#bbbbbb');
    expect(warning.hidden).to.equal(false);
    expect(warning.textContent).to.contain('Text on the background');
    expect(warning.textContent).to.contain('4.5:1');
    await builder.set('text', '#1f2937');
    expect(warning.hidden).to.equal(true);
    builder.frame.remove();
  });

  it('labels every field with a visible label and hint, and passes axe', async () => {
    const builder = await openBuilder();
    const {doc, win} = builder;
    for (const field of doc.querySelectorAll<HTMLInputElement>('#builder input, #builder select')) {
      const label = doc.querySelector(`label[for="${field.id}"]`)!;
      expect(label.getBoundingClientRect().height, field.id).to.be.above(0);
      const hint = doc.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0])!;
      expect(hint.textContent!.trim(), field.id).to.not.equal('');
    }
    await new Promise((resolve) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      doc.head.append(script);
    });
    const axe = (win as unknown as {axe: {run(c: Document, o: object): Promise<AxeResults>}}).axe;
    const results = await axe.run(doc, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
    ).to.deep.equal([]);
    builder.frame.remove();
  });
});
