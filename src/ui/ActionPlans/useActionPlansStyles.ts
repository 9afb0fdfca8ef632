import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionPlansStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start', minHeight: '32px' }
});
