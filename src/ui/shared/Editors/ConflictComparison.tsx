import * as React from 'react';
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useLocalization } from '../../loc';
import { useEditorStyles } from './useEditorStyles';

/** One field as both editors have it. */
export interface ComparedField {
  label: string;
  theirs: string;
  mine: string;
  /** How a value is shown; plain text unless given (rich text goes through RichTextView). */
  render?: (value: string) => React.ReactNode;
}

export interface ConflictComparisonProps {
  fields: readonly ComparedField[];
}

/** Their version and the person's side by side; fields that differ say so in words. */
export function ConflictComparison({ fields }: ConflictComparisonProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useEditorStyles();
  const show = (field: ComparedField, value: string): React.ReactNode =>
    value.trim() === '' ? <span className={styles.empty}>{strings.conflictEmpty}</span> : field.render ? field.render(value) : value;
  return (
    <Table size="small" className={styles.comparison}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.conflictField}</TableHeaderCell>
          <TableHeaderCell>{strings.conflictTheirs}</TableHeaderCell>
          <TableHeaderCell>{strings.conflictMine}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field.label}>
            <TableCell className={styles.comparedLabel}>
              {field.label}
              {field.theirs !== field.mine && (
                <Badge appearance="tint" color="warning" className={styles.changedBadge}>
                  {strings.conflictChanged}
                </Badge>
              )}
            </TableCell>
            <TableCell className={styles.comparedValue}>{show(field, field.theirs)}</TableCell>
            <TableCell className={styles.comparedValue}>{show(field, field.mine)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
