import * as React from 'react';
import { ArrowSortDownRegular, ArrowSortUpRegular, ArrowSortRegular } from '@fluentui/react-icons';
import { compareSwedish } from '../../../domain/language';
import { useLocalization } from '../../loc';
import { useDataTableStyles } from './useDataTableStyles';

/** What a column sorts by: text in Swedish order, or a number. */
export type SortKey = string | number;

export interface DataTableRow {
  key: React.Key;
  /** The row's name, read out before each of its cells. */
  header: string;
  cells: React.ReactNode[];
  /** One per column, the row's name first: given on every row, the headers sort the table. */
  sortKeys?: readonly SortKey[];
}

export interface DataTableProps {
  caption: string;
  /** The header of the first column (the rows' names), then one per cell. */
  columns: string[];
  rows: DataTableRow[];
  /** How many cells after the row's name hold text; the rest hold figures and align to the end. Default 0. */
  textColumns?: number;
}

interface Sorting {
  column: number;
  direction: 'ascending' | 'descending';
}

function compareKeys(a: SortKey | undefined, b: SortKey | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareSwedish(String(a ?? ''), String(b ?? ''));
}

/**
 * A header the keyboard reaches in a table wider than its region may stand half outside the region's
 * visible part, and the browser leaves it there; scroll it in whole, so that the focus is seen (WCAG 2.4.11).
 */
function revealFocusedHeader(event: React.FocusEvent<HTMLDivElement>): void {
  if (event.target !== event.currentTarget) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * A plain table with a caption and headers that screen readers tie to each cell. Wide tables scroll
 * sideways in a region that takes keyboard focus, so they can be scrolled without a mouse. With sort keys,
 * each header is a button that sorts by its column (again: the other way), and says how it sorts.
 */
export function DataTable({ caption, columns, rows, textColumns = 0 }: DataTableProps): React.ReactElement {
  const styles = useDataTableStyles();
  const { strings, fill } = useLocalization();
  const [sorting, setSorting] = React.useState<Sorting>();
  const sortable = rows.length > 1 && rows.every((row) => row.sortKeys !== undefined);
  const shown = React.useMemo(() => {
    if (!sortable || sorting === undefined) return rows;
    const sign = sorting.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compareKeys(a.sortKeys?.[sorting.column], b.sortKeys?.[sorting.column]));
  }, [rows, sortable, sorting]);
  const sortBy = (column: number): void =>
    setSorting((current) => ({ column, direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0} onFocus={revealFocusedHeader}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const direction = sorting?.column === index ? sorting.direction : undefined;
              const Icon = direction === 'ascending' ? ArrowSortUpRegular : direction === 'descending' ? ArrowSortDownRegular : ArrowSortRegular;
              return (
                <th key={index} scope="col" aria-sort={sortable ? direction ?? 'none' : undefined} className={index <= textColumns ? styles.text : styles.figure}>
                  {sortable ? (
                    <button type="button" className={styles.sortButton} title={fill(strings.tableSortBy, { column })} onClick={() => sortBy(index)}>
                      {column}
                      <Icon aria-hidden className={styles.sortIcon} />
                    </button>
                  ) : (
                    column
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={styles.rowHeader}>
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={index < textColumns ? styles.text : styles.figure}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
