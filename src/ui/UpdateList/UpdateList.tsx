import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { PinRegular } from '@fluentui/react-icons';
import type { Update } from '../../domain/update';
import { Heading } from '../common';
import { useLocalization } from '../loc';
import { Route } from '../routing';
import { RouteLink } from '../RouteLink';
import { useUpdateListStyles } from './useUpdateListStyles';

export interface UpdateListProps {
  updates: readonly Update[];
  /** The update a deep link opened. */
  selectedId?: number;
  /** Makes each title a link to the update in the updates view. */
  navigate?: (route: Route) => void;
}

/** Updates as staff read them: title, when it was published, pinned or not, and the summary as plain text. */
export function UpdateList({ updates, selectedId, navigate }: UpdateListProps): React.ReactElement {
  const { strings, fill, formatDate } = useLocalization();
  const styles = useUpdateListStyles();
  return (
    <ul className={styles.root}>
      {updates.map((update) => {
        const shownAt = update.publishAt ?? update.modified;
        const selected = update.id === selectedId;
        return (
          <li key={update.id} className={mergeClasses(styles.update, selected && styles.selected)} aria-current={selected ? 'true' : undefined}>
            <Heading level={3} className={styles.title}>
              {navigate ? (
                <RouteLink route={{ view: 'updates', item: String(update.id) }} navigate={navigate}>
                  {update.title}
                </RouteLink>
              ) : (
                update.title
              )}
            </Heading>
            <p className={styles.meta}>
              {shownAt && <time dateTime={shownAt}>{fill(strings.updatePublished, { date: formatDate(shownAt) })}</time>}
              {update.pinned && (
                <span className={styles.pinned}>
                  <PinRegular aria-hidden />
                  {strings.updatePinned}
                </span>
              )}
            </p>
            {update.summary && <p className={styles.summary}>{update.summary}</p>}
          </li>
        );
      })}
    </ul>
  );
}
