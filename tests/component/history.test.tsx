// Issue 7 on the child page and home screen: the timeline, open actions across conversations (overdue ones
// in words and with an icon), marking done in the conversation they came from, carrying on into a new
// conversation with the same id, the network with one coordinator, and the home screen's follow-ups.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, todayInZone } from '../../src/domain/followUp';
import type { Conversation } from '../../src/domain/model';
import { getChild, getConversation } from '../../src/storage';
import { ChildPage } from '../../src/features/history/ChildPage';
import { FollowUpsSection } from '../../src/features/history/FollowUpsSection';
import { LastTimeAgreed } from '../../src/features/history/LastTimeAgreed';
import { carryForward } from '../../src/features/history/actionUpdates';
import { conversationOf, createAction, createChild, freshDatabase, store } from './history-fixtures';
import { renderWithI18n } from './renderWithI18n';

const today = todayInZone(new Date());
const child = createChild({ alias: 'Mio' });
const late = createAction({ what: 'Ringa skolsköterskan', who: 'Mentor', due: addDays(today, -3), areaId: 'healthy' });
const soon = createAction({ what: 'Träffa kuratorn', who: 'Vårdnadshavare', due: addDays(today, 5) });
const done = { ...createAction({ what: 'Redan gjort', who: 'Mentor' }), done: true };
const first = conversationOf(child, '2025-03-01', { safe: { child: 2 } }, { actions: [late, done] });
const second = conversationOf(child, '2025-06-01', { safe: { child: 3 }, healthy: { guardian: 4 } }, { actions: [soon], followUpDate: addDays(today, 10) });

beforeEach(async () => {
  freshDatabase();
  await store(child, [first, second]);
});

