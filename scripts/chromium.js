// How the tests and the benchmark start Debian's Chromium: headless, as root
// (no sandbox), and without the background connections this closed network refuses.
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
