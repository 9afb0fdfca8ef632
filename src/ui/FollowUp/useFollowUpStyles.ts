import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** Marks the view in the page, so that the print rule below applies only while the follow-up is shown. */
export const FOLLOW_UP_MARKER = 'data-mr-follow-up';

export const useFollowUpStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  progress: { maxWidth: '30rem' }
});

/** On paper the figures matter, not the app's tabs around them (its own controls hide themselves). */
export const useFollowUpPrintStyles = makeStaticStyles(`@media print { body:has([${FOLLOW_UP_MARKER}]) nav { display: none; } }`);
