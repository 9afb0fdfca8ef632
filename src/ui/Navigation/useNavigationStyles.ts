import { makeStyles } from '@fluentui/react-components';

export const useNavigationStyles = makeStyles({
  root: { minWidth: 0 },
  // One row: what does not fit goes into the overflow menu, never onto a second or third row.
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' }
});
