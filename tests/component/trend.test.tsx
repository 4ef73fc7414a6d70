// Issue 7: each area's trend is drawn as a small chart and given as a real table with the same values.
import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { TrendSection } from '../../src/features/history/TrendSection';
import { markerPath, trendX, trendY } from '../../src/features/history/trendGeometry';
import { conversationOf, createChild } from './history-fixtures';
import { renderWithI18n } from './renderWithI18n';

const child = createChild({ alias: 'Sam' });
// Given newest first, as the repository lists them: the section must put them in time order itself.
const conversations = [
  conversationOf(child, '2025-10-01', { safe: { child: 4, professional: 3 }, healthy: { guardian: 2 } }),
  conversationOf(child, '2025-06-01', { safe: { guardian: 3 } }),
  conversationOf(child, '2025-01-15', { safe: { child: 2, guardian: 2, professional: 3 } }),
];

function table(areaId: string): HTMLTableElement {
  const found = document.querySelector<HTMLTableElement>(`table[data-area-table="${areaId}"]`);
  if (!found) throw new Error(`no table for ${areaId}`);
  return found;
}

function rows(t: HTMLTableElement): string[][] {
  return [...t.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? ''));
}

describe('TrendSection', () => {
  it('gives every rated area a table with one row per conversation, oldest first', async () => {
    await renderWithI18n(<TrendSection conversations={conversations} />, 'sv');
    const safe = table('safe');
    expect(safe.caption?.textContent).toBe('Trygg: bedömningar per samtal');
    expect([...safe.tHead!.rows[0]!.cells].map((c) => c.textContent)).toEqual(['Samtal', 'Barnet', 'Vårdnadshavare', 'Yrkesperson']);
    expect(rows(safe)).toEqual([
      ['15 jan. 2025', '2 – Ganska svårt', '2 – Ganska svårt', '3 – Både och'],
      ['1 juni 2025', '–Inte bedömt', '3 – Både och', '–Inte bedömt'],
      ['1 okt. 2025', '4 – Ganska bra', '–Inte bedömt', '3 – Både och'],
    ]);
    // Row headers are the dates, so a screen reader names each row.
    expect(safe.tBodies[0]!.rows[0]!.cells[0]!.tagName).toBe('TH');
    // Only the conversation that rated the area is a row.
    expect(rows(table('healthy'))).toEqual([['1 okt. 2025', '–Inte bedömt', '2 – Ganska svårt', '–Inte bedömt']]);
  });

  it('says so for an area no conversation rated, instead of an empty chart', async () => {
    await renderWithI18n(<TrendSection conversations={conversations} />, 'sv');
    const item = document.querySelector<HTMLElement>('[data-trend-area="included"]')!;
    expect(within(item).getByText('Inte bedömt i något samtal.')).toBeTruthy();
    expect(item.querySelector('svg')).toBeNull();
    expect(item.querySelector('table')).toBeNull();
  });

  it('draws one marker per rating at its place, lines told apart by dashes and shapes', async () => {
    await renderWithI18n(<TrendSection conversations={conversations} />, 'sv');
    const chart = document.querySelector('[data-trend-area="safe"] svg.trend-chart')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const child = chart.querySelector('[data-perspective="child"]')!;
    const markers = [...child.querySelectorAll('.trend-marker')].map((m) => m.getAttribute('d'));
    // The child rated in the first and last of three conversations: 2, then 4.
    expect(markers).toEqual([markerPath('child', trendX(0, 3), trendY(2)), markerPath('child', trendX(2, 3), trendY(4))]);
    expect(chart.querySelector('[data-perspective="child"] polyline')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(chart.querySelector('[data-perspective="guardian"] polyline')?.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(chart.querySelector('[data-perspective="professional"] polyline')?.getAttribute('stroke-dasharray')).toBe('1.5 3');
    // A single rating is a marker with no line.
    const healthy = document.querySelector('[data-trend-area="healthy"] svg')!;
    expect(healthy.querySelectorAll('.trend-marker').length).toBe(1);
    expect(healthy.querySelector('polyline')).toBeNull();
  });

  it('puts higher ratings higher and time from the start of the reading direction', () => {
    expect(trendY(5)).toBeLessThan(trendY(1));
    expect(trendX(0, 3)).toBeLessThan(trendX(2, 3));
    expect(trendX(0, 3, true)).toBeGreaterThan(trendX(2, 3, true));
    expect(trendX(0, 1)).toBe(trendX(0, 1, true));
  });

  it('has the table in English too', async () => {
    await renderWithI18n(<TrendSection conversations={conversations} />, 'en');
    expect(table('safe').caption?.textContent).toBe('Safe: ratings per conversation');
    expect(rows(table('safe'))[0]?.slice(1)).toEqual(['2 – Quite hard', '2 – Quite hard', '3 – Some good, some hard']);
  });
});
