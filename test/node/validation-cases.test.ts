// The widget's side of test/platforms/validation-cases.json: the WordPress
// plugin's PHP validator is held to the same cases by the platform test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {
  parseColorScheme,
  parseHeadingLevel,
  parsePhone,
  parseView,
  parseWebUrl,
} from '../../src/validate.js';
import {matchLocale} from '../../src/locale-negotiation.js';
import {allLocales} from '../../src/locales/locale-codes.js';

interface Cases<T> {
  cases: ({input: string} & T)[];
}
const cases = JSON.parse(readFileSync('test/platforms/validation-cases.json', 'utf8')) as {
  phone: Cases<{href: string | null; text?: string}>;
  webUrl: Cases<{href: string | null}> & {base: string};
  view: Cases<{expected: string | null}>;
  colorScheme: Cases<{expected: string | null}>;
  headingLevel: Cases<{expected: number | null}>;
  locale: Cases<{expected: string | null}>;
};

test('phones: the tel: link and the text shown, or refused', () => {
  for (const {input, href, text} of cases.phone.cases) {
    const phone = parsePhone(input);
    assert.equal(phone?.href ?? null, href, JSON.stringify(input));
    if (href) assert.equal(phone?.text, text, JSON.stringify(input));
  }
});

test('links: http and https only, made absolute', () => {
  for (const {input, href} of cases.webUrl.cases)
    assert.equal(parseWebUrl(input, cases.webUrl.base) ?? null, href, JSON.stringify(input));
});

test('view, color scheme, heading level and locale', () => {
  const checks = [
    [cases.view, parseView],
    [cases.colorScheme, parseColorScheme],
    [cases.headingLevel, parseHeadingLevel],
    [cases.locale, (input: string) => matchLocale(input, allLocales)],
  ] as const;
  for (const [{cases: list}, parse] of checks)
    for (const {input, expected} of list)
      assert.equal(parse(input) ?? null, expected, JSON.stringify(input));
});
