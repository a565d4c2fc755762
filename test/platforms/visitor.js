// A visitor in a real browser: taps Start and one answer per question, as a
// person would, until a result shows. Shared by the platform tests.
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.js';

/** Every question asked, ending in "An IOP looks like a good fit" (iop-fit). */
export const iopFitPath = [
  'none', // safety
  'no', // daily-use
  'no', // past-withdrawal
  'no', // withdrawal-now
  'no', // opioids
  'no', // overdose
  'no', // physical-health
  'ok', // mental-health
  'weekly', // care-before
  'helped', // care-result
  'safe', // home
  'some', // support
  'some', // coping
  'yes', // time
  'sometimes', // life-impact
  'no', // pregnancy
];

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const launchChromium = () =>
  puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});

/**
 * Opens the page, starts the check if the full view shows, answers `path` and
 * returns what the result shows. `within` scopes the widget (a CSS selector).
 */
export async function clickThroughToResult(
  page,
  {within = 'iop-fit-check', path = iopFitPath} = {}
) {
  const widget = await page.waitForSelector(within);
  const start = await widget.$('pierce/[part~=start]');
  if (start) {
    await start.click();
  }
  for (const answer of path) {
    // A visitor reads before tapping; the widget ignores taps in a screen's first moment.
    await pause(450);
    const option = await widget.waitForSelector(`pierce/[part~=option][data-value="${answer}"]`);
    await option.click();
  }
  const result = await widget.waitForSelector('pierce/[part~=result]');
  await pause(100);
  return result.evaluate((node) => ({
    text: node.textContent.replace(/\s+/g, ' ').trim(),
    phoneHref: node.querySelector('[part~=cta] a[href^="tel:"]')?.getAttribute('href') ?? null,
  }));
}

/** Taps the result's phone link without leaving the page (a visitor's phone would dial). */
export async function tapPhoneLink(page, within = 'iop-fit-check') {
  await page.evaluate(() =>
    window.addEventListener('click', (event) => event.preventDefault(), {once: true})
  );
  const widget = await page.waitForSelector(within);
  const link = await widget.waitForSelector('pierce/[part~=cta] a[href^="tel:"]');
  await link.click();
}

/** The lines the app wrote into its event log (`#events li`). */
export const eventLog = (page) =>
  page.$$eval('#events li', (items) => items.map((item) => item.textContent.trim()));
