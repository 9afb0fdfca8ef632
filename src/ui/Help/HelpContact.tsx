import * as React from 'react';
import { Button, useId } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';
import { useLocalization } from '../loc';
import { LazyPart } from '../shared/LazyPart';
import type { HelpContactProps, HelpPanelProps } from './HelpContact.types';
import { useHelpContact } from './useHelpContact';
import { useHelpContactStyles } from './useHelpContactStyles';

// The panel and its editor (fields, message bars) load on the first click: the button alone is in the first script.
const loadHelpPanel = (): Promise<React.ComponentType<HelpPanelProps>> =>
  import(/* webpackChunkName: 'mr-help' */ './HelpPanel').then(({ HelpPanel }) => HelpPanel);

/**
 * "Hjälp och kontakt" (WCAG 3.2.6 Consistent help): in the app's header, so it is in the same place, in the same
 * order, on every view and in every host. It shows what the editors wrote, or says plainly that they have not.
 */
export function HelpContact(props: HelpContactProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useHelpContactStyles();
  const state = useHelpContact(props);
  const panelId = useId('mr-help');

  return (
    <div className={styles.root}>
      <Button appearance="subtle" size="small" icon={<QuestionCircleRegular />} aria-expanded={state.open} aria-controls={panelId} onClick={state.toggle}>
        {strings.helpTitle}
      </Button>
      {state.open && <LazyPart load={loadHelpPanel} props={{ canEdit: props.canEdit, id: panelId, state }} fallback={<></>} siteUrl={props.siteUrl} />}
    </div>
  );
}
