import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';

export interface ReadOnlyNoticeProps {
  /** Why the person cannot change what they see, and what they can do about it. */
  children: React.ReactNode;
}

/** Said above a unit's record that the person may look at but not change: a lock and the reason, in words. */
export function ReadOnlyNotice({ children }: ReadOnlyNoticeProps): React.ReactElement {
  return (
    <MessageBar intent="info" layout="multiline" icon={<LockClosedRegular />}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
