import * as React from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import { PinRegular } from '@fluentui/react-icons';
import type { Update } from '../../domain/update';
import { Heading } from '../shared';
import { useLocalization } from '../loc';
import { Route } from '../routing';
import { RouteLink } from '../shared/RouteLink';
import { useUpdateListStyles } from './useUpdateListStyles';

export interface UpdateListProps {
  updates: readonly Update[];
  /** The update a deep link opened. */
  selectedId?: number;
  /** Makes each title a link to the update in the updates view. */
  navigate?: (route: Route) => void;
  /** Which updates to mark "new", e.g. those shown since the reader's last visit. */
  isNew?: (update: Update) => boolean;
  /** More of each update below its summary: the body, an editor's controls. */
  details?: (update: Update) => React.ReactNode;
}

/** Updates as staff read them: title, new or not, when it was published, pinned or not, and the summary as plain text. */
export function UpdateList({ updates, selectedId, navigate, isNew, details }: UpdateListProps): React.ReactElement {
  const { strings, fill, formatDate, langOf } = useLocalization();
  // Updates are written in Swedish only.
  const lang = langOf('sv');
  const styles = useUpdateListStyles();
  return (
    <ul className={styles.root}>
      {updates.map((update) => {
        const shownAt = update.publishAt ?? update.modified;
        const selected = update.id === selectedId;
        return (
          <li key={update.id} data-update-id={update.id} className={mergeClasses(styles.update, selected && styles.selected)} aria-current={selected ? 'true' : undefined}>
            <Heading level={3} className={styles.title}>
              {navigate ? (
                <RouteLink route={{ view: 'updates', item: String(update.id) }} navigate={navigate}>
                  <span lang={lang}>{update.title}</span>
                </RouteLink>
              ) : (
                <span lang={lang}>{update.title}</span>
              )}
            </Heading>
            {/* A div, as the "new" badge is one. */}
            <div className={styles.meta}>
              {isNew?.(update) && (
                <Badge appearance="filled" color="brand">
                  {strings.updateNewBadge}
                </Badge>
              )}
              {shownAt && <time dateTime={shownAt}>{fill(strings.updatePublished, { date: formatDate(shownAt) })}</time>}
              {update.pinned && (
                <span className={styles.pinned}>
                  <PinRegular aria-hidden />
                  {strings.updatePinned}
                </span>
              )}
            </div>
            {update.summary && (
              <p className={styles.summary} lang={lang}>
                {update.summary}
              </p>
            )}
            {details?.(update)}
          </li>
        );
      })}
    </ul>
  );
}
