/**
 * The change log as SharePoint exposes it: change tokens (`1;3;<list id>;<ticks>;<change number>`) and
 * the item changes a list's getChanges returns for an SP.ChangeQuery.
 */
import { DEFAULT_CHANGE_FETCH_LIMIT } from '../limits.ts';
import { invalidChangeToken } from '../errors.ts';
import type { ChangeRecord, ListRecord } from '../store/records.ts';
import type { Site } from './site.ts';

/** SP.ChangeType values the local SharePoint logs for list items. */
export const ChangeType = { Add: 1, Update: 2, DeleteObject: 3 } as const;

/** SP.ChangeToken scope for a list. */
const LIST_SCOPE = 3;

/** .NET ticks (100 ns since 0001-01-01) for a time, as change tokens carry them. */
function ticksOf(time: Date): bigint {
  return BigInt(time.getTime()) * 10_000n + 621_355_968_000_000_000n;
}

function timeOfTicks(ticks: bigint): Date {
  return new Date(Number((ticks - 621_355_968_000_000_000n) / 10_000n));
}

export function formatChangeToken(listId: string, time: Date, changeNumber: number): string {
  return `1;${LIST_SCOPE};${listId};${ticksOf(time)};${changeNumber}`;
}

/** The token for "now" on a list: a getChanges with it returns only later changes. */
export function currentChangeToken(site: Site, list: ListRecord): string {
  return formatChangeToken(list.id, new Date(), site.store.changes.lastNumber());
}

/** The change number a token stands for; a token with change number -1 stands for its time. */
function changeNumberOfToken(site: Site, list: ListRecord, token: string): number {
  const parts = token.split(';');
  if (parts.length !== 5 || parts[1] !== String(LIST_SCOPE) || parts[2].toLowerCase() !== list.id || !/^\d+$/.test(parts[3])) {
    throw invalidChangeToken();
  }
  const changeNumber = Number(parts[4]);
  if (!Number.isInteger(changeNumber) || changeNumber < -1) throw invalidChangeToken();
  if (changeNumber >= 0) return changeNumber;
  return site.store.changes.firstNumberSince(timeOfTicks(BigInt(parts[3])).toISOString()) - 1;
}

export interface ChangeQuery {
  Add?: boolean;
  Update?: boolean;
  DeleteObject?: boolean;
  Item?: boolean;
  ChangeTokenStart?: { StringValue?: string };
  ChangeTokenEnd?: { StringValue?: string };
  FetchLimit?: number | string;
}

function isSet(value: unknown): boolean {
  return value === true || value === 'true' || value === 'True';
}

/** The item changes after ChangeTokenStart (and up to ChangeTokenEnd) of the kinds the query asks for. */
export function itemChanges(site: Site, list: ListRecord, query: ChangeQuery): ChangeRecord[] {
  if (!isSet(query.Item)) return [];
  const wanted = new Set<number>();
  if (isSet(query.Add)) wanted.add(ChangeType.Add);
  if (isSet(query.Update)) wanted.add(ChangeType.Update);
  if (isSet(query.DeleteObject)) wanted.add(ChangeType.DeleteObject);
  const start = query.ChangeTokenStart?.StringValue;
  const end = query.ChangeTokenEnd?.StringValue;
  const after = start ? changeNumberOfToken(site, list, start) : 0;
  const upTo = end ? changeNumberOfToken(site, list, end) : Number.MAX_SAFE_INTEGER;
  const limit = Number(query.FetchLimit ?? DEFAULT_CHANGE_FETCH_LIMIT) || DEFAULT_CHANGE_FETCH_LIMIT;
  return site.store
    .changes.between(list.id, after, upTo)
    .filter((change) => wanted.has(change.changeType))
    .slice(0, limit);
}
