// Terminology and untranslated-English checks over one locale, the two checks
// translation QA tools run. Pure: the caller reads the files. Used by
// scripts/check-terminology.js (the build) and by its tests.
import {xliffUnits} from './xliff.js';

const entities = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => entities[name]);

/** The messages of an XLIFF file, placeholders removed, entities decoded. */
export function readUnits(xml) {
  const plain = (text = '') => decode(text.replace(/<x [^>]*\/>/g, ' ')).normalize('NFC');
  return xliffUnits(xml).map(({id, source, target}) => ({
    id,
    source: plain(source),
    target: plain(target),
  }));
}

/** Lower-case entries of a word list such as Debian's wamerican (proper nouns left out). */
export function readWordList(text) {
  return new Set(text.split('\n').filter((word) => /^[a-z]+$/.test(word)));
}

// In these scripts a form must start a word; Arabic, Persian, Chinese and
// Korean attach particles and prefixes, so there a form may sit inside a word.
const spacedScript = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u;
// Where the locale itself is written in Latin letters, only a word that is in
// the English list counts as English; elsewhere any Latin word does.
const latinScriptLocales = new Set(['es', 'fr', 'ht', 'tl', 'vi']);

function contains(text, form, locale) {
  const haystack = text.toLocaleLowerCase(locale);
  const needle = form.normalize('NFC').toLocaleLowerCase(locale);
  if (!spacedScript.test(needle)) return haystack.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}`, 'u').test(haystack);
}

/**
 * Every problem in one locale, as readable lines (none means it passes).
 * @param {{locale: string, xml: string, glossary: object, terms: object, words: Set<string>}} input
 */
export function checkLocale({locale, xml, glossary, terms, words}) {
  const problems = [];
  const say = (line) => problems.push(line);
  const units = readUnits(xml);
  const ids = new Set(units.map((unit) => unit.id));

  for (const [termId] of Object.entries(terms.terms)) {
    const entry = glossary.terms?.[termId];
    if (!entry?.chosen?.trim() || !entry.reason?.trim())
      say(`glossary: term "${termId}" needs a chosen word and a reason`);
  }
  for (const termId of Object.keys(glossary.terms ?? {}))
    if (!terms.terms[termId]) say(`glossary: "${termId}" is not a term in terms.json`);

  const usedExceptions = new Set();
  for (const {id, source, target} of units) {
    for (const [termId, term] of Object.entries(terms.terms)) {
      const entry = glossary.terms?.[termId];
      if (!entry?.chosen || term.notIn?.[id]) continue;
      if (!new RegExp(term.english, 'i').test(source)) continue;
      if (glossary.exceptions?.[id]?.[termId]) {
        usedExceptions.add(`${id} ${termId}`);
        continue;
      }
      const forms = [entry.chosen, ...(entry.forms ?? [])];
      if (!forms.some((form) => contains(target, form, locale)))
        say(
          `${id}: the English says "${source.match(new RegExp(term.english, 'i'))[0]}" (${termId}); ` +
            `the translation has none of ${forms.map((form) => `"${form}"`).join(', ')}`
        );
    }
  }
  for (const [id, byTerm] of Object.entries(glossary.exceptions ?? {}))
    for (const termId of Object.keys(byTerm)) {
      if (!ids.has(id)) say(`glossary: exception for "${id}", which is not a message`);
      else if (!usedExceptions.has(`${id} ${termId}`))
        say(`glossary: exception "${id}" / "${termId}" is not needed; remove it`);
    }

  const allowed = new Map(
    Object.entries({...terms.allowEnglish, ...glossary.allowEnglish}).map(([word, reason]) => [
      word.toLowerCase(),
      reason,
    ])
  );
  const usedAllowed = new Set();
  for (const {id, target} of units) {
    for (const word of target.match(/\p{L}+/gu) ?? []) {
      if (word.length < 2 || !/^[A-Za-z]+$/.test(word)) continue;
      const lower = word.toLowerCase();
      if (latinScriptLocales.has(locale) && !words.has(lower)) continue;
      if (allowed.has(lower)) usedAllowed.add(lower);
      else say(`${id}: "${word}" is English; translate it or add it to allowEnglish with a reason`);
    }
  }
  for (const [word, reason] of Object.entries(glossary.allowEnglish ?? {})) {
    if (!reason?.trim()) say(`glossary: allowEnglish "${word}" needs a reason`);
    if (!usedAllowed.has(word.toLowerCase()))
      say(`glossary: allowEnglish "${word}" is not used; remove it`);
  }
  return problems;
}
