import * as React from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useLocalization } from '../loc';
import { VIEW_KEYS, ViewKey } from '../routing';
import { useNavigationStyles } from './useNavigationStyles';

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
}

/** A view in the overflow menu: there only while its tab does not fit. */
function OverflowMenuItem({ view, label, onSelect }: { view: ViewKey; label: string; onSelect: (view: ViewKey) => void }): React.ReactElement {
  const visible = useIsOverflowItemVisible(view);
  if (visible) return <></>;
  return <MenuItem onClick={() => onSelect(view)}>{label}</MenuItem>;
}

/** "Fler vyer": the tabs that do not fit the width, in a menu, so that the tabs stay on one row at 320 px. */
function OverflowMenu({ views, label, onSelect }: { views: ViewKey[]; label: Record<ViewKey, string>; onSelect: (view: ViewKey) => void }): React.ReactElement {
  const { strings } = useLocalization();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return <></>;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" icon={<MoreHorizontalRegular />} aria-label={`${strings.navigationMore} (${overflowCount})`}>
          {strings.navigationMore}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <OverflowMenuItem key={view} view={view} label={label[view]} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The views as tabs: arrow keys move between them, Enter or Space opens one. Tabs that do not fit the width
 * (a 320 px side panel) move into a menu at the end, the selected tab always stays visible.
 */
export function Navigation({ selected, onSelect, compact, panelId, tabId, canEdit = false }: NavigationProps): React.ReactElement {
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
          <OverflowMenu views={views} label={label} onSelect={onSelect} />
        </div>
      </Overflow>
    </nav>
  );
}
