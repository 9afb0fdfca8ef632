/**
 * The people the local page's user menu offers, from the two places that know them: the local tenant's
 * directory (who exists, their site role, their Microsoft 365 groups) and the demo seed (which unit has
 * which named people and which linked team). A person's units are the units naming them plus the units
 * whose team they are a member of.
 */
import type { SeedUnit } from '../src/data/seed/content';
import { LOCAL_PAGE_CONTEXT_PATH, LOCAL_PEOPLE_PATH } from '../src/hosts/devPage/devPageOptions';
import type { LocalPerson } from '../src/hosts/devPage/devPageOptions';
import { LOCAL_USERS, MICROSOFT_365_GROUPS } from './server/index.ts';

export { LOCAL_PAGE_CONTEXT_PATH, LOCAL_PEOPLE_PATH };

function allUnits(units: readonly SeedUnit[]): SeedUnit[] {
  return units.flatMap((unit) => [unit, ...allUnits(unit.children ?? [])]);
}

export function localPeople(units: readonly SeedUnit[]): LocalPerson[] {
  const flat = allUnits(units);
  return LOCAL_USERS.map((user) => {
    const teams = new Set(MICROSOFT_365_GROUPS.filter((group) => group.members.includes(user.key)).map((group) => group.id));
    const unitNames = flat
      .filter((unit) => (unit.memberLogins ?? []).includes(user.loginName) || (unit.teamsGroupId !== undefined && teams.has(unit.teamsGroupId)))
      .map((unit) => unit.name);
    return { key: user.key, alias: user.alias, name: user.title, role: user.siteRole === 'staff' ? 'staff' : 'editor', units: unitNames };
  });
}
