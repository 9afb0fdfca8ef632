import { makeStyles, tokens } from '@fluentui/react-components';

export const useKnowledgeLinksStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  area: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Long addresses and titles wrap rather than widen a narrow panel.
  link: { overflowWrap: 'anywhere' },
  kind: { color: tokens.colorNeutralForeground2 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 }
});
