import {expect, waitUntil} from '@open-wc/testing';
import {openFrame, settled, widgetText} from './helpers.js';

describe('the npm package in a bundled app', function () {
  this.timeout(30000);

  it('imports by name, registers, switches to Spanish, and loads only the Spanish chunk', async () => {
    const {frame, win, widget} = await openFrame('/test/bundler-app/index.html');
    await waitUntil(
      () => widget.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'es',
      'never showed Spanish',
      {
        timeout: 10000,
      }
    );
    await settled(widget);
    expect(widgetText(widget)).to.contain('programa intensivo ambulatorio');
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
      .filter((name) => name.endsWith('.js') && name !== 'app.js');
    const localeChunks = chunks.filter((name) =>
      /^(ar|es|fa|fr|ht|ko|ru|tl|vi|zh-Hans|zh-Hant)[-.]/.test(name)
    );
    expect(localeChunks).to.have.length(1);
    expect(localeChunks[0]).to.match(/^es[-.]/);
    frame.remove();
  });
});
