// First step of `npm test`: stop at once, with one line, when no browser can run the e2e tests.
import { findBrowser, installHint } from './find-browser.ts';

if (!findBrowser()) {
  if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ${installHint}`);
  else console.error(installHint);
  process.exit(1);
}
