export { ChartLegend } from './ChartLegend';
export type { ChartLegendProps } from './ChartLegend';
