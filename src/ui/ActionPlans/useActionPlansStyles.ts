import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionPlansStyles = makeStyles({
  plan: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  statusForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  statusChoices: { flexWrap: 'wrap' },
  statusActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start', minHeight: '32px' }
});
