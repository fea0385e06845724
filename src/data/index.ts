export { borderPlan } from './lithuania/borderPlan';
