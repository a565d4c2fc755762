// Photographs the real built widget for the README (docs/screenshots/*.png),
// so the pictures stay current: `npm run screenshots` after `npm run build`.
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from './chromium.js';

const shots = [
  {name: 'question', answers: ['none', 'no', 'no', 'no', 'no', 'no', 'no', 'ok']},
  {
    name: 'result-levels',
    answers: [
      'none',
      'no',
      'no',
      'no',
      'no',
      'no',
      'no',
      'ok',
      'weekly',
      'helped',
      'safe',
      'some',
      'some',
      'yes',
      'sometimes',
      'no',
    ],
  },
  {name: 'crisis-result', answers: ['self-harm']},
  {name: 'arabic-question', locale: 'ar', answers: ['none', 'yes']},
];

const server = await startDevServer({
  config: {rootDir: '.', port: 8765, hostname: '127.0.0.1'},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    // Tall enough that the sticky crisis line never covers the answer the script taps.
    await page.setViewport({width: 390, height: 1400});
    const query = shot.locale ? `?locale=${shot.locale}` : '';
    await page.goto(`http://127.0.0.1:8765/test/fixtures/screenshot.html${query}`);
    await page.waitForSelector('pierce/[part~=option]');
    if (shot.locale) await page.waitForSelector(`pierce/.root[lang="${shot.locale}"]`);
    for (const answer of shot.answers) {
      // A visitor reads before tapping; the widget ignores taps in a screen's first moment.
      await new Promise((resolve) => setTimeout(resolve, 450));
      await page.click(`pierce/[part~=option][data-value="${answer}"]`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const widget = await page.$('iop-fit-check');
    // A window as tall as the widget, so the sticky crisis line sits at its end in the picture.
    const {height} = await widget.boundingBox();
    await page.setViewport({width: 390, height: Math.ceil(height) + 40});
    await new Promise((resolve) => setTimeout(resolve, 200));
    await widget.screenshot({path: `docs/screenshots/${shot.name}.png`});
    console.log(`docs/screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
