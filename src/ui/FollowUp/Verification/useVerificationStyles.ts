import { makeStyles, tokens } from '@fluentui/react-components';

export const useVerificationStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '@media print': { display: 'none' } },
  intro: { margin: 0, maxWidth: '60rem' }
});
