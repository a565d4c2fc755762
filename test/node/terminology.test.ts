import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {checkLocale, readUnits, readWordList} from '../../scripts/terminology.js';
import type {Glossary, Terms} from '../../scripts/terminology.js';

const words = readWordList(readFileSync('/usr/share/dict/american-english', 'utf8'));
const terms: Terms = JSON.parse(readFileSync('locales/glossary/terms.json', 'utf8'));
const locales = readdirSync('locales')
  .filter((file) => file.endsWith('.xlf'))
  .map((file) => file.replace(/\.xlf$/, ''));
const load = (locale: string) => ({
  locale,
  xml: readFileSync(`locales/${locale}.xlf`, 'utf8'),
  glossary: JSON.parse(readFileSync(`locales/glossary/${locale}.json`, 'utf8')) as Glossary,
  terms,
  words,
});
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The locale's file with one message's target replaced. */
function withTarget(xml: string, id: string, change: (target: string) => string) {
  return xml.replace(
    new RegExp(`(<trans-unit id="${escapeRegExp(id)}">[\\s\\S]*?<target>)([\\s\\S]*?)(</target>)`),
    (_, start: string, target: string, end: string) => start + change(target) + end
  );
}

test('breaking any term in any locale on purpose fails the check', () => {
  let broken = 0;
  for (const locale of locales) {
    const input = load(locale);
    const units = readUnits(input.xml);
    for (const [termId, term] of Object.entries(terms.terms)) {
      const unit = units.find(
        ({id, source}) =>
          new RegExp(term.english, 'i').test(source) &&
          !term.notIn?.[id] &&
          !input.glossary.exceptions?.[id]?.[termId]
      );
      if (!unit) continue;
      const entry = input.glossary.terms[termId];
      const forms = [entry.chosen, ...(entry.forms ?? [])];
      const xml = withTarget(input.xml, unit.id, (target) =>
        forms.reduce(
          (text, form) => text.replace(new RegExp(escapeRegExp(form), 'giu'), '¤'),
          target
        )
      );
      const problems = checkLocale({...input, xml});
      assert.ok(
        problems.some((line) => line.startsWith(`${unit.id}:`) && line.includes(`(${termId})`)),
        `${locale}: removing "${entry.chosen}" from ${unit.id} was not caught`
      );
      broken++;
    }
  }
  assert.ok(broken >= locales.length * Object.keys(terms.terms).length * 0.9, `${broken} cases`);
});

test('an English word left in a translation fails the check, in any script', () => {
  for (const locale of locales) {
    const input = load(locale);
    const xml = withTarget(input.xml, 'r.detox', (target) => `${target} withdrawal`);
    const allowed = Object.keys(input.glossary.allowEnglish ?? {}).map((word) =>
      word.toLowerCase()
    );
    if (allowed.includes('withdrawal')) continue;
    assert.ok(
      checkLocale({...input, xml}).some((line) => line.includes('"withdrawal" is English')),
      locale
    );
  }
});

test('allow-list entries and exceptions must be used and explained', () => {
  const input = load('es');
  const glossary: Glossary = {
    ...input.glossary,
    allowEnglish: {...input.glossary.allowEnglish, zebra: 'not in any message'},
    exceptions: {...input.glossary.exceptions, 'no.such.id': {team: 'why'}},
  };
  const problems = checkLocale({...input, glossary});
  assert.ok(problems.some((line) => line.includes('"zebra" is not used')));
  assert.ok(problems.some((line) => line.includes('"no.such.id"')));
});

test('a glossary missing a term or its reason fails the check', () => {
  const input = load('fr');
  const terms = {...input.glossary.terms, team: {...input.glossary.terms.team, reason: ''}};
  delete (terms as Record<string, unknown>).withdrawal;
  const glossary: Glossary = {...input.glossary, terms};
  const problems = checkLocale({...input, glossary});
  assert.ok(problems.some((line) => line.includes('term "withdrawal" needs')));
  assert.ok(problems.some((line) => line.includes('term "team" needs')));
});
