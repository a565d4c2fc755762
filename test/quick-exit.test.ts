import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {$, answer, captureWarnings, mount, settled, shows} from './helpers.js';
import {html} from 'lit';

/**
 * The partner page in a sandboxed frame: it may not navigate this test page
 * (the top page), so Quick exit leaves the frame, as it does on partner pages
 * that embed the widget in a sandboxed frame.
 */
async function partnerPage() {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.style.cssText = 'width:400px;height:600px;border:0';
  frame.src = '/test/fixtures/quick-exit.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('iop-fit-check');
  const widget = win.document.querySelector('iop-fit-check') as IopFitCheck;
  await settled(widget);
  return {frame, win, widget};
}

const landed = (frame: HTMLIFrameElement) =>
  frame.contentWindow?.location.pathname === '/test/fixtures/exit-landing.html' &&
  frame.contentDocument?.getElementById('landed') !== null;

describe('quick exit', function () {
  this.timeout(30000);

  it('is shown beside the crisis line only with quick-exit, on every screen', async () => {
    const plain = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    expect(shows(plain, '[part~=quick-exit]')).to.equal(false);
    const el = await mount(html`<iop-fit-check view="quiz" quick-exit></iop-fit-check>`);
    const button = $(el, '[part~=quick-exit]')!;
    expect(button.closest('.bar')).to.not.equal(null);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect($(el, '.exit-hint')!.textContent).to.contain('Shift 3 times');
    // Also on the crisis result, where the crisis line itself gives way to the crisis help.
    await answer(el, 'self-harm');
    expect(shows(el, '[part~=quick-exit]'), 'on the crisis result').to.equal(true);
  });

  it('a tap replaces the page with quick-exit-url, and Back does not return', async () => {
    const {frame, widget} = await partnerPage();
    await answer(widget, 'none');
    const entries = history.length;
    ($(widget, '[part~=quick-exit]') as HTMLElement).click();
    await waitUntil(() => landed(frame), 'never reached the exit page', {timeout: 5000});
    expect(history.length, 'replaced, not pushed: Back cannot return').to.equal(entries);
    frame.remove();
  });

  it('Shift pressed three times leaves; another key between does not', async () => {
    const {frame, win} = await partnerPage();
    win.focus();
    win.document.body.tabIndex = -1;
    win.document.body.focus();
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'a'});
    await sendKeys({press: 'Shift'});
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(landed(frame), 'a key between Shifts resets the count').to.equal(false);
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await waitUntil(() => landed(frame), 'Shift ×3 never left', {timeout: 5000});
    frame.remove();
  });

  it('a javascript: quick-exit-url is refused with a warning; the default stays', async () => {
    const said = await captureWarnings(() =>
      mount(html`<iop-fit-check quick-exit quick-exit-url="javascript:alert(1)"></iop-fit-check>`)
    );
    expect(said.filter((s) => s.includes('quick-exit-url'))).to.have.length(1);
  });
});
