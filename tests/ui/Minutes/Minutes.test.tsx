/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SavedMinutes } from '../../../src/ui/Minutes';
import type { MeetingMinutes } from '../../../src/domain/minutes';
import { validationMessage } from '../../../src/domain/validation';
import { MEMBER, PERIOD } from '../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage } from '../render';
import { checklistSite, ChecklistSite, COLLEAGUE, PLAN, titleOf, UNIT } from '../Checklist/checklistFakes';
import { renderChecklistOf } from '../Checklist/renderChecklist';

const MEETING = { id: 'MCMxOTp', link: 'https://teams.microsoft.com/l/chat/19%3Ameeting_a%40thread.v2/conversations' };

describe.each(LANGUAGES)('Meeting minutes (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const box = (itemId: number): HTMLInputElement => screen.getByLabelText(titleOf(itemId, language)) as HTMLInputElement;
  const minutesPanel = (): HTMLElement => screen.getByRole('region', { name: strings.minutesTitle });

  async function renderMeeting(site: ChecklistSite, options: { stage?: boolean } = {}): Promise<void> {
    await renderChecklistOf(language, site, { compact: !options.stage, stage: options.stage, meeting: MEETING });
  }

  it('notes confirmed ticks and comments by anyone, and saves them with who had the checklist open and the names added', async () => {
    const site = checklistSite({ presence: [{ unitId: UNIT.id, meetingKey: MEETING.id, person: COLLEAGUE, seenAt: new Date().toISOString() }] });
    await renderMeeting(site);
    expect(within(minutesPanel()).getByText(strings.minutesNoChanges)).toBeTruthy();

    // A tick waiting for SharePoint is not in the minutes; once confirmed it is.
    site.checklist.hold = true;
    fireEvent.click(box(101));
    expect(within(minutesPanel()).queryByRole('list', { name: strings.minutesChanges })).toBeNull();
    site.checklist.release();
    const changes = await within(minutesPanel()).findByRole('list', { name: strings.minutesChanges });
    await within(changes).findByText(fill(strings.minutesChangeTicked, { item: titleOf(101, language), name: MEMBER.name }));

    site.checklist.tickAs(COLLEAGUE, 102, true);
    await within(changes).findByText(fill(strings.minutesChangeTicked, { item: titleOf(102, language), name: COLLEAGUE.name }));
    site.checklist.tickAs(COLLEAGUE, 102, false);
    await within(changes).findByText(fill(strings.minutesChangeUnticked, { item: titleOf(102, language), name: COLLEAGUE.name }));

    // A blank name is refused with the reason, and the box keeps what was typed.
    const name = within(minutesPanel()).getByRole('textbox', { name: new RegExp(strings.minutesAddName) }) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.click(within(minutesPanel()).getByRole('button', { name: strings.minutesAddNameButton }));
    expect(await within(minutesPanel()).findByText(validationMessage({ field: 'participant', code: 'required' }, language, strings.minutesAddName))).toBeTruthy();
    expect(name.value).toBe('   ');
    fireEvent.change(name, { target: { value: 'Kim Gäst' } });
    fireEvent.click(within(minutesPanel()).getByRole('button', { name: strings.minutesAddNameButton }));
    expect(await within(minutesPanel()).findByRole('button', { name: fill(strings.minutesRemoveName, { name: 'Kim Gäst' }) })).toBeTruthy();

    fireEvent.click(within(minutesPanel()).getByRole('button', { name: strings.minutesSave }));
    expect(await within(minutesPanel()).findByText(fill(strings.minutesSaved, { changes: 3, people: 3 }))).toBeTruthy();
    const [saved] = (await site.repositories.minutes.forUnit(UNIT.id)).value;
    expect(saved.meeting).toEqual(MEETING);
    expect(saved.participants).toEqual([
      { name: COLLEAGUE.name, source: 'present' },
      { name: MEMBER.name, source: 'present' },
      { name: 'Kim Gäst', source: 'added' }
    ]);
    expect(saved.changes.map(({ itemId, kind, by }) => [itemId, kind, by])).toEqual([
      [101, 'ticked', MEMBER.name],
      [102, 'ticked', COLLEAGUE.name],
      [102, 'unticked', COLLEAGUE.name]
    ]);
    expect(within(minutesPanel()).getByRole('button', { name: strings.minutesSaveAgain })).toBeTruthy();
  });

  it('says why SharePoint refused the save, and keeps the minutes to save again', async () => {
    // The colleague is not one of the unit's people: the fake, like the unit's folder, refuses them.
    const site = checklistSite({ user: COLLEAGUE });
    await renderMeeting(site);
    fireEvent.click(box(103));
    const changes = await within(minutesPanel()).findByRole('list', { name: strings.minutesChanges });
    fireEvent.click(within(minutesPanel()).getByRole('button', { name: strings.minutesSave }));
    expect(await within(minutesPanel()).findByText(fill(strings.minutesSaveRefused, { unit: UNIT.name }))).toBeTruthy();
    expect(within(changes).getByText(fill(strings.minutesChangeTicked, { item: titleOf(103, language), name: COLLEAGUE.name }))).toBeTruthy();
    expect((await site.repositories.minutes.forUnit(UNIT.id)).value).toEqual([]);
  });

  it('on the stage: read-only and large, following everyone’s ticks live, with no switch and no minutes', async () => {
    const site = checklistSite();
    await renderMeeting(site, { stage: true });
    expect(box(101).disabled).toBe(true);
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('region', { name: strings.minutesTitle })).toBeNull();
    expect(screen.getByText(strings.stageLive)).toBeTruthy();
    site.checklist.tickAs(COLLEAGUE, 104, true);
    await waitFor(() => expect(box(104).checked).toBe(true));
    expect(screen.getByText(fill(strings.stageProgress, { done: 1, total: 4 }))).toBeTruthy();
  });
});

