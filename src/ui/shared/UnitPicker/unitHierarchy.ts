/**
 * The units as the city is organised, for choosing one: the person's own units first, then the district
 * committees (stadsdelsnämnder), the specialist committees (facknämnder) and the company boards
 * (bolagsstyrelser), each followed by its administrations and teams. Names are Swedish, so they are
 * sorted and searched with Swedish collation whatever the interface language (å, ä and ö after z;
 * case and accents such as é do not matter when searching).
 */
import { ancestorsOf, Unit } from '../../../domain/unit';

/** Where a unit is listed: among the person's own, or under the kind of organisation at its top. */
export type UnitGroupKey = 'own' | 'districtCommittees' | 'committees' | 'companyBoards' | 'other';

export const UNIT_GROUP_ORDER: readonly UnitGroupKey[] = ['own', 'districtCommittees', 'committees', 'companyBoards', 'other'];

export interface UnitEntry {
  unit: Unit;
  /** How far below its top-level organisation the unit is (0 for a committee or board). */
  depth: number;
  /** The names above the unit, top first: what it belongs to. */
  path: string[];
}

export interface UnitGroup {
  key: UnitGroupKey;
  entries: UnitEntry[];
}

const sorting = new Intl.Collator('sv');
const searching = new Intl.Collator('sv', { sensitivity: 'base', usage: 'search' });

/** Compares two unit names as a Swedish reader expects them ordered. */
export function compareUnitNames(a: string, b: string): number {
  return sorting.compare(a, b);
}

/** Whether `query` occurs in `text`, compared with Swedish collation regardless of case and accents. */
export function containsQuery(text: string, query: string): boolean {
  const wanted = query.trim();
  if (wanted === '') return true;
  for (let start = 0; start + wanted.length <= text.length; start++) {
    if (searching.compare(text.slice(start, start + wanted.length), wanted) === 0) return true;
  }
  return false;
}

const TOP_GROUP: Partial<Record<Unit['type'], UnitGroupKey>> = {
  districtCommittee: 'districtCommittees',
  committee: 'committees',
  companyBoard: 'companyBoards'
};

/** Every unit in organisation order: each top-level unit, then its children depth first, siblings by name. */
function inTreeOrder(units: readonly Unit[]): UnitEntry[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const topOf = (unit: Unit): Unit => [unit, ...ancestorsOf(unit, byId)].pop() as Unit;
  // Under its parent only if the chain up ends at a top-level unit: a missing parent or a cycle leaves the
  // unit at the top rather than losing it.
  const rooted = (unit: Unit): boolean => {
    const top = topOf(unit);
    return top.parentId === undefined || !byId.has(top.parentId);
  };
  const children = new Map<number | undefined, Unit[]>();
  for (const unit of units) {
    const parentId = unit.parentId !== undefined && byId.has(unit.parentId) && rooted(unit) ? unit.parentId : undefined;
    children.set(parentId, [...(children.get(parentId) ?? []), unit]);
  }
  const ordered: UnitEntry[] = [];
  const visit = (parentId: number | undefined, path: string[]): void => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => compareUnitNames(a.name, b.name));
    for (const unit of siblings) {
      ordered.push({ unit, depth: path.length, path });
      visit(unit.id, [...path, unit.name]);
    }
  };
  visit(undefined, []);
  return ordered;
}

/** The group of a unit's top-level organisation. */
function groupOf(entry: UnitEntry, byId: ReadonlyMap<number, Unit>): UnitGroupKey {
  const top = [entry.unit, ...ancestorsOf(entry.unit, byId)].pop() as Unit;
  return TOP_GROUP[top.type] ?? 'other';
}

/** A unit named with what it belongs to, on one line: for native selects and dropdowns. */
export function unitWithPath({ unit, path }: UnitEntry): string {
  return path.length > 0 ? `${unit.name} – ${path.join(' › ')}` : unit.name;
}

/** Every unit in the organisation's order, each once: for lists and native selects. */
export function unitsInOrder(units: readonly Unit[]): UnitEntry[] {
  return unitGroups(units, new Set()).flatMap((group) => group.entries);
}

/**
 * The units grouped for a picker, filtered by `query` (a unit matches by its own name or the name of
 * anything above it). The person's own units come first, as a group of their own, and keep their place
 * in the hierarchy too. Empty groups are left out.
 */
export function unitGroups(units: readonly Unit[], ownUnitIds: ReadonlySet<number>, query: string = ''): UnitGroup[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const matching = inTreeOrder(units).filter((entry) => [entry.unit.name, ...entry.path].some((name) => containsQuery(name, query)));
  const groups = new Map<UnitGroupKey, UnitEntry[]>(UNIT_GROUP_ORDER.map((key) => [key, []]));
  for (const entry of matching) {
    if (ownUnitIds.has(entry.unit.id)) groups.get('own')?.push(entry);
    groups.get(groupOf(entry, byId))?.push(entry);
  }
  return UNIT_GROUP_ORDER.map((key) => ({ key, entries: groups.get(key) ?? [] })).filter((group) => group.entries.length > 0);
}
