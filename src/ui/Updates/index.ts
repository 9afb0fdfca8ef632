export { Updates } from './Updates';
