import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLocalization } from '../loc';

/** "The change is saved", announced politely, after an editor's form closes on a save. */
export function SavedNotice({ shown }: { shown: boolean }): React.ReactElement {
  const { strings } = useLocalization();
  if (!shown) return <></>;
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{strings.contentSaved}</MessageBarBody>
    </MessageBar>
  );
}
