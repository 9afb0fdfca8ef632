import { makeStyles, tokens } from '@fluentui/react-components';

export const useFollowUpFiltersStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    maxWidth: '60rem',
    // A long unit name in the select must not widen its column past a narrow panel.
    '& > *': { minWidth: 0 },
    '@media print': { display: 'none' }
  },
  types: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, border: 'none', minWidth: 0, gridColumn: '1 / -1' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold }
});
