export { UpdateList } from './UpdateList';
export type { UpdateListProps } from './UpdateList';
