import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons';
import type { Unit } from '../../../domain/unit';
import type { FollowUpVerification } from '../../../app/followUp/loadFollowUp';
import { useLocalization } from '../../loc';
import { DataTable } from '../DataTable';
import { useVerificationStyles } from './useVerificationStyles';

export interface VerificationProps {
  period: number;
  comparedWith: number;
  /** Every unit, to name those whose summary drifted. */
  units: readonly Unit[];
  /** What the last recount found; absent while the figures come from the summaries. */
  verification?: FollowUpVerification;
  onVerify: () => void;
}

/**
 * "Recount and compare": the button, and what the recount found (while it runs, the view shows its progress). A difference is stated in words (never
 * by colour alone) with a table of the units concerned, and whether their summaries could be repaired.
 */
export function Verification({ period, comparedWith, units, verification, onVerify }: VerificationProps): React.ReactElement {
  const { strings, fill, formatNumber, formatDateTime } = useLocalization();
  const styles = useVerificationStyles();
  const names = React.useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const periods = { period: String(period), comparedWith: String(comparedWith) };
  const list = (ids: readonly number[]): string => formatNumber(ids.length);

  return (
    <div className={styles.root}>
      <p className={styles.intro}>{strings.followUpVerifyIntro}</p>
      <div>
        <Button icon={<CalculatorRegular />} onClick={onVerify}>
          {strings.followUpVerify}
        </Button>
      </div>
      {verification !== undefined && (
        <MessageBar intent={verification.drift.length === 0 ? 'success' : 'warning'} layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>
              {fill(strings.followUpVerifiedTitle, { time: formatDateTime(verification.at) })}
            </MessageBarTitle>
            {verification.drift.length === 0
              ? fill(strings.followUpVerifiedAgree, { ...periods, rows: formatNumber(verification.tickRows) })
              : fill(strings.followUpVerifiedDrift, { ...periods, rows: formatNumber(verification.tickRows), count: formatNumber(verification.drift.length) })}
            {verification.repair.repaired > 0 && ` ${fill(strings.followUpVerifiedRepaired, { repaired: formatNumber(verification.repair.repaired) })}`}
            {verification.repair.failed > 0 && ` ${fill(strings.followUpVerifiedFailed, { failed: formatNumber(verification.repair.failed) })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {verification !== undefined && verification.drift.length > 0 && (
        <DataTable
          caption={strings.followUpDriftCaption}
          columns={[
            strings.followUpColumnUnit,
            strings.followUpDriftColumnPeriod,
            strings.followUpDriftColumnSummaryOnly,
            strings.followUpDriftColumnTicksOnly,
            strings.followUpDriftColumnRecorded
          ]}
          rows={verification.drift.map((drift) => ({
            key: `${drift.unitId}:${drift.period}`,
            header: names.get(drift.unitId) ?? String(drift.unitId),
            cells: [drift.period, list(drift.doneOnlyInSummary), list(drift.doneOnlyInTicks), list(drift.recordedOnlyInTicks)]
          }))}
        />
      )}
    </div>
  );
}