function openActionItem(actionId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="open-actions"] [data-action-id="${actionId}"]`);
  if (!found) throw new Error(`open action ${actionId} not shown`);
  return found;
}

describe('ChildPage', () => {
  it('lists the conversations newest first with setting, who took part, areas rated and open actions', async () => {
    await renderWithI18n(<ChildPage childId={child.id} />, 'sv');
    const timeline = await screen.findByTestId('timeline');
    const cards = within(timeline).getAllByRole('listitem');
    expect(cards.map((c) => c.dataset.conversationId)).toEqual([second.id, first.id]);
    expect(cards[0]?.textContent).toContain('1 juni 2025');
    expect(cards[0]?.textContent).toContain('Skola · Barnet, Yrkesperson');
    expect(cards[0]?.textContent).toContain('2 områden bedömda: Trygg, Må bra');
    expect(cards[0]?.textContent).toContain('1 öppen åtgärd');
    expect(cards[1]?.textContent).toContain('1 område bedömt: Trygg');
    // The newer one links to a comparison with the one before it.
    const compare = within(cards[0]!).getByRole('link', { name: 'Jämför med samtalet 1 mars 2025' });
    expect(compare.getAttribute('href')).toBe(`#/compare/${child.id}?from=${first.id}&to=${second.id}`);
  });

  it('shows open actions across conversations, the overdue one in words and with an icon', async () => {
    await renderWithI18n(<ChildPage childId={child.id} />, 'sv');
    await screen.findByTestId('open-actions');
    expect(screen.getByRole('heading', { name: 'Åtgärder som inte är klara (2)' })).toBeTruthy();
    expect(document.querySelector(`[data-action-id="${done.id}"]`)).toBeNull();
    const overdue = openActionItem(late.id);
    expect(overdue.textContent).toContain('Ringa skolsköterskan');
    expect(overdue.textContent).toContain('Område: Må bra');
    expect(overdue.textContent).toMatch(/Försenad: skulle vara klar .* \(3 dagar sedan\)/);
    expect(overdue.querySelector('[data-overdue="true"] svg.icon-warning')).not.toBeNull();
    const upcoming = openActionItem(soon.id);
    expect(upcoming.textContent).toMatch(/Klar senast/);
    expect(upcoming.querySelector('[data-overdue]')).toBeNull();
    expect(screen.getByText('1 åtgärd har passerat sitt datum.')).toBeTruthy();
    // It links to the conversation and area it came from.
    expect(within(overdue).getByRole('link', { name: 'Från samtalet 1 mars 2025' }).getAttribute('href')).toBe(`#/conversation/${first.id}?area=healthy`);
  });

  it('marks an action done in the conversation it came from', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ChildPage childId={child.id} />, 'sv');
    await screen.findByTestId('open-actions');
    await user.click(within(openActionItem(late.id)).getByRole('button', { name: 'Markera som klar: Ringa skolsköterskan' }));
    await waitFor(() => expect(document.querySelector(`[data-testid="open-actions"] [data-action-id="${late.id}"]`)).toBeNull());
    expect((await getConversation(first.id))?.actions.find((a) => a.id === late.id)?.done).toBe(true);
    expect((await getConversation(second.id))?.actions).toEqual(second.actions);
    expect(screen.getByText('”Ringa skolsköterskan” är markerad som klar.')).toBeTruthy();
  });

  it('adds, edits and removes people in the network, with one coordinator', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ChildPage childId={child.id} />, 'sv');
    const network = within(await screen.findByTestId('network'));
    expect(network.getByText('Ingen har lagts till ännu.')).toBeTruthy();

    await user.click(network.getByRole('button', { name: 'Lägg till kontakt' }));
    await user.selectOptions(network.getByLabelText('Roll eller verksamhet'), 'school-counsellor');
    await user.type(network.getByLabelText('Namn (valfritt)'), 'Lisa');
    await user.click(network.getByLabelText('Samordnar insatserna runt barnet'));
    await user.click(network.getByRole('button', { name: 'Lägg till' }));
    await waitFor(async () => expect((await getChild(child.id))?.network).toHaveLength(1));

    await user.click(await network.findByRole('button', { name: 'Lägg till kontakt' }));
    await user.selectOptions(network.getByLabelText('Roll eller verksamhet'), 'other');
    await user.click(network.getByRole('button', { name: 'Lägg till' }));
    expect(network.getByRole('alert').textContent).toBe('Skriv vilken roll eller verksamhet det är.');
    await user.type(network.getByLabelText('Vilken roll eller verksamhet?'), 'Fritidsgården');
    await user.click(network.getByLabelText('Samordnar insatserna runt barnet'));
    await user.click(network.getByRole('button', { name: 'Lägg till' }));
    await waitFor(async () => expect((await getChild(child.id))?.network).toHaveLength(2));

    // The new coordinator took over: only one coordinates.
    let stored = (await getChild(child.id))?.network ?? [];
    expect(stored.map((c) => [c.role, c.name, c.coordinator])).toEqual([
      ['Skolkurator', 'Lisa', false],
      ['Fritidsgården', undefined, true],
    ]);
    await waitFor(() => expect(network.getAllByText('Samordnare')).toHaveLength(1));

    // Edit: the listed role is recognised again, and the coordinator can move back.
    await user.click(network.getByRole('button', { name: 'Ändra Skolkurator' }));
    expect((network.getByLabelText('Roll eller verksamhet') as HTMLSelectElement).value).toBe('school-counsellor');
    await user.click(network.getByLabelText('Samordnar insatserna runt barnet'));
    await user.click(network.getByRole('button', { name: 'Spara ändringen' }));
    await waitFor(async () => expect((await getChild(child.id))?.network?.[0]?.coordinator).toBe(true));
    stored = (await getChild(child.id))?.network ?? [];
    expect(stored.filter((c) => c.coordinator).map((c) => c.role)).toEqual(['Skolkurator']);

    await user.click(await network.findByRole('button', { name: 'Ta bort Fritidsgården' }));
    await waitFor(async () => expect((await getChild(child.id))?.network?.map((c) => c.role)).toEqual(['Skolkurator']));
    expect(network.getByText('Fritidsgården är borttagen ur nätverket.')).toBeTruthy();
  });
});

