import { makeStyles, tokens } from '@fluentui/react-components';

export const useStaircaseStepsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  level: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  // Block children, not a flex item: the list keeps its step numbers.
  step: { marginBottom: tokens.spacingVerticalS },
  stepTitle: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  stepText: { display: 'block', color: tokens.colorNeutralForeground2 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  icon: { fontSize: '16px', flexShrink: 0 },
  fulfilledIcon: { color: tokens.colorStatusSuccessForeground1 }
});
