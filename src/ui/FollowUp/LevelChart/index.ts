export { LevelChart } from './LevelChart';
export type { LevelChartProps } from './LevelChart';
