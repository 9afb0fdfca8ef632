export { Staircase } from './Staircase';
