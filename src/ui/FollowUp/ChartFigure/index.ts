export { ChartFigure } from './ChartFigure';
export type { ChartFigureProps } from './ChartFigure';
