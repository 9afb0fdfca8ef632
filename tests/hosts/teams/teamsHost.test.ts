import { teamsFactsFrom, watchTeams, withTeamsFacts } from '../../../src/hosts/teams';
import type { TeamsAppContext, TeamsFacts, TeamsSdk } from '../../../src/hosts/teams';
import type { HostContext } from '../../../src/ui/App';
import { TEAMS_APP_ID, TEAMS_PERSONAL_TAB } from '../../../src/hosts/card/deepLinks';
import { fakeRepositories } from '../../ui/fakes';

const GROUP = '11111111-2222-3333-4444-555555555555';

function context(overrides: Partial<TeamsAppContext> = {}): TeamsAppContext {
  return { app: { theme: 'default', locale: 'en-US' }, page: { frameContext: 'content' }, team: { groupId: GROUP }, ...overrides };
}

describe('teamsFactsFrom', () => {
  it('tells a team tab, a chat tab, the personal app and a meeting apart', () => {
    expect(teamsFactsFrom(context()).hostKind).toBe('teamsTab');
    expect(teamsFactsFrom(context({ team: undefined, chat: { id: '19:chat' } })).hostKind).toBe('teamsTab');
    expect(teamsFactsFrom(context({ team: undefined })).hostKind).toBe('teamsPersonal');
    expect(teamsFactsFrom(context({ page: { frameContext: 'sidePanel' } })).hostKind).toBe('meetingSidePanel');
    expect(teamsFactsFrom(context({ page: { frameContext: 'meetingStage' } })).hostKind).toBe('meetingStage');
  });

  it("names the meeting in a meeting's side panel and stage, with its chat as the link back, and no meeting elsewhere", () => {
    const chat = { id: '19:meeting_abc@thread.v2' };
    expect(teamsFactsFrom(context({ page: { frameContext: 'sidePanel' }, meeting: { id: 'MCMxOTp' }, chat })).meeting).toEqual({
      id: 'MCMxOTp',
      link: 'https://teams.microsoft.com/l/chat/19%3Ameeting_abc%40thread.v2/conversations'
    });
    expect(teamsFactsFrom(context({ page: { frameContext: 'meetingStage' }, meeting: { id: 'MCMxOTp' } })).meeting).toEqual({ id: 'MCMxOTp', link: undefined });
    expect(teamsFactsFrom(context({ chat })).meeting).toBeUndefined();
  });

  it('carries the theme, locale, sub-page id and group', () => {
    expect(teamsFactsFrom(context({ app: { theme: 'dark', locale: 'sv-SE' }, page: { frameContext: 'content', subPageId: 'plans/antiRacism' } }))).toEqual({
      hostKind: 'teamsTab',
      theme: 'dark',
      locale: 'sv-SE',
      subPageId: 'plans/antiRacism',
      groupId: GROUP
    });
    expect(teamsFactsFrom(context({ app: { locale: 'sv-SE' } })).theme).toBe('default');
  });
});

describe('watchTeams', () => {
  function sdk(getContext: () => Promise<TeamsAppContext>): { teams: TeamsSdk; raiseTheme: (theme: string) => void } {
    let handler: (theme: string) => void = () => undefined;
    return {
      teams: { app: { getContext, registerOnThemeChangeHandler: (h) => (handler = h) } },
      raiseTheme: (theme) => handler(theme)
    };
  }

  it('reports the context, then every theme change', async () => {
    const { teams, raiseTheme } = sdk(() => Promise.resolve(context()));
    const reported: TeamsFacts[] = [];
    watchTeams(teams, (facts) => reported.push(facts));
    expect(reported).toEqual([]);
    await Promise.resolve();
    raiseTheme('contrast');
    expect(reported.map((facts) => facts.theme)).toEqual(['default', 'contrast']);
    expect(reported[1].groupId).toBe(GROUP);
  });

  it('keeps a theme change that came before the context', async () => {
    let answer: (value: TeamsAppContext) => void = () => undefined;
    const { teams, raiseTheme } = sdk(() => new Promise((resolve) => (answer = resolve)));
    const reported: TeamsFacts[] = [];
    watchTeams(teams, (facts) => reported.push(facts));
    raiseTheme('dark');
    answer(context());
    await Promise.resolve();
    expect(reported.map((facts) => facts.theme)).toEqual(['dark']);
  });

  it('still lets the app work when Teams does not answer', async () => {
    const { teams } = sdk(() => Promise.reject(new Error('SDK initialization timed out.')));
    const reported: TeamsFacts[] = [];
    watchTeams(teams, (facts) => reported.push(facts));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reported).toEqual([{ hostKind: 'teamsTab', theme: 'default' }]);
  });
});

