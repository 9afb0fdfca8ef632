import { devPagePerson } from './devPageDirectory';

/**
 * The development page's choices, kept in its address so that a screenshot or a test can open exactly one
 * setup: `/?host=teams&theme=dark&user=member&lang=sv&mrView=plans`.
 */
export type DevPageHostKind = 'sharepoint' | 'teams' | 'personal' | 'meeting' | 'viva';
export type DevPageTheme = 'light' | 'dark' | 'contrast' | 'site';
/** A person of the local tenant: a mailbox (`ali.hassan`) or an old key (`editor`, `member`, `reader`); see devPageDirectory. */
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

export const DEV_PAGE_HOSTS: readonly DevPageHostKind[] = ['sharepoint', 'teams', 'personal', 'meeting', 'viva'];
export const DEV_PAGE_LANGUAGES: readonly DevPageLanguage[] = ['sv', 'en'];

/** Teams and the Viva Connections dashboard have light, dark and high contrast; a SharePoint page has the site theme, plain or on a dark section. */
export function themesFor(host: DevPageHostKind): readonly DevPageTheme[] {
  return host === 'sharepoint' ? ['site', 'light', 'dark'] : ['light', 'dark', 'contrast'];
}

/** The cookie the local SharePoint reads the acting user from. */
export const USER_COOKIE = 'mrLocalUser';

const PARAMS = ['host', 'theme', 'user', 'lang', 'team'] as const;

function oneOf<T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T {
  return value !== undefined && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readOptions(search: string, cookie: string, defaultTeam: string): DevPageOptions {
  const params = new URLSearchParams(search);
  const param = (name: string): string | undefined => params.get(name) ?? undefined;
  const host = oneOf(param('host'), DEV_PAGE_HOSTS, 'sharepoint');
  const cookieUser = cookie
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === USER_COOKIE)?.[1];
  const asked = param('user') ?? cookieUser;
  return {
    host,
    theme: oneOf(param('theme'), themesFor(host), themesFor(host)[0]),
    user: asked !== undefined && devPagePerson(asked) !== undefined ? asked : 'editor',
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
