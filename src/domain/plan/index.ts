export { buildPlan, contactText } from './buildPlan';
export { planToPlainText } from './plainText';
export type * from './types';
