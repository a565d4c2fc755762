// Which browser engines this machine has, found the usual way for each
// platform; an environment variable overrides each (CHROMIUM, FIREFOX,
// WEBKIT_DRIVER), and BROWSERS=chromium,firefox picks a subset.
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';

const onPath = (names) => {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const file = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
};
const firstFile = (files) => files.find((file) => file && existsSync(file));
const programFiles = [
  process.env.PROGRAMFILES,
  process.env['PROGRAMFILES(X86)'],
  process.env.LOCALAPPDATA,
];
const windows = (relative) => programFiles.filter(Boolean).map((dir) => join(dir, relative));

const finders = {
  chromium: () =>
    process.env.CHROMIUM ??
    onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) ??
    firstFile([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ...windows('Google/Chrome/Application/chrome.exe'),
    ]),
  firefox: () =>
    process.env.FIREFOX ??
    onPath(['firefox-esr', 'firefox']) ??
    firstFile([
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      ...windows('Mozilla Firefox/firefox.exe'),
    ]),
  // WebKitGTK's WebDriver on Linux; Safari's own driver on macOS.
  webkit: () => process.env.WEBKIT_DRIVER ?? onPath(['WebKitWebDriver', 'safaridriver']),
};

export const engineNames = Object.keys(finders);

/** The engines asked for (all by default), each with its executable or undefined. */
export function findEngines() {
  const wanted = (process.env.BROWSERS ?? engineNames.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !engineNames.includes(name));
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')}`);
  return wanted.map((name) => ({name, path: finders[name]()}));
}

/**
 * Tests that run in Chromium alone, and why; every other test runs in every
 * engine. (Paths are folders or files, relative to the project.)
 */
export const chromiumOnlyTests = {
  // Chromium's DevTools protocol (scripts/devtools-plugin.js): its accessibility
  // tree, and media a page cannot set for itself (forced colors, prefers-color-scheme
  // for color-scheme="auto", print), which Firefox and WebKit cannot emulate here.
  'test/chromium-only/': 'needs the DevTools protocol',
};

/** Whether the test file at `path` runs only in Chromium. */
export const isChromiumOnly = (path) =>
  Object.keys(chromiumOnlyTests).some((prefix) => path.replace(/^\.\//, '').startsWith(prefix));
