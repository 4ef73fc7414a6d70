// The summary opens again as it was left in this tab (a reload, or the app reloading into a new version
// when a text file is missing): the same languages side by side, not back to the UI language alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SummaryPage } from '../../src/features/export/SummaryPage';
import { readSummaryChoice } from '../../src/features/export/summaryChoice';
import { conversationOf, createChild, freshDatabase, store } from './history-fixtures';
import { renderWithI18n } from './renderWithI18n';

const child = createChild({ alias: 'Kim' });
const conversation = conversationOf(child, '2025-03-04', { safe: { child: 4 } });
const other = conversationOf(child, '2025-05-06', { safe: { child: 2 } });

const columns = () => Array.from(document.querySelectorAll('[data-column-lang]')).map((column) => column.getAttribute('data-column-lang'));

describe('the summary’s language choice', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    freshDatabase();
    await store(child, [conversation, other]);
  });

  it('is the same after the page is opened again, for that conversation only', async () => {
    await renderWithI18n(<SummaryPage conversationId={conversation.id} />, 'sv');
    const select = await screen.findByTestId('family-language');
    await userEvent.selectOptions(select, 'ar');
    await userEvent.click(screen.getByLabelText('Båda språken bredvid varandra'));
    await waitFor(() => expect(columns()).toEqual(['sv', 'ar']));

    cleanup();
    await renderWithI18n(<SummaryPage conversationId={conversation.id} />, 'sv');
    await waitFor(() => expect(columns()).toEqual(['sv', 'ar']));
    expect((screen.getByLabelText('Båda språken bredvid varandra') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('family-language') as HTMLSelectElement).value).toBe('ar');

    // Another conversation's summary starts in the UI language, as always.
    cleanup();
    await renderWithI18n(<SummaryPage conversationId={other.id} />, 'sv');
    await waitFor(() => expect(columns()).toEqual(['sv']));
  });

  it('ignores what it cannot read', () => {
    sessionStorage.setItem('hjulet.summaryChoice', '{"id":"x","choice":"all","picked":"de"}');
    expect(readSummaryChoice('x')).toEqual({ choice: 'ui' });
    sessionStorage.setItem('hjulet.summaryChoice', 'not json');
    expect(readSummaryChoice('x')).toEqual({ choice: 'ui' });
    sessionStorage.setItem('hjulet.summaryChoice', '{"id":"x","choice":"family","picked":"so"}');
    expect(readSummaryChoice('x')).toEqual({ choice: 'family', picked: 'so' });
    expect(readSummaryChoice('y')).toEqual({ choice: 'ui' });
  });
});
