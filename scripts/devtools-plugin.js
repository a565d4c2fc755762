// Test-runner commands that reach Chromium through the DevTools protocol:
// - emulate-media-features: CSS media features, including forced-colors, which
//   the runner's emulateMedia ignores. Emulation lasts as long as its DevTools
//   session, so one is kept per page.
// - accessibility-tree: what Chromium tells assistive technology (roles, names,
//   states), as puppeteer's accessibility snapshot.
const sessions = new WeakMap();

export const devtoolsPlugin = () => ({
  name: 'devtools',
  async executeCommand({command, payload, session}) {
    const page = () => session.browser.getPage(session.id);
    if (command === 'emulate-media-features') {
      if (!sessions.has(page())) sessions.set(page(), await page().target().createCDPSession());
      await sessions.get(page()).send('Emulation.setEmulatedMedia', {
        media: payload.media ?? '',
        features: payload.features,
      });
      return true;
    }
    if (command === 'accessibility-tree') {
      return page().accessibility.snapshot({interestingOnly: false});
    }
    return undefined;
  },
});
