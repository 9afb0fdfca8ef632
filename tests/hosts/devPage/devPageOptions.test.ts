import { readOptions, themesFor, writeOptions } from '../../../src/hosts/devPage/devPageOptions';

const TEAM = '11111111-2222-3333-4444-555555555555';

describe('the local page’s options', () => {
  it('reads host, theme, user, language and team from the address', () => {
    expect(readOptions('?host=teams&theme=dark&user=member&lang=en&team=abc', '', TEAM)).toEqual({ host: 'teams', theme: 'dark', user: 'member', lang: 'en', team: 'abc' });
  });

  it('opens as an editor on a SharePoint page in Swedish with the site theme by default', () => {
    expect(readOptions('', '', TEAM)).toEqual({ host: 'sharepoint', theme: 'site', user: 'editor', lang: 'sv', team: TEAM });
  });

  it('takes the user from the cookie the local SharePoint reads, unless the address names one', () => {
    expect(readOptions('', 'other=1; mrLocalUser=reader', TEAM).user).toBe('reader');
    expect(readOptions('?user=member', 'mrLocalUser=reader', TEAM).user).toBe('member');
  });

  it('chooses anyone in the local tenant by mailbox, and still by the old keys', () => {
    expect(readOptions('?user=ali.hassan', '', TEAM).user).toBe('ali.hassan');
    expect(readOptions('', 'mrLocalUser=sara.nilsson', TEAM).user).toBe('sara.nilsson');
    expect(readOptions('?user=member', '', TEAM).user).toBe('member');
    expect(readOptions('?user=someone.else', '', TEAM).user).toBe('editor');
  });

  it('replaces values it does not know, and themes the host does not have', () => {
    expect(readOptions('?host=intranet&user=admin&lang=fi', '', TEAM)).toMatchObject({ host: 'sharepoint', user: 'editor', lang: 'sv' });
    expect(readOptions('?host=teams&theme=site', '', TEAM).theme).toBe('light');
    expect(readOptions('?host=sharepoint&theme=contrast', '', TEAM).theme).toBe('site');
    expect(themesFor('meeting')).toEqual(['light', 'dark', 'contrast']);
  });

  it('writes the options and keeps the deep link', () => {
    const search = writeOptions({ host: 'meeting', theme: 'contrast', user: 'reader', lang: 'en', team: TEAM }, '?mrView=plans&mrPlan=antiRacism');
    expect(new URLSearchParams(search).get('mrPlan')).toBe('antiRacism');
    expect(readOptions(search, '', 'other')).toEqual({ host: 'meeting', theme: 'contrast', user: 'reader', lang: 'en', team: TEAM });
  });
});
