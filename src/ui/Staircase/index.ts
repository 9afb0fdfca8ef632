export { Staircase } from './Staircase';
export { StaircaseSteps } from './StaircaseSteps';
export type { StaircaseStepsProps } from './StaircaseSteps';
