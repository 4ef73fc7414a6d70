/**
 * Namespaces that one page alone uses (the poster, the guide, the privacy description, the child's turn, the
 * child's voice in the conversation): loaded with that page (usePageTexts), never at start, so that long
 * texts do not weigh on every first load. The build
 * counts their texts per language (scripts/static-wheel/plugin.ts), so that the reviewed share of a
 * language is right before they are loaded.
 */
export const PAGE_NAMESPACES = ['poster', 'guide', 'privacy', 'childTurn', 'childVoice', 'voice'] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];
