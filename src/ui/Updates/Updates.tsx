import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLoad, ViewProps } from '../common';
import { useLocalization } from '../loc';
import { EmptyState } from '../states';
import { UpdateList } from '../UpdateList';
import { ViewSection } from '../ViewSection';

/** Uppdateringar: the published updates, pinned first then newest; a deep link (`updates/<id>`) marks one. */
export function Updates({ repositories, route, siteUrl }: ViewProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const loader = useLoad(() => repositories.updates.published(new Date()), [repositories]);

  return (
    <ViewSection heading={strings.viewUpdates} intro={strings.updatesIntro} loader={loader} siteUrl={siteUrl} skeletonRows={4}>
      {(updates) => {
        const selectedId = route.item === undefined ? undefined : Number(route.item);
        const missing = selectedId !== undefined && !updates.some((update) => update.id === selectedId);
        return (
          <>
            {missing && (
              <MessageBar intent="info">
                <MessageBarBody>{fill(strings.updateNotFound, { id: route.item ?? '' })}</MessageBarBody>
              </MessageBar>
            )}
            {updates.length === 0 ? <EmptyState>{strings.updatesEmpty}</EmptyState> : <UpdateList updates={updates} selectedId={selectedId} />}
          </>
        );
      }}
    </ViewSection>
  );
}
