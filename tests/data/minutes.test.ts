/**
 * Meeting minutes against the local SharePoint: two of a unit's people have the checklist open in a meeting,
 * one records what both change and saves; the minutes and the presence rows live in the unit's folder, and
 * SharePoint refuses another unit's member every write there.
 */
import { AccessDeniedError, MinutesRecorder } from '../../src/app';
import { addedItemId, toFormValues } from '../../src/data/mapping/formValues';
import { newMinutesFields, presenceFields } from '../../src/data/mapping/minutes';
import { listOf } from '../../src/data/queries';
import { unitFolderPath } from '../../src/data/rights/unitFolders';
import { LISTS } from '../../src/data/schema';
import type { TickIntent } from '../../src/domain/checklist';
import { emptyAssignment } from '../../src/domain/itemAssignment';
import { MeetingMinutes, minutesKey } from '../../src/domain/minutes';
import { clientFor, eventually, spFor, statusOf } from './localSite';
import { DemoSite, startDemoSite } from './demoSite';

const PERIOD = 2025;
const IFO = 'Avdelningen för individ- och familjeomsorg';
const MEETING = { id: 'MCMxOTptZWV0aW5n', link: 'https://teams.microsoft.com/l/chat/19%3Ameeting_ifo%40thread.v2/conversations' };
let demo: DemoSite;
let ifo: number;

function intent(itemIndex: number, done: boolean, comment?: string): TickIntent {
  return { unitId: ifo, itemId: demo.itemIds[itemIndex], planId: demo.planId, period: PERIOD, done, comment, at: new Date().toISOString() };
}

function minutesFor(unitId: number, recording: string): MeetingMinutes {
  return {
    key: minutesKey(unitId, recording),
    unitId,
    period: PERIOD,
    startedAt: '2025-05-20T08:00:00.000Z',
    endedAt: '2025-05-20T09:00:00.000Z',
    participants: [{ name: 'Någon', source: 'added' }],
    changes: []
  };
}

beforeAll(async () => {
  demo = await startDemoSite();
  const { repos } = clientFor(demo.site.siteUrl, 'editor');
  const unit = (await repos.units.list()).value.find((candidate) => candidate.name === IFO);
  if (unit === undefined) throw new Error(`No unit ${IFO}`);
  ifo = unit.id;
});

afterAll(async () => {
  await demo.site.close();
});

