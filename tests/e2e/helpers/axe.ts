// Accessibility check of the current page against WCAG 2.2 AA (axe-core's tags).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Returns axe's violations; `exclude` takes CSS selectors to leave out. */
export async function runAxe(page: Page, { exclude = [] as string[] } = {}): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations;
}

/** One line per violation and node, readable in a failed assertion. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${v.help}`)).join('\n');
}
