// Fails when a translation is missing, drops or invents a placeholder, or is
// left in English. Usage: node scripts/check-translations.js [locales/xx.xlf ...]
import {readFileSync} from 'node:fs';
import {localeFiles, xliffUnits} from './xliff.js';

// Messages whose English text may rightly stay the same in a translation.
const mayMatchSource = new Set(['call.n', 'no']);

const placeholders = (text) =>
  (text.match(/<x id="\d+"[^>]*\/>/g) ?? []).map((x) => x.match(/id="(\d+)"/)[1]).sort();

const files = localeFiles(process.argv.slice(2));

let problems = 0;
let expectedIds;
for (const file of files) {
  const list = xliffUnits(readFileSync(file, 'utf8'));
  const ids = list
    .map((u) => u.id)
    .sort()
    .join(' ');
  expectedIds ??= ids;
  const say = (message) => {
    problems++;
    console.error(`${file}: ${message}`);
  };
  if (ids !== expectedIds)
    say('holds a different set of message ids than the other locales; run lit-localize extract');
  for (const {id, source, target} of list) {
    if (!target?.trim()) say(`${id}: no translation`);
    else if (placeholders(source).join() !== placeholders(target).join())
      say(`${id}: placeholders differ from the English`);
    else if (target.trim() === source.trim() && !mayMatchSource.has(id))
      say(`${id}: same as the English`);
    else if (/<(?!x id=)/.test(target.replace(/<x id="\d+" equiv-text="[^"]*"\/>/g, '')))
      say(`${id}: markup in the translation`);
  }
}
if (problems) {
  console.error(`${problems} translation problem(s).`);
  process.exit(1);
}
console.log(`${files.length} locale file(s): every message translated.`);
