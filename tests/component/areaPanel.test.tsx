// An area's panel is memoised and its handlers are shared by all areas: each edit says which area it is of,
// so that text flushed after another area was tapped still lands in the area it was typed in.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AreaPanel } from '../../src/features/conversation/AreaPanel';
import { emptyAreaEntry } from '../../src/domain/model';
import { renderWithI18n } from './renderWithI18n';

describe('area panel', () => {
  it('names its own area with every edit', async () => {
    const onEntryChange = vi.fn();
    await renderWithI18n(
      <AreaPanel
        areaId="healthy"
        band="6-12"
        entry={emptyAreaEntry()}
        actions={[]}
        onEntryChange={onEntryChange}
        onActionsChange={() => undefined}
        onSelectArea={() => undefined}
      />,
    );
    const field = document.querySelector<HTMLTextAreaElement>('[data-area-panel="healthy"] textarea[name="worries"]');
    expect(field).not.toBeNull();
    fireEvent.change(field as HTMLTextAreaElement, { target: { value: 'Sover dåligt' } });
    expect(onEntryChange).toHaveBeenCalledWith('healthy', expect.objectContaining({ worries: 'Sover dåligt', goingWell: '' }));
    expect(screen.getByRole('heading', { level: 2, name: /Må bra/ })).toBeTruthy();
  });
});
