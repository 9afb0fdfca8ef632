/**
 * The development page's choices, kept in its address so that a screenshot or a test can open exactly one
 * setup: `/?host=teams&theme=dark&user=ali.hassan&lang=sv&mrView=plans`.
 */
export type DevPageHostKind = 'sharepoint' | 'teams' | 'personal' | 'meeting' | 'stage' | 'viva';
export type DevPageTheme = 'light' | 'dark' | 'contrast' | 'site';
/** A person of the local tenant, by the mailbox part of their address, or one of the old keys editor, member, reader. */
export type DevPageUser = string;
export type DevPageLanguage = 'sv' | 'en';

export interface DevPageOptions {
  host: DevPageHostKind;
  theme: DevPageTheme;
  user: DevPageUser;
  lang: DevPageLanguage;
  /** The Microsoft 365 group of the simulated team (Teams tab and meeting). */
  team: string;
}

export const DEV_PAGE_HOSTS: readonly DevPageHostKind[] = ['sharepoint', 'teams', 'personal', 'meeting', 'stage', 'viva'];
export const DEV_PAGE_LANGUAGES: readonly DevPageLanguage[] = ['sv', 'en'];

/** Teams and the Viva Connections dashboard have light, dark and high contrast; a SharePoint page has the site theme, plain or on a dark section. */
export function themesFor(host: DevPageHostKind): readonly DevPageTheme[] {
  return host === 'sharepoint' ? ['site', 'light', 'dark'] : ['light', 'dark', 'contrast'];
}

/** A person the user menu offers (served by `npm start` at /local-people.json, from the local directory and the demo seed). */
export interface LocalPerson {
  key: string;
  alias?: string;
  name: string;
  role: 'editor' | 'staff';
  /** The units the person belongs to, by name: named in the unit, or a member of its linked team. */
  units: string[];
}

/** Where the user menu's people come from. */
export const LOCAL_PEOPLE_PATH = '/local-people.json';
/** The page context the local page reads before it starts, as a SharePoint page carries it: the site's form digest. */
export const LOCAL_PAGE_CONTEXT_PATH = '/local-page-context.json';

export type PeopleGroup = { kind: 'editors'; people: LocalPerson[] } | { kind: 'unit'; unit: string; people: LocalPerson[] } | { kind: 'noUnit'; people: LocalPerson[] };

/** The user menu's groups: editors, then each unit (Swedish order) with its people, then staff in no unit. A person in two units is in both. */
export function groupPeople(people: readonly LocalPerson[]): PeopleGroup[] {
  const staff = people.filter((person) => person.role === 'staff');
  const units = Array.from(new Set(staff.flatMap((person) => person.units))).sort((a, b) => a.localeCompare(b, 'sv'));
  const groups: PeopleGroup[] = [{ kind: 'editors', people: people.filter((person) => person.role === 'editor') }];
  for (const unit of units) groups.push({ kind: 'unit', unit, people: staff.filter((person) => person.units.includes(unit)) });
  groups.push({ kind: 'noUnit', people: staff.filter((person) => person.units.length === 0) });
  return groups.filter((group) => group.people.length > 0);
}

/** The person a key names (mailbox or old alias). */
export function personOf(people: readonly LocalPerson[], key: string): LocalPerson | undefined {
  return people.find((person) => person.key === key || person.alias === key);
}

/** The cookie the local SharePoint reads the acting user from. */
export const USER_COOKIE = 'mrLocalUser';

const PARAMS = ['host', 'theme', 'user', 'lang', 'team'] as const;

function oneOf<T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T {
  return value !== undefined && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readOptions(search: string, cookie: string, defaultTeam: string, people: readonly LocalPerson[]): DevPageOptions {
  const params = new URLSearchParams(search);
  const param = (name: string): string | undefined => params.get(name) ?? undefined;
  const host = oneOf(param('host'), DEV_PAGE_HOSTS, 'sharepoint');
  const cookieUser = cookie
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === USER_COOKIE)?.[1];
  return {
    host,
    theme: oneOf(param('theme'), themesFor(host), themesFor(host)[0]),
    user: oneOf(param('user') ?? cookieUser, people.flatMap((person) => [person.key, ...(person.alias ? [person.alias] : [])]), 'editor'),
    lang: oneOf(param('lang'), DEV_PAGE_LANGUAGES, 'sv'),
    team: param('team') || defaultTeam
  };
}

/** The page's query with the options written in, keeping the app's own parameters (the deep link). */
export function writeOptions(options: DevPageOptions, search: string): string {
  const params = new URLSearchParams(search);
  for (const name of PARAMS) params.set(name, options[name]);
  return `?${params.toString()}`;
}
