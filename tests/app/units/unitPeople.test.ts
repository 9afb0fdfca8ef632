/** The people use cases over a repository that records what it was asked: what reaches SharePoint, and what the editor is told. */
import { changeUnitPeople, checkUnitRights, loadUnitChoices } from '../../../src/app/units/unitPeople';
import { AccessDeniedError, UnitPeople, UnitPeopleRepository, UnitRepository, UnreachableError, ValidationError } from '../../../src/app';
import type { LinkedTeam } from '../../../src/domain/linkedTeam';

const GROUP_ID = '22222222-3333-4444-5555-666666666666';
const TEAM_LINK = `https://teams.microsoft.com/l/team/19%3aAbCdEf%40thread.tacv2/conversations?groupId=${GROUP_ID.toUpperCase()}&tenantId=00000000-1111-2222-3333-444444444444`;

function recordingRepository(failure?: Error): { repository: UnitPeopleRepository; calls: string[] } {
  const calls: string[] = [];
  const answer = (unitId: number, call: string, team?: LinkedTeam): Promise<UnitPeople> => {
    calls.push(call);
    return failure === undefined ? Promise.resolve({ unitId, people: [], team }) : Promise.reject(failure);
  };
  const repository: UnitPeopleRepository = {
    forUnit: (unitId) => answer(unitId, 'forUnit'),
    findPeople: async () => [],
    addPerson: (unitId, login) => answer(unitId, `add ${login}`),
    removePerson: (unitId, personId) => answer(unitId, `remove ${personId}`),
    linkTeam: (unitId, team) => answer(unitId, `link ${team.groupId} ${team.name}`, team),
    unlinkTeam: (unitId) => answer(unitId, 'unlink'),
    myUnitRights: async () => ({ own: [2], writable: [1, 2] }),
    checkRights: async () => {
      if (failure !== undefined) throw failure;
      return { unitsChecked: 2, foldersChecked: 4, repairs: [] };
    }
  };
  return { repository, calls };
}

describe('changing a unit’s people', () => {
  it('links a team from its pasted link, with the name the editor gave, the id in lower case', async () => {
    const { repository, calls } = recordingRepository();
    const outcome = await changeUnitPeople(repository, 7, { kind: 'linkTeamByLink', link: `  ${TEAM_LINK} `, name: ' Strategi ' });
    expect(outcome).toEqual({ kind: 'saved', people: { unitId: 7, people: [], team: { groupId: GROUP_ID, name: 'Strategi' } } });
    expect(calls).toEqual([`link ${GROUP_ID} Strategi`]);
  });

  it('refuses what is not a team’s link, or a team without a name, before anything is sent', async () => {
    const { repository, calls } = recordingRepository();
    expect(await changeUnitPeople(repository, 7, { kind: 'linkTeamByLink', link: 'https://example.org/l/team/x?groupId=' + GROUP_ID, name: 'X' })).toEqual({
      kind: 'invalid',
      issues: [{ field: 'teamLink', code: 'notATeamLink' }]
    });
    expect(await changeUnitPeople(repository, 7, { kind: 'linkTeam', team: { groupId: GROUP_ID, name: ' ' } })).toEqual({
      kind: 'invalid',
      issues: [{ field: 'name', code: 'required' }]
    });
    expect(await changeUnitPeople(repository, 7, { kind: 'addPerson', loginName: '' })).toEqual({ kind: 'invalid', issues: [{ field: 'person', code: 'required' }] });
    expect(calls).toEqual([]);
  });

  it('adds, removes and unlinks through the repository', async () => {
    const { repository, calls } = recordingRepository();
    await changeUnitPeople(repository, 7, { kind: 'addPerson', loginName: 'i:0#.f|membership|nils.ek@mrlocal.onmicrosoft.com' });
    await changeUnitPeople(repository, 7, { kind: 'removePerson', personId: 15 });
    await changeUnitPeople(repository, 7, { kind: 'unlinkTeam' });
    expect(calls).toEqual(['add i:0#.f|membership|nils.ek@mrlocal.onmicrosoft.com', 'remove 15', 'unlink']);
  });

  it('says why SharePoint refused, in the editor’s terms', async () => {
    const refused = await changeUnitPeople(recordingRepository(new AccessDeniedError()).repository, 7, { kind: 'unlinkTeam' });
    expect(refused).toEqual({ kind: 'failed', problem: 'accessDenied' });
    const taken = new ValidationError([{ field: 'teamsGroupId', code: 'teamAlreadyLinked', params: { unit: 'Kulturnämnden' } }]);
    expect(await changeUnitPeople(recordingRepository(taken).repository, 7, { kind: 'linkTeam', team: { groupId: GROUP_ID, name: 'T' } })).toEqual({
      kind: 'invalid',
      issues: taken.issues
    });
  });
});

describe('the units a person chooses from', () => {
  it('are every unit, their own and those they may write for marked as SharePoint says', async () => {
    const units: UnitRepository = {
      list: async () => ({
        value: [
          { id: 1, name: 'Kulturnämnden', type: 'committee', memberIds: [] },
          { id: 2, name: 'Nämndkansliet', type: 'team', memberIds: [] }
        ],
        problems: []
      }),
      forTeamsGroup: async () => undefined,
      save: async (unit) => unit
    };
    const choices = await loadUnitChoices(units, recordingRepository().repository);
    expect(choices.units.map((unit) => unit.id)).toEqual([1, 2]);
    expect([...choices.ownUnitIds]).toEqual([2]);
    expect([...choices.writableUnitIds]).toEqual([1, 2]);
  });
});

describe('checking rights', () => {
  it('reports what was checked, or why it could not be', async () => {
    expect(await checkUnitRights(recordingRepository().repository)).toEqual({ kind: 'checked', report: { unitsChecked: 2, foldersChecked: 4, repairs: [] } });
    expect(await checkUnitRights(recordingRepository(new UnreachableError()).repository)).toEqual({ kind: 'failed', problem: 'unreachable' });
  });
});
