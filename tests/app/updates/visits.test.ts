import { KeyValueStorage, memoryStorage } from '../../../src/app';
import { lastVisitKey, updateVisits } from '../../../src/app/updates/visits';

const SITE = 'https://contoso.sharepoint.com/sites/mr';
const MAJA = 7;
const at = (iso: string): Date => new Date(iso);

describe('a person’s visits to the updates', () => {
  it('answers the visit before this opening, however often the view records one in it', () => {
    const storage = memoryStorage();
    storage.setItem(lastVisitKey(SITE, MAJA), '2026-12-01T08:00:00.000Z');
    const opening = updateVisits(storage, SITE);

    expect(opening.record(MAJA, at('2026-12-03T09:00:00Z'))).toBe('2026-12-01T08:00:00.000Z');
    // The view mounts again (its data refreshed after a cached start): the same marks.
    expect(opening.record(MAJA, at('2026-12-03T09:00:02Z'))).toBe('2026-12-01T08:00:00.000Z');
    expect(opening.last(MAJA)).toBe('2026-12-03T09:00:02.000Z');

    // The next opening of the app sees this one's last visit.
    expect(updateVisits(storage, SITE).record(MAJA, at('2026-12-04T09:00:00Z'))).toBe('2026-12-03T09:00:02.000Z');
  });

  it('keeps each person’s and each site’s visits apart', () => {
    const storage = memoryStorage();
    const opening = updateVisits(storage, SITE);
    expect(opening.record(MAJA, at('2026-12-03T09:00:00Z'))).toBeUndefined();
    expect(opening.record(8, at('2026-12-03T09:00:00Z'))).toBeUndefined();
    expect(updateVisits(storage, `${SITE}-other`).last(MAJA)).toBeUndefined();
  });

  it('treats storage that refuses, or a stored value that is no date, as no memory', () => {
    const denied = (): never => {
      throw new Error('denied');
    };
    const refusing: KeyValueStorage = { getItem: denied, setItem: denied, removeItem: denied };
    expect(updateVisits(refusing, SITE).record(MAJA, at('2026-12-03T09:00:00Z'))).toBeUndefined();
    const storage = memoryStorage();
    storage.setItem(lastVisitKey(SITE, MAJA), 'igår');
    expect(updateVisits(storage, SITE).last(MAJA)).toBeUndefined();
  });
});
