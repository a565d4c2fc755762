// How the tests and the benchmark start Chromium: headless, as root (no
// sandbox), and without the background connections a closed network refuses.
import {findEngines} from './browsers.js';

export const chromiumPath = findEngines().find((engine) => engine.name === 'chromium')?.path;

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
