export { Updates } from './Updates';
export type { UpdatesProps } from './Updates';
