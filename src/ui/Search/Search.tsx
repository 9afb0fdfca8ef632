import * as React from 'react';
import { Button, Field, SearchBox, useId } from '@fluentui/react-components';
import type { MrRepositories } from '../../app';
import type { Period } from '../../domain/period';
import { useLocalization } from '../loc';
import type { Route } from '../routing';
import { Heading } from '../shared';
import { RouteLink } from '../shared/RouteLink';
import { useSearch } from './useSearch';
import { useSearchStyles } from './useSearchStyles';

export interface SearchProps {
  repositories: MrRepositories;
  period: Period;
  navigate: (route: Route) => void;
}

interface ResultGroup {
  key: string;
  title: string;
  entries: { key: React.Key; label: React.ReactNode; route?: Route }[];
}

/**
 * One search field for plans, checklist items, updates, units and the programme's text. Results come grouped,
 * each a link into its view; ↓ from the field goes to the first result, Escape empties the field.
 */
export function Search({ repositories, period, navigate }: SearchProps): React.ReactElement {
  const { strings, fill, plural, text, langOf } = useLocalization();
  const styles = useSearchStyles();
  const model = useSearch(repositories, period);
  const resultsRef = React.useRef<HTMLDivElement>(null);
  const resultsId = useId('mr-search-results');
  const { results } = model;
  const go = (route: Route): void => {
    model.clear();
    navigate(route);
  };

  const groups: ResultGroup[] = results
    ? [
        {
          key: 'plans',
          title: strings.searchPlans,
          entries: results.plans.map((plan) => ({ key: plan.id, label: <span lang={langOf(plan.title)}>{text(plan.title)}</span>, route: { view: 'plans', item: plan.key } }))
        },
        {
          key: 'items',
          title: strings.searchItems,
          entries: results.items.map(({ item, plan }) => ({
            key: item.id,
            label: (
              <>
                <span lang={langOf(item.title)}>{text(item.title)}</span> <span className={styles.context}>({text(plan.title)})</span>
              </>
            ),
            route: { view: 'plans', item: plan.key }
          }))
        },
        {
          key: 'updates',
          title: strings.searchUpdates,
          entries: results.updates.map((update) => ({ key: update.id, label: <span lang={langOf('sv')}>{update.title}</span>, route: { view: 'updates', item: String(update.id) } }))
        },
        {
          key: 'programme',
          title: strings.searchProgramme,
          entries: results.programme.map((entry) => ({ key: entry.key, label: <span lang={langOf(entry.title)}>{text(entry.title)}</span>, route: entry.kind === 'staircaseStep' ? { view: 'staircase' } : { view: 'overview' } }))
        },
        {
          key: 'units',
          title: strings.searchUnits,
          entries: results.units.map((unit) => ({ key: unit.id, label: unit.name }))
        }
      ]
    : [];
  const count = groups.reduce((sum, group) => sum + group.entries.length, 0);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      const first = resultsRef.current?.querySelector<HTMLElement>('a[href]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && model.query !== '') {
      event.preventDefault();
      model.clear();
    }
  };

  return (
    <div role="search" aria-label={strings.searchLabel} className={styles.root}>
      <Field label={strings.searchLabel} className={styles.field}>
        <SearchBox
          className={styles.box}
          value={model.query}
          aria-controls={resultsId}
          onChange={(_, data) => model.setQuery(data.value)}
          onKeyDown={onKeyDown}
        />
      </Field>
      <div id={resultsId} ref={resultsRef}>
        {model.query.trim() !== '' && (
          <div className={styles.results}>
            <p role="status" className={styles.count}>
              {model.state.status === 'loading' && strings.searchLoading}
              {results && (count === 0 ? fill(strings.searchNone, { query: model.query.trim() }) : plural(count, strings.searchCountOne, strings.searchCountOther))}
            </p>
            {model.state.status === 'failed' && (
              <p className={styles.count}>
                {strings.searchFailed}{' '}
                <Button size="small" onClick={model.retry}>
                  {strings.retry}
                </Button>
              </p>
            )}
            {groups
              .filter((group) => group.entries.length > 0)
              .map((group) => (
                <section key={group.key} aria-labelledby={`${resultsId}-${group.key}`} className={styles.group}>
                  <Heading level={2} id={`${resultsId}-${group.key}`} className={styles.groupTitle}>
                    {fill(strings.searchGroup, { group: group.title, count: group.entries.length })}
                  </Heading>
                  <ul className={styles.list}>
                    {group.entries.map((entry) => (
                      <li key={entry.key}>
                        {entry.route ? (
                          <RouteLink route={entry.route} navigate={go} className={styles.link}>
                            {entry.label}
                          </RouteLink>
                        ) : (
                          entry.label
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </div>
        )}
      </div>
    </div>
  );
}
