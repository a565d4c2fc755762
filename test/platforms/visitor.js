// A visitor in a real browser: taps Start and one answer per question, as a
// person would, until a result shows. Shared by the platform tests.
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.js';

/**
 * A visitor for whom an IOP fits, asked all sixteen questions: test/helpers.ts's
 * iopFitAnswers, written again here because these tests run as plain Node.
 */
export const iopFitAnswers = {
  safety: 'none',
  'daily-use': 'no',
  'past-withdrawal': 'no',
  'withdrawal-now': 'no',
  opioids: 'no',
  overdose: 'no',
  'physical-health': 'no',
  'mental-health': 'ok',
  'care-before': 'weekly',
  'care-result': 'helped',
  home: 'safe',
  support: 'some',
  coping: 'some',
  time: 'yes',
  'life-impact': 'sometimes',
  pregnancy: 'no',
};

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const launchChromium = () =>
  puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});

/**
 * Starts the check if the full view shows, answers each question from
 * `answers` until the result shows, and returns what it shows.
 */
export async function clickThroughToResult(page, answers = iopFitAnswers) {
  const widget = await page.waitForSelector('iop-fit-check');
  const start = await widget.$('pierce/[part~=start]');
  if (start) {
    await start.click();
  }
  for (let asked = 0; asked <= Object.keys(answers).length; asked++) {
    // A visitor reads before tapping; the widget ignores taps in a screen's first moment.
    await pause(450);
    if (await widget.$('pierce/[part~=result]')) break;
    const quiz = await widget.waitForSelector('pierce/[part~=quiz]');
    const question = await quiz.evaluate((node) => node.getAttribute('data-question'));
    const option = await quiz.waitForSelector(
      `pierce/[part~=option][data-value="${answers[question]}"]`
    );
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

/** Chooses a language in the widget's picker, as a visitor does. */
export async function pickLanguage(page, locale, within = 'iop-fit-check') {
  const widget = await page.waitForSelector(within);
  const picker = await widget.waitForSelector('pierce/[part~=language-picker]');
  await picker.select(locale);
  // Polled: a change inside a shadow root is not a mutation the page's own observer sees.
  await page.waitForFunction(
    (node, wanted) => node.shadowRoot.querySelector('.root')?.getAttribute('lang') === wanted,
    {polling: 100, timeout: 10000},
    widget,
    locale
  );
}
