// Issue 7: comparing two conversations says up / down / same in words and symbols, never by colour alone,
// and draws the earlier ratings as outlines under the later ones.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hrefFor, parseHash } from '../../src/navigation';
import { ChangeList } from '../../src/features/history/ChangeList';
import { ComparePage } from '../../src/features/history/ComparePage';
import { conversationOf, createChild, freshDatabase, store } from './history-fixtures';
import { renderWithI18n } from './renderWithI18n';

const child = createChild({ alias: 'Kim' });
const first = conversationOf(child, '2025-02-03', {
  safe: { child: 2, guardian: 3 },
  healthy: { child: 4 },
  achieving: { child: 3 },
  active: { professional: 4 },
  nurtured: { child: 2, guardian: 4 },
});
const last = conversationOf(child, '2025-09-10', {
  safe: { child: 4, guardian: 3 },
  healthy: { child: 2 },
  achieving: { child: 3 },
  included: { child: 5 },
  nurtured: { child: 3, guardian: 2 },
});

function item(areaId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-area-change="${areaId}"]`);
  if (!found) throw new Error(`no change item for ${areaId}`);
  return found;
}

describe('ChangeList', () => {
  it('says each direction in words with a symbol beside it', async () => {
    await renderWithI18n(<ChangeList earlier={first} later={last} perspectives={['child', 'guardian', 'professional']} />, 'sv');
    expect(item('safe').querySelector('h3')?.textContent).toBe('↑Trygg: högre');
    expect(item('healthy').querySelector('h3')?.textContent).toBe('↓Må bra: lägre');
    expect(item('achieving').querySelector('h3')?.textContent).toBe('=Utvecklas: samma');
    expect(item('included').querySelector('h3')?.textContent).toBe('+Delaktig: ny bedömning');
    expect(item('active').querySelector('h3')?.textContent).toBe('−Aktiv: inte bedömt nu');
    expect(item('nurtured').querySelector('h3')?.textContent).toBe('↕Omvårdad: både högre och lägre');

    // Per perspective, with both values.
    const safe = within(item('safe'));
    expect(safe.getByText('Barnet: från 2 till 4, högre')).toBeTruthy();
    expect(safe.getByText('Vårdnadshavare: från 3 till 3, samma')).toBeTruthy();
    expect(within(item('included')).getByText('Barnet: 5, ny bedömning')).toBeTruthy();
    expect(within(item('active')).getByText('Yrkesperson: 4 i det tidigare samtalet, inte bedömt nu')).toBeTruthy();

    // The symbols are decoration for sighted readers; the words carry the meaning for everyone.
    for (const symbol of document.querySelectorAll('.change-symbol')) expect(symbol.getAttribute('aria-hidden')).toBe('true');
    // No inline colour anywhere (CSP forbids inline styles anyway, and meaning must not hang on colour).
    expect(document.querySelector('[style]')).toBeNull();
    expect(screen.getByTestId('change-counts').textContent).toBe(
      '1 område högre, 1 område lägre, 1 område både högre och lägre, 1 område oförändrat, 1 område nybedömt, 1 område inte bedömt nu',
    );
    expect(screen.getByText('Inte bedömt i något av samtalen: Respekterad, Ansvarstagande')).toBeTruthy();
  });

  it('keeps to the chosen perspective', async () => {
    await renderWithI18n(<ChangeList earlier={first} later={last} perspectives={['guardian']} />, 'sv');
    expect(item('safe').querySelector('h3')?.textContent).toBe('=Trygg: samma');
    expect(item('nurtured').querySelector('h3')?.textContent).toBe('↓Omvårdad: lägre');
    expect(document.querySelector('[data-area-change="healthy"]')).toBeNull();
  });

  it('speaks English too', async () => {
    await renderWithI18n(<ChangeList earlier={first} later={last} perspectives={['child']} />, 'en');
    expect(item('safe').querySelector('h3')?.textContent).toBe('↑Safe: higher');
    expect(within(item('healthy')).getByText('Child: from 4 to 2, lower')).toBeTruthy();
  });
});

describe('ComparePage', () => {
  beforeEach(async () => {
    freshDatabase();
    const middle = conversationOf(child, '2025-05-05', { safe: { child: 3 } });
    await store(child, [first, middle, last]);
  });

  it('shows the two chosen conversations in one wheel, earlier as outlines, and the change list', async () => {
    await renderWithI18n(<ComparePage childId={child.id} from={first.id} to={last.id} />, 'sv');
    await screen.findByTestId('change-list');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jämför samtal: Kim');
    // Later ratings are filled wedges, earlier ones dashed outlines: safe has two of each.
    const safe = document.querySelector('[data-area="safe"]');
    expect(safe?.querySelectorAll('.wheel-rating').length).toBe(2);
    expect(safe?.querySelectorAll('.wheel-earlier').length).toBe(2);
    expect(document.querySelector('[data-area="active"] .wheel-earlier')).not.toBeNull();
    expect(document.querySelector('[data-area="active"] .wheel-rating')).toBeNull();
    expect((screen.getByLabelText('Tidigare samtal') as HTMLSelectElement).value).toBe(first.id);
    expect((screen.getByLabelText('Senare samtal') as HTMLSelectElement).value).toBe(last.id);
    expect(item('healthy').dataset.direction).toBe('down');
  });

  it('shows one perspective at a time when asked', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ComparePage childId={child.id} from={first.id} to={last.id} />, 'sv');
    await screen.findByTestId('change-list');
    await user.click(screen.getByRole('radio', { name: 'Vårdnadshavare' }));
    expect(document.querySelectorAll('[data-area="safe"] .wheel-rating').length).toBe(1);
    expect(document.querySelector('[data-area-change="healthy"]')).toBeNull();
    expect(item('nurtured').dataset.direction).toBe('down');
  });

  it('orders the pair by date whichever way round it is given, and defaults to the latest two', async () => {
    await renderWithI18n(<ComparePage childId={child.id} from={last.id} to={first.id} />, 'sv');
    await screen.findByTestId('change-list');
    expect((screen.getByLabelText('Tidigare samtal') as HTMLSelectElement).value).toBe(first.id);
    expect(item('safe').dataset.direction).toBe('up');
  });

  it('asks for two conversations when there is only one', async () => {
    freshDatabase();
    const lone = createChild({ alias: 'Ensam' });
    await store(lone, [conversationOf(lone, '2025-01-01', { safe: { child: 3 } })]);
    await renderWithI18n(<ComparePage childId={lone.id} />, 'sv');
    expect(await screen.findByText('Det behövs minst två samtal för att jämföra.')).toBeTruthy();
  });
});

describe('compare and search routes', () => {
  it('round-trip, with or without the chosen conversations', () => {
    for (const route of [
      { name: 'compare', childId: 'c 1', from: 'a', to: 'b' },
      { name: 'compare', childId: 'c1', to: 'b' },
      { name: 'compare', childId: 'c1' },
      { name: 'search' },
    ] as const) {
      expect(parseHash(hrefFor(route))).toEqual(route);
    }
    expect(hrefFor({ name: 'compare', childId: 'c1', from: 'a', to: 'b' })).toBe('#/compare/c1?from=a&to=b');
  });

  it('never carries search words: #/search has no query', () => {
    expect(hrefFor({ name: 'search' })).toBe('#/search');
    expect(parseHash('#/search?q=secret')).toEqual({ name: 'search' });
  });
});
