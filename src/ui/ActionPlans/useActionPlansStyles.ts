import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionPlansStyles = makeStyles({
  plan: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  statusForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  statusChoices: { flexWrap: 'wrap' },
  statusActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  document: { margin: 0 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start', minHeight: '32px' }
});
