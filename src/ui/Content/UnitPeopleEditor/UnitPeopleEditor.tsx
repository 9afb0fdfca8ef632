import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { PersonDeleteRegular } from '@fluentui/react-icons';
import type { LinkedTeam, PersonCandidate, UnitPeopleRepository } from '../../../app';
import type { Person } from '../../../domain/person';
import type { Unit } from '../../../domain/unit';
import { Heading, UnitChoice } from '../../shared';
import { saveProblemText, useFieldMessage } from '../../shared/Editors';
import { useLocalization } from '../../loc';
import { ErrorState, LoadingState } from '../../shared/states';
import { UnitPicker } from '../../shared/UnitPicker';
import { useContentStyles } from '../useContentStyles';
import { PersonPicker } from './PersonPicker';
import { RightsCheck } from './RightsCheck';
import { TeamLink } from './TeamLink';
import { useUnitPeople } from './useUnitPeople';
import { useUnitPeopleEditorStyles } from './useUnitPeopleEditorStyles';

export interface UnitPeopleEditorProps {
  repository: UnitPeopleRepository;
  unitChoice: Pick<UnitChoice, 'units' | 'ownUnitIds'>;
  /** The team whose tab the app runs in, when it runs in one. */
  hostTeam?: LinkedTeam;
  siteUrl: string;
}

/** Whether a site user is a person the unit already names: by e-mail where both have one, else by name. */
function namedIn(people: readonly Person[]): (candidate: PersonCandidate) => boolean {
  const emails = new Set(people.map((person) => person.email?.toLowerCase()).filter((email) => email !== undefined));
  const names = new Set(people.map((person) => person.name));
  return (candidate) => (candidate.email !== undefined ? emails.has(candidate.email.toLowerCase()) : names.has(candidate.name));
}

interface UnitPeoplePanelProps extends Omit<UnitPeopleEditorProps, 'unitChoice'> {
  unit: Unit;
}

/** One unit's named people and linked team, and the changes an editor makes to them. */
function UnitPeoplePanel({ repository, unit, hostTeam, siteUrl }: UnitPeoplePanelProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitPeopleEditorStyles();
  const rows = useContentStyles();
  const state = useUnitPeople(repository, unit.id);
  const message = useFieldMessage(state.issues);
  const { people, busy } = state;

  if (state.loader.state.status === 'failed') return <ErrorState error={state.loader.state.error} siteUrl={siteUrl} onRetry={state.loader.reload} />;
  if (people === undefined) return <LoadingState rows={3} />;

  return (
    <div className={styles.root} aria-busy={busy}>
      <div className={styles.part}>
        <Heading level={3} className={styles.heading}>
          {fill(strings.peopleHeading, { unit: unit.name })}
        </Heading>
        {people.people.length === 0 ? (
          <p className={rows.rowMeta}>{strings.peopleNone}</p>
        ) : (
          <ul className={rows.list}>
            {people.people.map((person) => (
              <li key={person.id} className={rows.row}>
                <span className={rows.rowText}>
                  <span className={rows.rowName}>{person.name}</span>
                  {person.email !== undefined && <span className={rows.rowMeta}>{person.email}</span>}
                </span>
                <Button
                  size="small"
                  icon={<PersonDeleteRegular />}
                  disabled={busy}
                  aria-label={fill(strings.peopleRemoveNamed, { name: person.name, unit: unit.name })}
                  onClick={() => state.apply({ kind: 'removePerson', personId: person.id }, () => fill(strings.peopleRemoved, { name: person.name, unit: unit.name }))}
                >
                  {strings.peopleRemove}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <PersonPicker
          repository={repository}
          alreadyIn={namedIn(people.people)}
          busy={busy}
          validationMessage={message('person', strings.peopleAddLabel)}
          onAdd={(person) => state.apply({ kind: 'addPerson', loginName: person.loginName }, () => fill(strings.peopleAdded, { name: person.name, unit: unit.name }))}
        />
      </div>
      <div className={styles.part}>
        <Heading level={3} className={styles.heading}>
          {strings.peopleTeamHeading}
        </Heading>
        <TeamLink
          unit={unit}
          team={people.team}
          hostTeam={hostTeam}
          busy={busy}
          message={message}
          onChange={(change, team) =>
            state.apply(change, () => fill(change.kind === 'unlinkTeam' ? strings.peopleTeamUnlinked : strings.peopleTeamLinked, { team, unit: unit.name }))
          }
        />
      </div>
      <div role="status">
        {state.notice !== undefined && (
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.problem !== undefined && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{saveProblemText(state.problem, strings, strings.peopleAccessDenied)}</MessageBarBody>
        </MessageBar>
      )}
      {state.issues.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{strings.peopleFailed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * Enheternas personer: an editor chooses a unit (nothing preselected), sees its named people and linked
 * team, adds and removes people, links or unlinks a team; and checks every unit's rights.
 */
export function UnitPeopleEditor({ repository, unitChoice, hostTeam, siteUrl }: UnitPeopleEditorProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useUnitPeopleEditorStyles();
  const [unit, setUnit] = React.useState<Unit>();

  return (
    <div className={styles.root}>
      <p>{strings.peopleIntro}</p>
      <Field label={strings.unitLabel}>
        <UnitPicker units={unitChoice.units} ownUnitIds={unitChoice.ownUnitIds} selectedId={unit?.id} onSelect={setUnit} />
      </Field>
      {unit !== undefined && <UnitPeoplePanel key={unit.id} repository={repository} unit={unit} hostTeam={hostTeam} siteUrl={siteUrl} />}
      <RightsCheck repository={repository} />
    </div>
  );
}
