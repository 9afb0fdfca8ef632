import * as React from 'react';
import { Button, Link, useId } from '@fluentui/react-components';
import { ArrowDownloadRegular, PrintRegular } from '@fluentui/react-icons';
import type { MrRepositories } from '../../app';
import type { MeetingMinutes } from '../../domain/minutes';
import type { Unit } from '../../domain/unit';
import { downloadFile } from '../FollowUp/export/download';
import { useLocalization } from '../loc';
import { Heading, useLoad } from '../shared';
import { EmptyState, ErrorState, LoadingState, RowProblems } from '../shared/states';
import { changeText, minutesAsText, participantText } from './minutesText';
import { useMinutesStyles } from './useMinutesStyles';

export interface SavedMinutesProps {
  repositories: MrRepositories;
  unit: Unit;
  siteUrl: string;
}

/** One meeting's minutes: when, who saved them, the Teams meeting, who took part and what changed; printed or exported on their own. */
function MinutesEntry({ minutes, unit }: { minutes: MeetingMinutes; unit: Unit }): React.ReactElement {
  const localization = useLocalization();
  const { strings, fill, formatDateTime, formatDate } = localization;
  const styles = useMinutesStyles();
  const titleId = useId('mr-minutes-entry');

  // The browser prints the page; the minutes' text in a window of its own prints them alone, in the reader's language.
  const print = (): void => {
    const printable = window.open('', '_blank');
    if (printable === null) return;
    const pre = printable.document.createElement('pre');
    pre.style.whiteSpace = 'pre-wrap';
    pre.style.font = '12pt/1.5 "Segoe UI", sans-serif';
    pre.textContent = minutesAsText(minutes, unit.name, localization);
    printable.document.title = `${strings.minutesTitle}: ${unit.name}`;
    printable.document.body.appendChild(pre);
    printable.print();
  };
  const exportText = (): void =>
    downloadFile(minutesAsText(minutes, unit.name, localization), fill(strings.minutesExportFile, { date: minutes.startedAt.slice(0, 10) }), 'text/plain;charset=utf-8');

  return (
    <article aria-labelledby={titleId} className={styles.meeting}>
      <Heading level={4} id={titleId} className={styles.meetingTitle}>
        {fill(strings.minutesMeetingAt, { date: `${formatDateTime(minutes.startedAt)} – ${formatDateTime(minutes.endedAt)}` })}
      </Heading>
      {minutes.savedBy && <p className={styles.text}>{fill(strings.minutesSavedBy, { name: minutes.savedBy.name })}</p>}
      {minutes.meeting?.link && (
        <p className={styles.text}>
          <Link href={minutes.meeting.link} target="_blank" rel="noreferrer">
            {strings.minutesOpenMeeting}
          </Link>
        </p>
      )}
      <Heading level={5} className={styles.subTitle}>
        {strings.minutesParticipants}
      </Heading>
      <ul className={styles.list}>
        {minutes.participants.map((participant) => (
          <li key={participant.name}>{participantText(participant, localization)}</li>
        ))}
      </ul>
      <Heading level={5} className={styles.subTitle}>
        {strings.minutesChanges}
      </Heading>
      {minutes.changes.length === 0 ? (
        <p className={styles.text}>{strings.minutesNoChanges}</p>
      ) : (
        <ol className={styles.list}>
          {minutes.changes.map((change, index) => (
            <li key={index}>
              <time dateTime={change.at}>{formatDate(change.at)}</time> {changeText(change, localization)}
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <Button icon={<PrintRegular />} onClick={print}>
          {strings.minutesPrint}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={exportText}>
          {strings.minutesExport}
        </Button>
      </div>
    </article>
  );
}

/** The unit's saved meeting minutes, newest first, to read, print and export. */
export function SavedMinutes({ repositories, unit, siteUrl }: SavedMinutesProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useMinutesStyles();
  const titleId = useId('mr-saved-minutes');
  const loader = useLoad(() => repositories.minutes.forUnit(unit.id), [repositories, unit.id]);
  return (
    <section aria-labelledby={titleId} className={styles.saved}>
      <Heading level={3} id={titleId} className={styles.title}>
        {fill(strings.minutesSavedList, { unit: unit.name })}
      </Heading>
      {loader.state.status === 'loading' && <LoadingState rows={2} />}
      {loader.state.status === 'failed' && <ErrorState error={loader.state.error} siteUrl={siteUrl} onRetry={loader.reload} />}
      {loader.state.status === 'loaded' && (
        <>
          <RowProblems problems={loader.state.value.problems} />
          {loader.state.value.value.length === 0 ? (
            <EmptyState>{strings.minutesNone}</EmptyState>
          ) : (
            loader.state.value.value.map((minutes) => <MinutesEntry key={minutes.key} minutes={minutes} unit={unit} />)
          )}
        </>
      )}
    </section>
  );
}
