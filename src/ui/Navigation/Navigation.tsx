import * as React from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import { useLocalization } from '../loc';
import { VIEW_KEYS, ViewKey } from '../routing';
import { useNavigationStyles } from './useNavigationStyles';

export interface NavigationProps {
  selected: ViewKey;
  onSelect: (view: ViewKey) => void;
  /** The meeting side panel: small tabs that wrap onto a second row. */
  compact: boolean;
  /** The element that shows the selected view, so each tab says what it controls. */
  panelId: string;
  /** The id of a view's tab; the panel is labelled by the selected one. */
  tabId: (view: ViewKey) => string;
  /** Editors also get the content view's tab; SharePoint refuses others' writes all the same. */
  canEdit?: boolean;
}

/** The five views as tabs: arrow keys move between them, Enter or Space opens one. */
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
  return (
    <nav aria-label={strings.navigationLabel}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as ViewKey)}
        size={compact ? 'small' : 'medium'}
      >
        {VIEW_KEYS.filter((view) => view !== 'content' || canEdit).map((view) => (
          <Tab key={view} value={view} id={tabId(view)} aria-controls={panelId}>
            {label[view]}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
