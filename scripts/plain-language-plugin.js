// A test-runner command that scores English text with Flesch–Kincaid, so the
// browser test can grade exactly the text a visitor sees.
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';

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
      syllables += tokens.reduce((sum, token) => sum + syllable(token.replace(/[^a-z'-]/gi, '')), 0);
    }
  }
  return {grade: fleschKincaid({sentence: sentences, word: words, syllable: syllables}), sentences, words, syllables};
}

export const plainLanguagePlugin = () => ({
  name: 'plain-language',
  executeCommand({command, payload}) {
    if (command !== 'plain-language-grade') return undefined;
    return grade(payload.blocks);
  },
});
