import { localPeople } from '../../../local/localPeople';
import { DEMO_SEED } from '../../../src/data';
import { groupPeople, readOptions, themesFor, writeOptions } from '../../../src/hosts/devPage/devPageOptions';

const TEAM = '11111111-2222-3333-4444-555555555555';
const PEOPLE = localPeople(DEMO_SEED.units);

describe('the local page’s options', () => {
  it('reads host, theme, user, language and team from the address', () => {
    expect(readOptions('?host=teams&theme=dark&user=member&lang=en&team=abc', '', TEAM, PEOPLE)).toEqual({ host: 'teams', theme: 'dark', user: 'member', lang: 'en', team: 'abc' });
  });

  it('opens as an editor on a SharePoint page in Swedish with the site theme by default', () => {
    expect(readOptions('', '', TEAM, PEOPLE)).toEqual({ host: 'sharepoint', theme: 'site', user: 'editor', lang: 'sv', team: TEAM });
  });

  it('takes the user from the cookie the local SharePoint reads, unless the address names one', () => {
    expect(readOptions('', 'other=1; mrLocalUser=reader', TEAM, PEOPLE).user).toBe('reader');
    expect(readOptions('?user=member', 'mrLocalUser=reader', TEAM, PEOPLE).user).toBe('member');
  });

  it('replaces values it does not know, and themes the host does not have', () => {
    expect(readOptions('?host=intranet&user=admin&lang=fi', '', TEAM, PEOPLE)).toMatchObject({ host: 'sharepoint', user: 'editor', lang: 'sv' });
    expect(readOptions('?host=teams&theme=site', '', TEAM, PEOPLE).theme).toBe('light');
    expect(readOptions('?host=sharepoint&theme=contrast', '', TEAM, PEOPLE).theme).toBe('site');
    expect(themesFor('meeting')).toEqual(['light', 'dark', 'contrast']);
  });

  it('knows every person by the mailbox part of their address, and the old keys', () => {
    expect(readOptions('?user=ali.hassan', '', TEAM, PEOPLE).user).toBe('ali.hassan');
    expect(readOptions('', 'mrLocalUser=lina.karlsson', TEAM, PEOPLE).user).toBe('lina.karlsson');
    expect(readOptions('?user=nobody.known', '', TEAM, PEOPLE).user).toBe('editor');
  });

  it('groups the user menu by role and unit, from the local directory and the demo seed', () => {
    const groups = groupPeople(PEOPLE);
    const names = (group: (typeof groups)[number] | undefined): string[] => (group?.people ?? []).map((person) => person.name);
    expect(groups[0]).toMatchObject({ kind: 'editors' });
    expect(names(groups[0])).toEqual(['Eva Redaktör', 'Omar Lindqvist']);
    // Named in the unit, or in its linked team (the team's members come from the directory).
    expect(names(groups.find((group) => group.kind === 'unit' && group.unit === 'Nämndkansliet'))).toEqual(['Maja Medlem', 'Ali Hassan', 'Sara Nilsson']);
    expect(groups[groups.length - 1]).toMatchObject({ kind: 'noUnit' });
    expect(names(groups[groups.length - 1])).toContain('Lars Läsare');
    expect(new Set(groups.flatMap((group) => group.people.map((person) => person.key))).size).toBe(PEOPLE.length);
  });

  it('writes the options and keeps the deep link', () => {
    const search = writeOptions({ host: 'meeting', theme: 'contrast', user: 'reader', lang: 'en', team: TEAM }, '?mrView=plans&mrPlan=antiRacism');
    expect(new URLSearchParams(search).get('mrPlan')).toBe('antiRacism');
    expect(readOptions(search, '', 'other', PEOPLE)).toEqual({ host: 'meeting', theme: 'contrast', user: 'reader', lang: 'en', team: TEAM });
  });
});