describe('meeting minutes of a unit', () => {
  it('note every confirmed change by anyone and who had the checklist open, and save them in the unit’s folder', async () => {
    const johan = clientFor(demo.site.siteUrl, 'johan.berg');
    const maja = clientFor(demo.site.siteUrl, 'maja.medlem');
    const session = johan.repos.openChecklist(ifo, demo.planId, PERIOD, { cadence: { meetingMs: 50, visibleMs: 50, jitter: 0 } });
    session.setMeetingMode(true);
    const recorder = new MinutesRecorder(johan.repos, { unitId: ifo, planId: demo.planId, period: PERIOD, meeting: MEETING });
    const titles = new Map<number, string>();
    const stop = session.subscribe(() => recorder.observe(session.getSnapshot(), (id) => titles.get(id) ?? String(id)));
    await eventually(() => session.getSnapshot().view !== undefined, 'the checklist');
    for (const item of session.getSnapshot().view?.items ?? []) titles.set(item.id, item.title.sv);
    recorder.observe(session.getSnapshot(), (id) => titles.get(id) ?? String(id));

    await recorder.notePresence();
    await maja.repos.minutes.notePresence(ifo, PERIOD, recorder.meetingKey);
    // Opening again (a reload) keeps one presence row.
    await maja.repos.minutes.notePresence(ifo, PERIOD, recorder.meetingKey);

    session.setDone(demo.itemIds[0], true);
    await eventually(() => recorder.getSnapshot().changes.length === 1, 'Johan’s tick in the minutes');
    await maja.repos.checklist.applyIntent(intent(1, true, 'Gjort på APT'));
    await eventually(() => recorder.getSnapshot().changes.length === 3, 'Maja’s tick and comment in the minutes');
    // Maja makes Johan (id 13) the owner of item 2, due at the end of June; the minutes take these from the row's history.
    const owned = await maja.repos.assignments.save(emptyAssignment(ifo, demo.itemIds[2], demo.planId, PERIOD), { ownerId: 13 });
    await maja.repos.assignments.save(owned, { dueDate: '2025-06-30' });
    expect(recorder.addName('')).toEqual([{ field: 'participant', code: 'required' }]);
    expect(recorder.addName('Kim Gäst')).toEqual([]);

    const saved = await recorder.save();
    stop();
    session.close();

    const [stored] = (await clientFor(demo.site.siteUrl, 'maja.medlem').repos.minutes.forUnit(ifo)).value;
    expect(stored).toMatchObject({ id: saved.id, unitId: ifo, meeting: MEETING, savedBy: { name: 'Johan Berg' } });
    expect(stored.participants).toEqual([
      { name: 'Johan Berg', source: 'present' },
      { name: 'Maja Medlem', source: 'present' },
      { name: 'Kim Gäst', source: 'added' }
    ]);
    expect(stored.changes.map(({ itemId, kind, by, value }) => ({ itemId, kind, by, value }))).toEqual([
      { itemId: demo.itemIds[0], kind: 'ticked', by: 'Johan Berg', value: undefined },
      { itemId: demo.itemIds[1], kind: 'ticked', by: 'Maja Medlem', value: undefined },
      { itemId: demo.itemIds[1], kind: 'commented', by: 'Maja Medlem', value: 'Gjort på APT' },
      { itemId: demo.itemIds[2], kind: 'ownerChanged', by: 'Maja Medlem', value: 'Johan Berg' },
      { itemId: demo.itemIds[2], kind: 'dueChanged', by: 'Maja Medlem', value: '2025-06-30' }
    ]);
    expect(stored.changes[0].item).toBe(titles.get(demo.itemIds[0]));
    const row = await listOf(johan.sp, 'meetingMinutes').items.getById(saved.id as number).select('FileDirRef')();
    expect(row.FileDirRef).toBe(unitFolderPath(johan.sp, 'meetingMinutes', ifo));

    // Saving the same recording again (a lost answer, a second press) keeps one row.
    await recorder.save();
    expect((await johan.repos.minutes.forUnit(ifo)).value.map((minutes) => minutes.id)).toEqual([saved.id]);
  });

  it('cannot be saved, changed or faked by another unit’s member: SharePoint refuses every write in the folder', async () => {
    const editor = clientFor(demo.site.siteUrl, 'editor');
    const existing = await editor.repos.minutes.save(minutesFor(ifo, 'by-editor'));
    // Ali is a member of another unit's team, not one of IFO's people.
    const ali = clientFor(demo.site.siteUrl, 'ali.hassan');
    await expect(ali.repos.minutes.save(minutesFor(ifo, 'by-ali'))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(ali.repos.minutes.notePresence(ifo, PERIOD, 'day-2025-05-20')).rejects.toBeInstanceOf(AccessDeniedError);

    const sp = spFor(demo.site.siteUrl, 'ali.hassan');
    const list = listOf(sp, 'meetingMinutes');
    const folder = unitFolderPath(sp, 'meetingMinutes', ifo);
    const statuses = {
      addAtRoot: await statusOf(list.items.add(newMinutesFields(minutesFor(ifo, 'root')))),
      addInFolder: await statusOf(list.addValidateUpdateItemUsingPath(toFormValues(LISTS.meetingMinutes, newMinutesFields(minutesFor(ifo, 'folder'))), folder).then(addedItemId)),
      presenceInFolder: await statusOf(
        list.addValidateUpdateItemUsingPath(toFormValues(LISTS.meetingMinutes, presenceFields(ifo, PERIOD, 'day-2025-05-20', 11)), folder).then(addedItemId)
      ),
      update: await statusOf(list.items.getById(existing.id as number).update({ Participants: '[]' })),
      remove: await statusOf(list.items.getById(existing.id as number).delete())
    };
    expect(statuses).toEqual({ addAtRoot: 403, addInFolder: 403, presenceInFolder: 403, update: 403, remove: 403 });
    const [kept] = (await editor.repos.minutes.forUnit(ifo)).value.filter((minutes) => minutes.id === existing.id);
    expect(kept.participants).toEqual([{ name: 'Någon', source: 'added' }]);
  });

  it('sets aside a row edited by hand into something that is not minutes, naming the column', async () => {
    const editor = clientFor(demo.site.siteUrl, 'editor');
    const saved = await editor.repos.minutes.save(minutesFor(ifo, 'edited'));
    await listOf(editor.sp, 'meetingMinutes').items.getById(saved.id as number).update({ MinutesChanges: 'inte json' });
    const loaded = await editor.repos.minutes.forUnit(ifo);
    expect(loaded.value.map((minutes) => minutes.id)).not.toContain(saved.id);
    expect(loaded.problems).toEqual([{ list: 'meetingMinutes', itemId: saved.id, issues: [{ field: 'MinutesChanges', code: 'wrongType' }] }]);
  });
});
