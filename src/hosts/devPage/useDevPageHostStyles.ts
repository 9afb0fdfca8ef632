import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The development page's frames; sizes follow the hosts (Teams' meeting side panel is 320 px wide). The frames
 * lie outside the app's Fluent provider, so they use plain values rather than Fluent's CSS variables.
 */
export const useDevPageHostStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2
  },
  sharePointPage: { flexGrow: 1, backgroundColor: '#faf9f8', padding: '24px 32px' },
  sharePointTitle: { margin: '0 0 16px', fontSize: '32px', fontWeight: 600, color: '#323130' },
  sharePointSection: { maxWidth: '1204px', boxShadow: '0 1.6px 3.6px rgba(0, 0, 0, 0.13), 0 0.3px 0.9px rgba(0, 0, 0, 0.11)' },
  teamsFrame: { flexGrow: 1, display: 'flex', flexDirection: 'column' },
  // The meeting fills the window; only the side panel scrolls, as in Teams.
  meeting: { height: '100vh', display: 'flex', backgroundColor: '#1f1f1f' },
  meetingStage: { flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' },
  meetingTitle: { color: '#ffffff', fontSize: '20px' },
  sidePanel: { width: '320px', flexShrink: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column' },
  // Shared to the stage, the app fills the meeting's stage (most of the window in Teams), with the meeting's dark surround.
  stage: { flexGrow: 1, display: 'flex', flexDirection: 'column', padding: '24px', backgroundColor: '#1f1f1f' }
});
