// A full disk while typing in a conversation: the quota message shows, the text stays on screen, the
// way to a backup (settings, in a new window so this page keeps the text) is offered, and "try again"
// saves exactly what was typed once there is room.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createChild, createConversation, type Conversation } from '../../src/domain/model';
import { ConversationView } from '../../src/features/conversation/ConversationView';
import { SaveStatus } from '../../src/features/conversation/SaveStatus';
import { useConversationUi } from '../../src/features/conversation/conversationUiStore';
import * as storage from '../../src/storage';
import { renderWithI18n } from './renderWithI18n';

vi.mock('../../src/storage', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/storage')>()),
  getConversation: vi.fn(),
  conversationRevision: vi.fn(async () => 0),
  getChild: vi.fn(),
  saveConversation: vi.fn(),
}));

const child = createChild({ alias: 'AB' });
const conversation = createConversation({
  childId: child.id,
  setting: 'school',
  participants: [{ role: 'child' }, { role: 'professional' }],
  uiLanguage: 'sv',
});

function fullDisk(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('conversation autosave on a full disk', () => {
  beforeEach(() => {
    useConversationUi.setState({ saveState: 'idle', saveError: undefined });
    vi.mocked(storage.saveConversation)
      .mockReset()
      .mockImplementation(async (c) => c);
    vi.mocked(storage.getConversation).mockResolvedValue(structuredClone(conversation));
    vi.mocked(storage.getChild).mockResolvedValue(child);
  });

  it('keeps the text, explains the full disk, links to backup and saves on retry', async () => {
    const attempts: Conversation[] = [];
    let full = true;
    vi.mocked(storage.saveConversation).mockImplementation(async (c) => {
      attempts.push(c);
      if (full) throw fullDisk();
      return c;
    });
    const user = userEvent.setup();
    await renderWithI18n(<ConversationView conversationId={conversation.id} areaId="safe" />, 'sv');

    // The panel's code is loaded on demand: the first test of a cold run waits for its transform too.
    const panel = await screen.findByTestId('area-panel', {}, { timeout: 10_000 });
    const goingWell = panel.querySelector<HTMLTextAreaElement>('textarea[name="goingWell"]');
    if (!goingWell) throw new Error('no goingWell field');
    await user.type(goingWell, 'Trivs med kompisarna');

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.getAttribute('data-error')).toBe('quota');
    expect(alert.textContent).toContain('Enheten har inte plats att spara mer');
    expect(alert.textContent).toContain('Din text finns kvar här');
    const backup = within(alert).getByTestId('save-error-backup');
    expect(backup.getAttribute('href')).toBe('#/settings');
    expect(backup.getAttribute('target')).toBe('_blank');
    // Nothing was lost from the screen.
    expect(goingWell.value).toBe('Trivs med kompisarna');
    expect(attempts.length).toBeGreaterThan(0);

    full = false;
    await user.click(within(alert).getByTestId('save-retry'));
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('saved'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts.at(-1)?.entries.safe.goingWell).toBe('Trivs med kompisarna');
    expect(goingWell.value).toBe('Trivs med kompisarna');
  });

  it('an ordinary write error says so, without the backup link', async () => {
    vi.mocked(storage.saveConversation).mockRejectedValue(new Error('disk I/O'));
    const user = userEvent.setup();
    await renderWithI18n(<ConversationView conversationId={conversation.id} areaId="safe" />, 'en');
    const panel = await screen.findByTestId('area-panel');
    const worries = panel.querySelector<HTMLTextAreaElement>('textarea[name="worries"]');
    if (!worries) throw new Error('no worries field');
    await user.type(worries, 'Sleeps badly');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.getAttribute('data-error')).toBe('other');
    expect(alert.textContent).toContain('Could not save. Your text is still here.');
    expect(within(alert).queryByTestId('save-error-backup')).toBeNull();
    expect(worries.value).toBe('Sleeps badly');
  });
});

describe('SaveStatus', () => {
  it('shows the quota message in the UI language', async () => {
    useConversationUi.setState({ saveState: 'error', saveError: 'quota' });
    await renderWithI18n(<SaveStatus />, 'en');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This device has no room to save more. Your text is still here.');
    expect(within(alert).getByTestId('save-error-backup').textContent).toContain('Go to backup');
  });

  it('is quiet while saving works', async () => {
    useConversationUi.setState({ saveState: 'saved', saveError: undefined });
    await renderWithI18n(<SaveStatus />, 'sv');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('save-status').textContent).toBe('Sparat.');
  });
});
