import { makeStyles, tokens } from '@fluentui/react-components';

export const useRowProblemsStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalS, marginBottom: 0, paddingLeft: tokens.spacingHorizontalXL }
});
