export { StaircaseSteps } from './StaircaseSteps';
export type { StaircaseStepsProps } from './StaircaseSteps';
