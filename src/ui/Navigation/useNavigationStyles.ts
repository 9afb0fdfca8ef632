import { makeStyles } from '@fluentui/react-components';

export const useNavigationStyles = makeStyles({
  // Five Swedish tab names do not fit a 320 px side panel; they wrap rather than hide.
  tabs: { flexWrap: 'wrap' }
});
