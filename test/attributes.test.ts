import {expect, html} from '@open-wc/testing';
import {$, $$, answerAll, captureWarnings, iopFitAnswers, mount, textOf, shows} from './helpers.js';

const resultWith = async (attributes: ReturnType<typeof html>) => {
  const el = await mount(attributes);
  await answerAll(el, iopFitAnswers);
  return el;
};

describe('bad attribute values from a partner page', () => {
  it('a javascript: insurance-url hides only the insurance link, and warns once', async () => {
    let el!: Awaited<ReturnType<typeof mount>>;
    const said = await captureWarnings(async () => {
      el = await resultWith(
        html`<iop-fit-check
          view="quiz"
          phone="(555) 010-0100"
          insurance-url="javascript:alert(1)"
        ></iop-fit-check>`
      );
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('insurance-url');
    expect($$(el, 'a').some((a) => a.getAttribute('href')!.startsWith('javascript'))).to.equal(
      false
    );
    expect(
      shows(el, '[part~=cta] a[href="tel:5550100100"]'),
      '[part~=cta] a[href="tel:5550100100"]'
    ).to.equal(true);
    expect(
      shows(el, '[part~=crisis] a[href="tel:988"]'),
      '[part~=crisis] a[href="tel:988"]'
    ).to.equal(true);
  });

  it('an invalid phone hides only the call link, and warns once naming phone', async () => {
    let el!: Awaited<ReturnType<typeof mount>>;
    const said = await captureWarnings(async () => {
      el = await resultWith(
        html`<iop-fit-check
          view="quiz"
          phone="call us!"
          insurance-url="https://example.org/ins"
        ></iop-fit-check>`
      );
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('phone=');
    expect($$(el, '[part~=cta] a, .helpline a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/ins',
      'tel:18006624357',
    ]);
  });

  it('renders HTML in center-name as plain text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await mount(
      html`<iop-fit-check view="explainer" center-name=${evil} phone="555 0100"></iop-fit-check>`
    );
    expect(shows(el, 'img'), 'img').to.equal(false);
    expect(textOf($(el, '[part~=cta] a'))).to.contain(evil);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('an unknown view, heading level or crisis phone warns once each and uses the default', async () => {
    let el!: Awaited<ReturnType<typeof mount>>;
    const said = await captureWarnings(async () => {
      el = await mount(
        html`<iop-fit-check
          view="popup"
          heading-level="9"
          crisis-phone="help"
          emergency-phone="x"
          helpline-phone="--"
        ></iop-fit-check>`
      );
    });
    expect(said.map((s) => s.match(/ignoring ([a-z-]+)=/)![1])).to.have.members([
      'view',
      'heading-level',
      'crisis-phone',
      'emergency-phone',
      'helpline-phone',
    ]);
    expect(shows(el, '[part~=explainer] h2'), '[part~=explainer] h2').to.equal(true);
    expect(
      shows(el, '[part~=crisis] a[href="tel:911"]'),
      '[part~=crisis] a[href="tel:911"]'
    ).to.equal(true);
  });

  it('shows no clinic links when phone and insurance-url are missing, and keeps the helpline', async () => {
    const el = await mount(html`<iop-fit-check view="explainer"></iop-fit-check>`);
    expect(shows(el, '[part~=cta]'), 'no clinic call to action').to.equal(false);
    expect($$(el, '.ending a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:18006624357',
    ]);
    expect(textOf($(el, '.ending .heading'))).to.equal('Talk with our team');
  });

  it('warns again only when a new bad value is set', async () => {
    const el = await mount(html`<iop-fit-check></iop-fit-check>`);
    const said = await captureWarnings(async () => {
      el.setAttribute('phone', 'nope');
      await el.updateComplete;
      el.setAttribute('center-name', 'Clinic');
      await el.updateComplete;
    });
    expect(said).to.have.length(1);
  });

  it('heading-level sets the level of the top headings', async () => {
    const el = await mount(html`<iop-fit-check heading-level="3"></iop-fit-check>`);
    expect(shows(el, '[part~=explainer] > h3'), '[part~=explainer] > h3').to.equal(true);
    expect(shows(el, '[part~=explainer] h4'), '[part~=explainer] h4').to.equal(true);
    expect(shows(el, 'h2'), 'h2').to.equal(false);
  });
});
