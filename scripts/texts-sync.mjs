#!/usr/bin/env node
// npm run texts:sync
// After editing a text (or its Swedish source) by hand: drops the review marks that no longer fit and
// updates the reviewed counts in locales/meta.json, so that npm run check:locales passes again.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncReview } from './texts/review.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dropped = syncReview(path.join(root, 'locales'));
for (const d of dropped) console.log(`no longer reviewed: ${d}`);
console.log(`texts:sync: ${dropped.length} review marks dropped`);
