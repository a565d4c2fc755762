// Test-runner commands that check the text a visitor sees, gathered in the
// browser: its Flesch–Kincaid grade (English) and its language (franc).
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';
import {franc} from 'franc';

/** Splits each block (heading, question, option, list item, paragraph) into sentences. */
export function grade(blocks) {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    const parts = block.split(/[.!?]+(?:\s|$)/).filter((part) => /[a-z]/i.test(part));
    for (const part of parts) {
      // Numbers and phone numbers are not words a reader sounds out.
      const tokens = part.split(/[\s\u2060\u2066\u2069/]+/).filter((token) => /[a-z]/i.test(token));
      if (!tokens.length) continue;
      sentences += 1;
      words += tokens.length;
      syllables += tokens.reduce(
        (sum, token) => sum + syllable(token.replace(/[^a-z'-]/gi, '')),
        0
      );
    }
  }
  return {
    grade: fleschKincaid({sentence: sentences, word: words, syllable: syllables}),
    sentences,
    words,
    syllables,
  };
}

export const textChecksPlugin = () => ({
  name: 'text-checks',
  executeCommand({command, payload}) {
    if (command === 'plain-language-grade') return grade(payload.blocks);
    // ISO 639-3 code of the most likely language, or 'und'.
    if (command === 'identify-language') return franc(payload.text, {minLength: 10});
    return undefined;
  },
});
