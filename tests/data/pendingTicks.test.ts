import { memoryStorage } from '../../src/app';
import { PendingTicks, pendingTicksKey } from '../../src/app/checklist/pendingTicks';
import { TickIntent } from '../../src/domain/checklist';

const intent = (itemId: number, done: boolean, at: string): TickIntent => ({ unitId: 4, itemId, planId: 1, period: 2025, done, at });

describe('PendingTicks', () => {
  const key = pendingTicksKey('https://stockholm.sharepoint.com/sites/MR/', 8);

  it('is kept per site and person', () => {
    expect(key).toBe('mr-programmet:pending-ticks:https://stockholm.sharepoint.com/sites/mr:8');
  });

  it('survives a reload: a new queue over the same storage holds the same intents', () => {
    const storage = memoryStorage();
    new PendingTicks(storage, key).add(intent(7, true, 't1'));
    expect(new PendingTicks(storage, key).all()).toEqual([intent(7, true, 't1')]);
  });

  it('forgets an intent once confirmed, but not a newer one for the same tick', () => {
    const queue = new PendingTicks(memoryStorage(), key);
    queue.add(intent(7, true, 't1'));
    queue.add(intent(7, false, 't2'));
    queue.settle(intent(7, true, 't1'));
    expect(queue.all()).toEqual([intent(7, false, 't2')]);
    queue.settle(intent(7, false, 't2'));
    expect(queue.all()).toEqual([]);
  });

  it('ignores storage it cannot read, and entries that are not intents', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(new PendingTicks(storage, key).all()).toEqual([]);
    storage.setItem(key, JSON.stringify([intent(7, true, 't1'), { itemId: 'x' }]));
    expect(new PendingTicks(storage, key).all()).toEqual([intent(7, true, 't1')]);
  });

  it('keeps the queue for the page when storage refuses to save', () => {
    const refusing = { ...memoryStorage(), setItem: (): void => { throw new Error('QuotaExceededError'); } };
    const queue = new PendingTicks(refusing, key);
    queue.add(intent(7, true, 't1'));
    expect(queue.all()).toEqual([intent(7, true, 't1')]);
  });
});
