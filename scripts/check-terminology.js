// Fails when a locale breaks its glossary (locales/glossary/<locale>.json) or
// leaves English words in its text. The English word list is Debian's
// wamerican. Usage: node scripts/check-terminology.js [locales/xx.xlf ...]
import {existsSync, readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {checkLocale, readWordList} from './terminology.js';
import {localeFiles} from './xliff.js';

const wordList = '/usr/share/dict/american-english';
if (!existsSync(wordList)) {
  console.error(`${wordList} is missing: install Debian's wamerican (apt-get install wamerican).`);
  process.exit(1);
}
const words = readWordList(readFileSync(wordList, 'utf8'));
const terms = JSON.parse(readFileSync('locales/glossary/terms.json', 'utf8'));
const files = localeFiles(process.argv.slice(2));

let problems = 0;
for (const file of files) {
  const locale = basename(file, '.xlf');
  const glossaryFile = `locales/glossary/${locale}.json`;
  if (!existsSync(glossaryFile)) {
    console.error(`${file}: no glossary (${glossaryFile})`);
    problems++;
    continue;
  }
  const glossary = JSON.parse(readFileSync(glossaryFile, 'utf8'));
  for (const line of checkLocale({
    locale,
    xml: readFileSync(file, 'utf8'),
    glossary,
    terms,
    words,
  })) {
    console.error(`${file}: ${line}`);
    problems++;
  }
}
if (problems) {
  console.error(`${problems} terminology problem(s).`);
  process.exit(1);
}
console.log(
  `${files.length} locale file(s): every glossary term used, no English left ` +
    `(${Object.keys(terms.terms).length} terms, ${words.size} English words).`
);
