// Reading the XLIFF files in locales/, shared by the translation checks.
import {readdirSync} from 'node:fs';

/** Each trans-unit's id and its source and target as written (placeholders and entities kept). */
export const xliffUnits = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));

/** The files named on the command line, else every locales/*.xlf. */
export const localeFiles = (args) =>
  args.length
    ? args
    : readdirSync('locales')
        .filter((file) => file.endsWith('.xlf'))
        .map((file) => `locales/${file}`);
