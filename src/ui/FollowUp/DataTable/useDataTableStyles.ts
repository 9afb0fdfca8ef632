import { makeStyles, tokens } from '@fluentui/react-components';

const cell = {
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  verticalAlign: 'top'
};

export const useDataTableStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // Printed tables use the whole page width and break over pages instead of scrolling.
    '@media print': { overflowX: 'visible' }
  },
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  rowHeader: { ...cell, textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  text: { ...cell, textAlign: 'start' },
  figure: { ...cell, textAlign: 'end', whiteSpace: 'nowrap' },
  // A header that sorts looks like the header it is, with an arrow; the whole header is the target.
  sortButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '24px',
    padding: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` }
  },
  sortIcon: { flexShrink: 0, fontSize: '16px' }
});
