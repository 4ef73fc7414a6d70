export { buildSummary, cleanText, type BuildSummaryInput } from './buildSummary';
export { summaryToPlainText } from './plainText';
export type * from './types';
