import * as React from 'react';
import { SkeletonItem } from '@fluentui/react-components';
import { useLocalization } from '../loc';
import { LazyPart } from '../shared/LazyPart';
import type { UnitPickerProps } from '../shared/UnitPicker/UnitPicker.types';
import { useUnitBarStyles } from './useUnitBarStyles';

/** The picker's code (Fluent's combobox and its positioning) is a chunk of its own: it stays out of the first bundle. */
const loadUnitPicker = (): Promise<React.ComponentType<UnitPickerProps>> =>
  import(/* webpackChunkName: 'mr-unit-picker' */ '../shared/UnitPicker/UnitPicker').then(({ UnitPicker }) => UnitPicker);

/** The unit picker in the app's frame, loaded while the app asks SharePoint for the units. */
export function UnitChooser({ siteUrl, ...props }: UnitPickerProps & { siteUrl: string }): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useUnitBarStyles();
  return <LazyPart load={loadUnitPicker} props={props} fallback={<SkeletonItem className={styles.pickerSkeleton} aria-label={strings.loadingLabel} />} siteUrl={siteUrl} />;
}
