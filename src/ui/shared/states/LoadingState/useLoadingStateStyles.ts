import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoadingStateStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { height: '28px', width: '40%' },
  row: { height: '56px' }
});
