import * as React from 'react';
import { Overflow, OverflowItem, Tab, TabList, useOverflowMenu } from '@fluentui/react-components';
import { useLocalization } from '../loc';
import { VIEW_KEYS, ViewKey } from '../routing';
import { LazyPart } from '../shared/LazyPart';
import { MoreViewsButton, MoreViewsMenuProps } from './MoreViewsButton';
import { useNavigationStyles } from './useNavigationStyles';

// The menu's code (menu, positioning) loads when "Fler vyer" is first used: the first script measures the tabs only.
const loadMoreViewsMenu = (): Promise<React.ComponentType<MoreViewsMenuProps>> =>
  import(/* webpackChunkName: 'mr-more-views' */ './MoreViewsMenu').then(({ MoreViewsMenu }) => MoreViewsMenu);

export interface NavigationProps {
  selected: ViewKey;
  onSelect: (view: ViewKey) => void;
  /** The meeting side panel: small tabs. */
  compact: boolean;
  /** The element that shows the selected view, so each tab says what it controls. */
  panelId: string;
  /** The id of a view's tab; the panel is labelled by the selected one. */
  tabId: (view: ViewKey) => string;
  /** Editors also get the content view's tab; SharePoint refuses others' writes all the same. */
  canEdit?: boolean;
  /** The data site, should the menu's code not load. */
  siteUrl: string;
}

interface OverflowMenuProps {
  views: ViewKey[];
  label: Record<ViewKey, string>;
  onSelect: (view: ViewKey) => void;
  siteUrl: string;
}

/** "Fler vyer": the tabs that do not fit the width, in a menu, so that the tabs stay on one row at 320 px. */
function OverflowMenu({ views, label, onSelect, siteUrl }: OverflowMenuProps): React.ReactElement {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // Undefined until the button is first used; then the menu's own state, kept here so that it outlives the overflow.
  const [open, setOpen] = React.useState<boolean>();
  React.useEffect(() => {
    if (!isOverflowing) setOpen((value) => (value === undefined ? value : false));
  }, [isOverflowing]);
  if (!isOverflowing) return <></>;
  const button = <MoreViewsButton ref={ref} count={overflowCount} aria-haspopup="menu" aria-expanded={false} onClick={() => setOpen(true)} />;
  if (open === undefined) return button;
  return (
    <LazyPart
      load={loadMoreViewsMenu}
      props={{ views, label, onSelect, open, onOpenChange: setOpen, buttonRef: ref, count: overflowCount }}
      fallback={button}
      siteUrl={siteUrl}
    />
  );
}

/**
 * The views as tabs: arrow keys move between them, Enter or Space opens one. Tabs that do not fit the width
 * (a 320 px side panel) move into a menu at the end, the selected tab always stays visible.
 */
export function Navigation({ selected, onSelect, compact, panelId, tabId, canEdit = false, siteUrl }: NavigationProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useNavigationStyles();
  const label: Record<ViewKey, string> = {
    overview: strings.viewOverview,
    plans: strings.viewPlans,
    staircase: strings.viewStaircase,
    updates: strings.viewUpdates,
    followUp: strings.viewFollowUp,
    content: strings.viewContent
  };
  const views = VIEW_KEYS.filter((view) => view !== 'content' || canEdit);
  return (
    <nav aria-label={strings.navigationLabel} className={styles.root}>
      <Overflow minimumVisible={1}>
        {/* The menu sits beside the tab list, not in it: a tab list holds tabs only. */}
        <div className={styles.row}>
          <TabList
            className={styles.tabs}
            selectedValue={selected}
            onTabSelect={(_, data) => onSelect(data.value as ViewKey)}
            size={compact ? 'small' : 'medium'}
          >
            {views.map((view) => (
              // The selected tab goes last into the menu.
              <OverflowItem key={view} id={view} priority={view === selected ? 2 : 1}>
                <Tab value={view} id={tabId(view)} aria-controls={panelId}>
                  {label[view]}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <OverflowMenu views={views} label={label} onSelect={onSelect} siteUrl={siteUrl} />
        </div>
      </Overflow>
    </nav>
  );
}
