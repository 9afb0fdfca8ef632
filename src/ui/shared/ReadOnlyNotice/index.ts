export { ReadOnlyNotice } from './ReadOnlyNotice';
export type { ReadOnlyNoticeProps } from './ReadOnlyNotice';
