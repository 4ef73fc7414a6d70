export { buildPlan, contactText, type BuildPlanInput } from './buildPlan';
export { planToPlainText } from './plainText';
export type * from './types';
