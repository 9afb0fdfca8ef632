import { makeStyles, tokens } from '@fluentui/react-components';

export const useUpdatesStyles = makeStyles({
  paragraph: { margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bodyToggle: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, width: 'fit-content' },
  editorBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  state: { fontWeight: tokens.fontWeightSemibold }
});
