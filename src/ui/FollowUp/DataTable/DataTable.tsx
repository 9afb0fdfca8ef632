import * as React from 'react';
import { useDataTableStyles } from './useDataTableStyles';

export interface DataTableRow {
  key: React.Key;
  /** The row's name, read out before each of its cells. */
  header: string;
  cells: React.ReactNode[];
}

export interface DataTableProps {
  caption: string;
  /** The header of the first column (the rows' names), then one per cell. */
  columns: string[];
  rows: DataTableRow[];
  /** How many cells after the row's name hold text; the rest hold figures and align to the end. Default 0. */
  textColumns?: number;
}

/**
 * A plain table with a caption and headers that screen readers tie to each cell. Wide tables scroll
 * sideways in a region that takes keyboard focus, so they can be scrolled without a mouse.
 */
export function DataTable({ caption, columns, rows, textColumns = 0 }: DataTableProps): React.ReactElement {
  const styles = useDataTableStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={index <= textColumns ? styles.text : styles.figure}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
