import * as React from 'react';
import { tokens } from '@fluentui/react-components';
import { STAIRCASE_STEPS } from '../../domain/programme';
import { useLocalization } from '../loc';
import { useStaircaseStyles } from './useStaircaseStyles';

export interface StaircaseLevelProps {
  level: number;
}

const STEP_WIDTH = 40;
const STEP_HEIGHT = 16;

/** The unit's level drawn as a staircase (filled steps reached, outlined steps ahead) and said in words. */
export function StaircaseLevel({ level }: StaircaseLevelProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useStaircaseStyles();
  const label = fill(strings.staircaseLevel, { level, total: STAIRCASE_STEPS.length });
  const height = STEP_HEIGHT * STAIRCASE_STEPS.length;
  return (
    <div className={styles.level}>
      <svg role="img" aria-label={label} width={STEP_WIDTH * STAIRCASE_STEPS.length} height={height} className={styles.levelDrawing}>
        {STAIRCASE_STEPS.map((step) => (
          <rect
            key={step}
            x={(step - 1) * STEP_WIDTH}
            y={height - step * STEP_HEIGHT}
            width={STEP_WIDTH - 2}
            height={step * STEP_HEIGHT}
            fill={step <= level ? tokens.colorBrandBackground : 'none'}
            stroke={tokens.colorNeutralStrokeAccessible}
            strokeWidth={1}
          />
        ))}
      </svg>
      <p className={styles.levelText} aria-hidden>
        {label}
      </p>
    </div>
  );
}
