export { NotSetUp } from './NotSetUp';
export type { NotSetUpProps } from './NotSetUp';
