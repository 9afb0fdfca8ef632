/**
 * Swedish, the default, is in the initial script; English loads on demand (its own chunk, mr-strings-en). Each test
 * has a fresh module registry, so a page that has loaded nothing yet, with English's module counted or made to fail.
 */
import type * as Loader from '../../../src/ui/loc/loadLocalization';

const EN_MODULE = '../../../src/ui/loc/en';

interface Page {
  loader: typeof Loader;
  /** How many times English was loaded. */
  englishLoads: () => number;
}

/** A page that has loaded nothing yet; English's module fails while `englishFails()` says so. */
function freshPage(englishFails: () => boolean = () => false): Page {
  let loads = 0;
  let loader: typeof Loader | undefined;
  jest.isolateModules(() => {
    jest.doMock(EN_MODULE, () => {
      loads += 1;
      if (englishFails()) throw new Error('ChunkLoadError: Loading chunk mr-strings-en failed.');
      return jest.requireActual(EN_MODULE);
    });
    loader = jest.requireActual<typeof Loader>('../../../src/ui/loc/loadLocalization');
  });
  if (!loader) throw new Error('The loader did not load.');
  return { loader, englishLoads: () => loads };
}

const { en } = jest.requireActual<typeof import('../../../src/ui/loc/en')>(EN_MODULE);
const { sv } = jest.requireActual<typeof import('../../../src/ui/loc/sv')>('../../../src/ui/loc/sv');

// English's module is required when the loader asks for it, after the isolated start: a fresh registry each test.
beforeEach(() => jest.resetModules());
afterEach(() => jest.dontMock(EN_MODULE));

test('Swedish is at hand at once, for Swedish and every other locale, without loading English', async () => {
  const { loader, englishLoads } = freshPage();
  expect(loader.loadedLocalization('sv-SE')?.strings.appSubtitle).toBe(sv.appSubtitle);
  expect(loader.loadedLocalization('fi-FI')?.language).toBe('sv');
  expect(loader.loadedLocalization(undefined)?.language).toBe('sv');
  const load = await loader.loadLocalization('sv-SE');
  expect(load).toEqual({ localization: loader.SWEDISH, englishUnavailable: false });
  expect(englishLoads()).toBe(0);
});

test('English is loaded when a host first asks for it, once, and is at hand from then on', async () => {
  const { loader, englishLoads } = freshPage();
  expect(loader.loadedLocalization('en-GB')).toBeUndefined();
  const load = await loader.loadLocalization('en-GB');
  expect(load.englishUnavailable).toBe(false);
  expect(load.localization.language).toBe('en');
  expect(load.localization.strings.appSubtitle).toBe(en.appSubtitle);
  expect(load.localization.formatDate('2025-03-12')).toBe('12 March 2025');
  // Another English locale needs no second load, and keeps its own way of writing dates.
  expect((await loader.loadLocalization('en-US')).localization.formatDate('2025-03-12')).toBe('March 12, 2025');
  expect(loader.loadedLocalization('en-GB')).toBe(load.localization);
  expect(englishLoads()).toBe(1);
});

test('when English cannot load, the outcome is Swedish, said so, and the next ask tries English again', async () => {
  let offline = true;
  const { loader, englishLoads } = freshPage(() => offline);
  const failed = await loader.loadLocalization('en-GB');
  expect(failed).toEqual({ localization: loader.SWEDISH, englishUnavailable: true });
  expect(failed.localization.strings.appSubtitle).toBe(sv.appSubtitle);
  expect(loader.loadedLocalization('en-GB')).toBeUndefined();

  offline = false;
  const retried = await loader.loadLocalization('en-GB');
  expect(retried.englishUnavailable).toBe(false);
  expect(retried.localization.strings.appSubtitle).toBe(en.appSubtitle);
  expect(englishLoads()).toBe(2);
});
