// A test-runner command that emulates CSS media features through the DevTools
// protocol, including forced-colors, which the runner's emulateMedia ignores.
// Emulation lasts as long as its DevTools session, so one is kept per page.
const sessions = new WeakMap();

export const mediaFeaturesPlugin = () => ({
  name: 'media-features',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.target().createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', {media: payload.media ?? '', features: payload.features});
    return true;
  },
});