describe('withTeamsFacts', () => {
  const base: HostContext = {
    repositories: fakeRepositories(),
    hostKind: 'teamsTab',
    locale: 'sv-SE',
    theme: { source: 'sharePoint' },
    unitSource: { kind: 'membership' },
    route: { view: 'updates' },
    period: 2025,
    dataSiteUrl: 'https://stockholm.sharepoint.com/sites/mr'
  };

  it('renders at once in Teams’ light theme and waits for the team before finding the unit', () => {
    const host = withTeamsFacts(base, undefined);
    expect(host.theme).toEqual({ source: 'teams', name: 'default' });
    expect(host.unitSource).toEqual({ kind: 'pending' });
    expect(withTeamsFacts({ ...base, unitSource: { kind: 'configured', unitId: 4 } }, undefined).unitSource).toEqual({ kind: 'configured', unitId: 4 });
  });

  it('takes the layout, theme, locale, deep link and team from Teams', () => {
    const host = withTeamsFacts(base, { hostKind: 'meetingSidePanel', theme: 'dark', locale: 'en-GB', subPageId: 'plans/romaInclusion', groupId: GROUP });
    expect(host).toMatchObject({
      hostKind: 'meetingSidePanel',
      theme: { source: 'teams', name: 'dark' },
      locale: 'en-GB',
      route: { view: 'plans', item: 'romaInclusion' },
      unitSource: { kind: 'teamsGroup', groupId: GROUP }
    });
  });

  it('keeps the host’s default view without a sub-page id, and says when one cannot be read', () => {
    expect(withTeamsFacts(base, { hostKind: 'teamsPersonal', theme: 'default' })).toMatchObject({ route: { view: 'updates' }, unitSource: { kind: 'membership' }, locale: 'sv-SE' });
    expect(withTeamsFacts(base, { hostKind: 'teamsTab', theme: 'default', subPageId: 'nowhere' })).toMatchObject({ route: { view: 'updates' }, invalidLink: 'nowhere' });
  });

  it('knows the team by its id and name, so that an editor can link it to a unit from its tab', () => {
    const facts = teamsFactsFrom(context({ team: { groupId: GROUP, displayName: 'Nämndkansliet Hägersten-Älvsjö' } }));
    expect(facts.teamName).toBe('Nämndkansliet Hägersten-Älvsjö');
    expect(withTeamsFacts(base, facts).team).toEqual({ groupId: GROUP, name: 'Nämndkansliet Hägersten-Älvsjö' });
    expect(withTeamsFacts(base, teamsFactsFrom(context())).team).toBeUndefined();
  });

  it('opens the unit a sub-page id names', () => {
    expect(withTeamsFacts(base, { hostKind: 'teamsTab', theme: 'default', subPageId: 'staircase?mrUnit=12', groupId: GROUP }).route).toEqual({ view: 'staircase', unit: 12 });
  });

  it('copies a Teams deep link back into the same tab at the route, since Teams shows no address', () => {
    const facts = teamsFactsFrom(context({ page: { frameContext: 'content', id: 'mr-tab-42' }, channel: { id: '19:kanal@thread.tacv2' } }));
    const link = new URL(withTeamsFacts(base, facts).linkTo?.({ view: 'plans', item: 'antiRacism' }) ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/mr-tab-42`);
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'plans/antiRacism', channelId: '19:kanal@thread.tacv2' });
    // The personal app: its own tab, no channel.
    const personal = new URL(withTeamsFacts(base, teamsFactsFrom(context({ team: undefined }))).linkTo?.({ view: 'staircase' }) ?? '');
    expect(personal.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/${TEAMS_PERSONAL_TAB}`);
    expect(JSON.parse(personal.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'staircase' });
  });

  it('keeps a unit the web part was configured with', () => {
    const host = withTeamsFacts({ ...base, unitSource: { kind: 'configured', unitId: 4 } }, { hostKind: 'teamsTab', theme: 'default', groupId: GROUP });
    expect(host.unitSource).toEqual({ kind: 'configured', unitId: 4 });
  });
});
