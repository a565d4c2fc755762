// Types for scripts/terminology.js, so the Node tests can import it.
export interface Unit {
  id: string;
  source: string;
  target: string;
}
export interface Terms {
  terms: Record<string, {meaning: string; english: string; notIn?: Record<string, string>}>;
  allowEnglish: Record<string, string>;
}
export interface Glossary {
  locale: string;
  standard?: string;
  terms: Record<string, {chosen: string; forms?: string[]; reason: string}>;
  allowEnglish?: Record<string, string>;
  exceptions?: Record<string, Record<string, string>>;
}
export function readUnits(xml: string): Unit[];
export function readWordList(text: string): Set<string>;
export function checkLocale(input: {
  locale: string;
  xml: string;
  glossary: Glossary;
  terms: Terms;
  words: Set<string>;
}): string[];
