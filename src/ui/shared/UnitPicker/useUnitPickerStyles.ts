import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../visuallyHidden';

export const useUnitPickerStyles = makeStyles({
  root: { minWidth: 'min(20rem, 100%)', maxWidth: '100%' },
  listbox: { maxHeight: 'min(24rem, 60vh)' },
  option: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  depth1: { paddingLeft: tokens.spacingHorizontalL },
  depth2: { paddingLeft: tokens.spacingHorizontalXXL },
  depth3: { paddingLeft: `calc(${tokens.spacingHorizontalXXL} + ${tokens.spacingHorizontalL})` },
  name: { fontWeight: tokens.fontWeightRegular },
  path: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  visuallyHidden
});