describe('LastTimeAgreed', () => {
  it('shows earlier open actions, marks one done where it came from and carries one on with the same id', async () => {
    const user = userEvent.setup();
    const current = conversationOf(child, '2025-09-01');
    await store(child, [current]);
    let draft: Conversation = current;
    const onCarryForward = vi.fn((action) => {
      draft = carryForward(draft, action);
    });
    const view = await renderWithI18n(<LastTimeAgreed conversation={draft} onCarryForward={onCarryForward} />, 'sv');
    const section = within(await screen.findByTestId('last-time'));
    expect(section.getByRole('heading', { name: 'Förra gången kom vi överens om …' })).toBeTruthy();
    expect(section.getByText('Ringa skolsköterskan')).toBeTruthy();
    expect(section.getByText('Träffa kuratorn')).toBeTruthy();

    await user.click(section.getByRole('button', { name: 'Markera som klar: Ringa skolsköterskan' }));
    await waitFor(() => expect(section.queryByText('Ringa skolsköterskan')).toBeNull());
    expect((await getConversation(first.id))?.actions.find((a) => a.id === late.id)?.done).toBe(true);

    await user.click(section.getByRole('button', { name: 'Fortsätt med den i det här samtalet: Träffa kuratorn' }));
    expect(onCarryForward).toHaveBeenCalledTimes(1);
    expect(draft.actions).toEqual([{ ...soon, done: false }]);
    // The parent re-renders with the draft that now holds the copy: the action leaves the list.
    view.rerender(<LastTimeAgreed conversation={draft} onCarryForward={onCarryForward} />);
    await waitFor(() => expect(section.queryByText('Träffa kuratorn')).toBeNull());
    expect(section.getByText('Alla åtgärder från tidigare samtal är hanterade.')).toBeTruthy();
  });

  it('leaves out later conversations and is absent when nothing is open', async () => {
    const earliest = conversationOf(child, '2024-01-01');
    await store(child, [earliest]);
    await renderWithI18n(<LastTimeAgreed conversation={earliest} onCarryForward={() => undefined} />, 'sv');
    // Give the live read time to answer, then check nothing was drawn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('last-time')).toBeNull();
  });

  it('keeps a carried-on action out of the list once the newest copy is done', () => {
    const draft = carryForward(conversationOf(child, '2025-09-01'), soon);
    expect(carryForward(draft, soon)).toBe(draft);
    expect(draft.actions[0]?.id).toBe(soon.id);
  });
});

describe('FollowUpsSection', () => {
  it('lists overdue and upcoming meetings and actions, overdue ones in words with an icon', async () => {
    const other = createChild({ alias: 'Alva' });
    const missed = conversationOf(other, '2025-01-01', {}, { followUpDate: addDays(today, -1) });
    await renderWithI18n(<FollowUpsSection childList={[child, other]} conversations={[first, second, missed]} today={today} />, 'sv');
    const overdue = within(screen.getByTestId('follow-ups-overdue'));
    const items = overdue.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^MioÅtgärd: Ringa skolsköterskanFörsenad: skulle vara klar .* \(3 dagar sedan\)$/);
    expect(items[1]).toMatch(/^AlvaUppföljningsmöteFörsenad: uppföljningen skulle ha varit .* \(1 dag sedan\)$/);
    expect(screen.getByTestId('follow-ups-overdue').querySelectorAll('svg.icon-warning')).toHaveLength(2);
    const upcoming = within(screen.getByTestId('follow-ups-upcoming'))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(upcoming).toHaveLength(2);
    expect(upcoming[0]).toMatch(/^MioÅtgärd: Träffa kuratornKlar senast /);
    expect(upcoming[1]).toMatch(/^MioUppföljningsmöteUppföljning /);
    expect(screen.getByRole('heading', { name: 'Försenade (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'De kommande 30 dagarna' })).toBeTruthy();
  });

  it('shows the first eight and the rest on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, i) => createChild({ alias: `Barn ${i}` }));
    const conversations = many.map((c) => conversationOf(c, '2025-01-01', {}, { followUpDate: addDays(today, -1 - (many.indexOf(c) % 3)) }));
    await renderWithI18n(<FollowUpsSection childList={many} conversations={conversations} today={today} />, 'sv');
    const list = screen.getByTestId('follow-ups-overdue');
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: 'Visa alla 12 försenade' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
  });
});
