export { FollowUp } from './FollowUp';
