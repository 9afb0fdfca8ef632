import * as React from 'react';
import { useLoad, ViewProps } from '../common';
import { useLocalization } from '../loc';
import { StaircaseSteps } from '../StaircaseSteps';
import { EmptyState } from '../states';
import { ViewSection } from '../ViewSection';

/** Trappan: the six steps with their descriptions, and the unit's status on each for the period. */
export function Staircase({ repositories, unit, period, siteUrl }: ViewProps): React.ReactElement {
  const { strings } = useLocalization();
  const unitId = unit?.id;
  const loader = useLoad(() => repositories.programme.loadOverview(unitId, period, new Date()), [repositories, unitId, period]);

  return (
    <ViewSection heading={strings.viewStaircase} intro={strings.staircaseIntro} loader={loader} siteUrl={siteUrl} skeletonRows={6}>
      {({ programme, assessments }) =>
        programme ? (
          <StaircaseSteps steps={programme.staircaseSteps} assessments={assessments} unit={unit} showText />
        ) : (
          <EmptyState>{strings.programmeMissing}</EmptyState>
        )
      }
    </ViewSection>
  );
}
