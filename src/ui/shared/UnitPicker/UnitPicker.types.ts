import type { Unit } from '../../../domain/unit';
import type { UnitGroup } from './unitHierarchy';

export interface UnitPickerProps {
  /** Every unit there is: anyone may look at any of them. */
  units: readonly Unit[];
  /** The person's own units (those SharePoint lets them change): listed first. */
  ownUnitIds: ReadonlySet<number>;
  /** The unit chosen now; none shows the placeholder. */
  selectedId?: number;
  onSelect: (unit: Unit) => void;
  disabled?: boolean;
  /** Labels the picker where no Field around it does. */
  'aria-label'?: string;
  className?: string;
}

export interface UnitPickerState {
  /** What the input shows: the text typed so far, else the chosen unit's name. */
  inputValue: string;
  /** The units that match what is typed, grouped and in the order of the organisation. */
  groups: UnitGroup[];
  /** How many units match what is typed; undefined while nothing is typed. */
  matchCount?: number;
  /** The chosen unit's option values (it may be listed twice: among the person's own, and in its place). */
  selectedOptions: string[];
  /** The list is open: while typing (also pasted text) and when the person opens it. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onInput: (text: string) => void;
  onOptionValue: (value: string | undefined) => void;
  /** The person leaves the picker or closes the list without choosing: the input shows the chosen unit again. */
  onDone: () => void;
}
