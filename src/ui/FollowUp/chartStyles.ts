import { GriffelStyle, tokens } from '@fluentui/react-components';

/**
 * The two bar looks all follow-up charts share: the chosen period solid, the period compared with
 * hatched, so that the two can be told apart without colour (and in print). Borders keep both bars
 * visible where a high-contrast mode drops background colours; browsers print backgrounds only when asked.
 */
export const currentBar: GriffelStyle = {
  backgroundColor: tokens.colorBrandBackground,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  boxSizing: 'border-box',
  printColorAdjust: 'exact'
};

export const previousBar: GriffelStyle = {
  backgroundColor: tokens.colorNeutralBackground1,
  backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorNeutralForeground3} 0 2px, transparent 2px 6px)`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground3}`,
  boxSizing: 'border-box',
  printColorAdjust: 'exact'
};