describe.each(LANGUAGES)('Saved meeting minutes (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const MINUTES: MeetingMinutes = {
    id: 7,
    key: `${UNIT.id}:minutes:abc`,
    unitId: UNIT.id,
    period: PERIOD,
    startedAt: '2025-05-20T08:00:00.000Z',
    endedAt: '2025-05-20T09:00:00.000Z',
    meeting: MEETING,
    participants: [
      { name: MEMBER.name, source: 'present' },
      { name: 'Kim Gäst', source: 'added' }
    ],
    changes: [{ at: '2025-05-20T08:10:00.000Z', planId: PLAN.id, itemId: 101, item: 'Utbilda alla chefer', kind: 'commented', by: MEMBER.name, value: 'Klart i maj' }],
    savedBy: MEMBER
  };

  it('reads the unit’s minutes with the meeting link, and exports them as text', async () => {
    const site = checklistSite({ minutes: [MINUTES] });
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:minutes';
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderInProviders(language, <SavedMinutes repositories={site.repositories} unit={UNIT} siteUrl={SITE_URL} />);
    const entry = await screen.findByRole('article');
    expect(within(entry).getByRole('link', { name: strings.minutesOpenMeeting }).getAttribute('href')).toBe(MEETING.link);
    expect(within(entry).getByText(fill(strings.minutesParticipantPresent, { name: MEMBER.name }))).toBeTruthy();
    expect(within(entry).getByText('Kim Gäst')).toBeTruthy();
    expect(within(entry).getByText(new RegExp(fill(strings.minutesChangeCommented, { item: 'Utbilda alla chefer', name: MEMBER.name, comment: 'Klart i maj' })))).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: strings.minutesExport }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    expect(text).toContain(`${strings.minutesTitle}: ${UNIT.name}`);
    expect(text).toContain(`- ${fill(strings.minutesParticipantPresent, { name: MEMBER.name })}\r\n- Kim Gäst\r\n`);
    expect(text).toContain(fill(strings.minutesChangeCommented, { item: 'Utbilda alla chefer', name: MEMBER.name, comment: 'Klart i maj' }));
    expect(text).toContain(MEETING.link);
  });

  it('says when the unit has no minutes', async () => {
    const site = checklistSite();
    renderInProviders(language, <SavedMinutes repositories={site.repositories} unit={UNIT} siteUrl={SITE_URL} />);
    expect(await screen.findByText(strings.minutesNone)).toBeTruthy();
  });
});
