// Types for review.mjs (used by tests).
import type { TextRow } from './rows.mjs';
export interface ReviewMark {
  reviewed: boolean;
  hash?: string;
  note?: string;
}
export type Review = Record<string, Record<string, ReviewMark>>;
export declare const REVIEW_FILE: string;
export declare function reviewHash(source: string, text: string): string;
export declare function readReview(localesDir: string): Review;
export declare function writeReview(localesDir: string, review: Review): void;
export declare function reviewStatus(rows: TextRow[], marks?: Record<string, ReviewMark>): { reviewed: string[]; stale: string[]; unknown: string[]; malformed: string[] };
export declare function formatMeta(meta: unknown): string;
export declare function updateMetaCounts(localesDir: string, review: Review): unknown;
export declare function syncReview(localesDir: string): string[];
