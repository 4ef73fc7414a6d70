export { buildPlan } from './buildPlan';
export { planToPlainText } from './plainText';
export type * from './types';
