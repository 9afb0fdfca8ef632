import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { LinkDismissRegular, LinkRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import type { LinkedTeam, PeopleChange } from '../../../app';
import type { Unit } from '../../../domain/unit';
import { useLocalization } from '../../loc';
import { useContentStyles } from '../useContentStyles';
import { useUnitPeopleEditorStyles } from './useUnitPeopleEditorStyles';

export interface TeamLinkProps {
  unit: Unit;
  team?: LinkedTeam;
  /** The team whose tab the app runs in, when it runs in one: it can be linked as it is. */
  hostTeam?: LinkedTeam;
  busy: boolean;
  /** The fields' messages when the last link was refused. */
  message: (field: string, label: string) => string | undefined;
  /** Sends the change; resolves true when saved, and the form empties. */
  onChange: (change: PeopleChange, team: string) => Promise<boolean>;
}

/** The unit's linked team, shown as one entry by its name, and the ways to link one: this tab's team, or a pasted link. */
export function TeamLink({ unit, team, hostTeam, busy, message, onChange }: TeamLinkProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitPeopleEditorStyles();
  const rows = useContentStyles();
  const [link, setLink] = React.useState('');
  const [name, setName] = React.useState('');

  if (team !== undefined) {
    return (
      <ul className={rows.list}>
        <li className={rows.row}>
          <PeopleTeamRegular aria-hidden />
          <span className={rows.rowText}>
            <span className={rows.rowName}>{team.name}</span>
            <span className={rows.rowMeta}>{strings.peopleTeamMembers}</span>
          </span>
          <Button
            size="small"
            icon={<LinkDismissRegular />}
            disabled={busy}
            aria-label={fill(strings.peopleTeamUnlinkNamed, { team: team.name, unit: unit.name })}
            onClick={() => onChange({ kind: 'unlinkTeam' }, team.name)}
          >
            {strings.peopleTeamUnlink}
          </Button>
        </li>
      </ul>
    );
  }

  const linkPasted = (): void => {
    // Never rejects: the use case turns every failure into an outcome, which the screen shows.
    void onChange({ kind: 'linkTeamByLink', link, name }, name.trim()).then((saved) => {
      if (!saved) return;
      setLink('');
      setName('');
    });
  };

  return (
    <>
      <p className={rows.rowMeta}>{fill(strings.peopleTeamNone, { unit: unit.name })}</p>
      {hostTeam !== undefined && (
        <div>
          <Button icon={<LinkRegular />} disabled={busy} onClick={() => onChange({ kind: 'linkTeam', team: hostTeam }, hostTeam.name)}>
            {fill(strings.peopleTeamLinkThis, { team: hostTeam.name })}
          </Button>
        </div>
      )}
      <form
        noValidate
        className={styles.addRow}
        onSubmit={(event) => {
          event.preventDefault();
          linkPasted();
        }}
      >
        <Field
          label={strings.peopleTeamLinkLabel}
          hint={strings.peopleTeamLinkHint}
          validationMessage={message('teamLink', strings.peopleTeamLinkLabel) ?? message('groupId', strings.peopleTeamLinkLabel)}
          className={styles.grow}
        >
          <Input type="url" value={link} disabled={busy} onChange={(_event, data) => setLink(data.value)} />
        </Field>
        <Field label={strings.peopleTeamNameLabel} required validationMessage={message('name', strings.peopleTeamNameLabel)} className={styles.grow}>
          <Input value={name} disabled={busy} onChange={(_event, data) => setName(data.value)} />
        </Field>
        <Button type="submit" appearance="primary" icon={<LinkRegular />} disabled={busy}>
          {strings.peopleTeamLink}
        </Button>
      </form>
    </>
  );
}
