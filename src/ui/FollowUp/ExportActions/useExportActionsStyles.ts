import { makeStyles, tokens } from '@fluentui/react-components';

export const useExportActionsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '@media print': { display: 'none' } },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});
