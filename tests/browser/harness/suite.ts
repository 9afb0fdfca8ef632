/**
 * One test file's setup: Chromium (installed first if it is missing), one browser and one local app with a
 * fresh store for the whole file, closed after its last test. Call at the top of a test file.
 */
import type { Browser } from 'playwright-core';
import { INSTALL_TIMEOUT_MS, launchChromium } from './chromium';
import { LocalApp, LocalAppOptions, START_TIMEOUT_MS, startLocalApp } from './localApp';

export interface BrowserSuite {
  readonly app: LocalApp;
  readonly browser: Browser;
}

export function browserSuite(options: LocalAppOptions = {}): BrowserSuite {
  let app: LocalApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Chromium first: a missing browser is the clearest failure, and installing it may take minutes.
    browser = await launchChromium();
    app = await startLocalApp(options);
  }, INSTALL_TIMEOUT_MS + START_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  }, START_TIMEOUT_MS);

  return {
    get app(): LocalApp {
      if (app === undefined) throw new Error('The local app did not start (see the error in beforeAll).');
      return app;
    },
    get browser(): Browser {
      if (browser === undefined) throw new Error('Chromium did not start (see the error in beforeAll).');
      return browser;
    }
  };
}
