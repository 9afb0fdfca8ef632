export { ActionPlans } from './ActionPlans';
