import { groupIdFromTeamLink, linkedTeamFromLink } from '../../src/domain/linkedTeam';
import { validationMessage } from '../../src/domain/validation';

const GROUP_ID = '11111111-2222-3333-4444-555555555555';

describe('a team’s link', () => {
  it('gives the group id of “Get link to team” and of a channel’s link, in classic and new Teams', () => {
    expect(groupIdFromTeamLink(`https://teams.microsoft.com/l/team/19%3aX%40thread.tacv2/conversations?groupId=${GROUP_ID}&tenantId=t`)).toBe(GROUP_ID);
    expect(groupIdFromTeamLink(`https://teams.microsoft.com/l/channel/19%3aY%40thread.tacv2/Allm%C3%A4nt?groupId=${GROUP_ID.toUpperCase()}&tenantId=t`)).toBe(GROUP_ID);
    expect(groupIdFromTeamLink(`https://teams.cloud.microsoft/l/team/19%3aX%40thread.tacv2/conversations?groupId=${GROUP_ID}`)).toBe(GROUP_ID);
  });

  it('is refused when it is not one: another host, http, no group id, a chat link, plain text', () => {
    for (const text of [
      `https://evil.example/l/team/x?groupId=${GROUP_ID}`,
      `http://teams.microsoft.com/l/team/x?groupId=${GROUP_ID}`,
      'https://teams.microsoft.com/l/team/19%3aX%40thread.tacv2/conversations?tenantId=t',
      `https://teams.microsoft.com/l/chat/0/0?users=a&groupId=${GROUP_ID}`,
      'https://teams.microsoft.com/l/team/x?groupId=not-a-guid',
      'Nämndkansliet'
    ]) {
      expect(groupIdFromTeamLink(text)).toBeUndefined();
    }
    const refused = linkedTeamFromLink('Nämndkansliet', 'Team');
    expect(refused).toEqual({ issues: [{ field: 'teamLink', code: 'notATeamLink' }] });
    if ('issues' in refused) {
      expect(validationMessage(refused.issues[0], 'sv')).toMatch(/^Klistra in teamets länk från Teams/);
      expect(validationMessage(refused.issues[0], 'en')).toMatch(/^Paste the team's link from Teams/);
    }
  });
});
