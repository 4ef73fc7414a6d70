export { buildSummary } from './buildSummary';
export { summaryToPlainText } from './plainText';
export type * from './types';
