import { makeStyles } from '@fluentui/react-components';

export const useNavigationStyles = makeStyles({
  root: { minWidth: 0 },
  // One row: the tabs that do not fit go into the menu beside them, never onto a second or third row.
  row: { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
  tabs: { flexWrap: 'nowrap', minWidth: 0 }
});
