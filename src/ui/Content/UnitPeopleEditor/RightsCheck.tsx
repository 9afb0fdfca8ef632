import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { FolderGrant, FolderRepair, UnitPeopleRepository } from '../../../app';
import { Section } from '../../shared';
import { useLocalization } from '../../loc';
import { saveProblemText } from '../../shared/Editors';
import { useListTitles } from '../../shared/states/RowProblems';
import { useRightsCheck } from './useRightsCheck';
import { useUnitPeopleEditorStyles } from './useUnitPeopleEditorStyles';

export interface RightsCheckProps {
  repository: UnitPeopleRepository;
}

/** Compares every unit's recorded people with its folders' rights, repairs any drift and says what it changed. */
export function RightsCheck({ repository }: RightsCheckProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitPeopleEditorStyles();
  const titles = useListTitles();
  const check = useRightsCheck(repository);
  const { outcome, progress } = check;

  const who = (grant: FolderGrant): string => {
    if (grant.kind === 'teamMembers') return fill(strings.rightsTeamMembers, { team: grant.name });
    if (grant.kind === 'teamOwners') return fill(strings.rightsTeamOwners, { team: grant.name });
    return grant.name;
  };
  const changes = (repair: FolderRepair): string[] => [
    ...(repair.created ? [strings.rightsCreated] : []),
    ...(repair.madeUnique ? [strings.rightsMadeUnique] : []),
    ...repair.granted.map((grant) => fill(strings.rightsGranted, { who: who(grant) })),
    ...repair.revoked.map((grant) => fill(strings.rightsRevoked, { who: who(grant) }))
  ];

  return (
    <Section heading={strings.rightsHeading}>
      <p>{strings.rightsIntro}</p>
      <div>
        <Button icon={<ShieldCheckmarkRegular />} disabled={check.running} onClick={check.run}>
          {strings.rightsCheck}
        </Button>
      </div>
      {check.running && (
        <div role="status">
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} aria-hidden />
          {progress !== undefined && fill(strings.rightsChecking, { done: progress.done, total: progress.total })}
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.rightsFailed}</MessageBarTitle>
            {saveProblemText(outcome.problem, strings, strings.peopleAccessDenied)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'checked' && (
        <MessageBar intent={outcome.report.repairs.length === 0 ? 'success' : 'warning'} layout="multiline" role="status">
          <MessageBarBody>
            {fill(outcome.report.repairs.length === 0 ? strings.rightsAllGood : strings.rightsRepaired, {
              units: outcome.report.unitsChecked,
              folders: outcome.report.foldersChecked
            })}
            {outcome.report.repairs.length > 0 && (
              <ul className={styles.report}>
                {outcome.report.repairs.map((repair) => (
                  <li key={`${repair.unitId}:${repair.list}`}>
                    {fill(strings.rightsFolderIn, { unit: repair.unitName, list: titles.listTitle(repair.list) })}: {changes(repair).join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
