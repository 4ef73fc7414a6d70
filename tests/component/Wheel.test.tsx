import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Wheel } from '../../src/ui/wheel/Wheel';
import { AREA_IDS, type AreaId } from '../../src/domain/wheel';
import { emptyEntries } from '../../src/domain/model';
import { renderWithI18n } from './renderWithI18n';

function ControlledWheel({ initial, onSelect }: { initial?: AreaId; onSelect?: (id: AreaId) => void }) {
  const [selected, setSelected] = useState<AreaId | undefined>(initial);
  return (
    <Wheel
      selected={selected}
      onSelect={(id) => {
        setSelected(id);
        onSelect?.(id);
      }}
    />
  );
}

function areaElement(container: HTMLElement, id: AreaId): SVGGElement {
  const element = container.querySelector<SVGGElement>(`[data-area="${id}"]`);
  if (!element) throw new Error(`no area ${id}`);
  return element;
}

describe('Wheel (DOM contract)', () => {
  it('has eight focusable areas in order with role, name and aria-pressed', async () => {
    const { container } = await renderWithI18n(<ControlledWheel initial="achieving" />, 'sv');
    const wheel = screen.getByTestId('wheel');
    expect(wheel.querySelector('svg')).not.toBeNull();
    const areas = [...wheel.querySelectorAll('[data-area]')];
    expect(areas.map((a) => a.getAttribute('data-area'))).toEqual([...AREA_IDS]);
    for (const area of areas) {
      expect(area.getAttribute('role')).toBe('button');
      expect(area.hasAttribute('tabindex')).toBe(true);
    }
    expect(areaElement(container, 'safe').getAttribute('aria-label')).toMatch(/^Trygg/);
    expect(areaElement(container, 'included').getAttribute('aria-label')).toMatch(/^Delaktig/);
    expect(areaElement(container, 'achieving').getAttribute('aria-pressed')).toBe('true');
    expect(areaElement(container, 'safe').getAttribute('aria-pressed')).toBe('false');
    // Exactly one area is in the tab order (roving tabindex), the selected one.
    expect(areas.filter((a) => a.getAttribute('tabindex') === '0').map((a) => a.getAttribute('data-area'))).toEqual(['achieving']);
  });

  it('names areas in the current UI language', async () => {
    const { container } = await renderWithI18n(<ControlledWheel />, 'en');
    expect(areaElement(container, 'nurtured').getAttribute('aria-label')).toMatch(/^Nurtured/);
  });

  it('moves with arrow keys in reading order and selects with Enter and Space', async () => {
    const onSelect = vi.fn();
    const { container } = await renderWithI18n(<ControlledWheel onSelect={onSelect} />, 'sv');
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(areaElement(container, 'safe'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(areaElement(container, 'healthy'));
    expect(areaElement(container, 'healthy').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(areaElement(container, 'included'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(areaElement(container, 'included'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(areaElement(container, 'safe'));
    onSelect.mockClear();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('safe');
    fireEvent.keyDown(areaElement(container, 'safe'), { key: ' ' });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('reverses the arrow keys in a right-to-left language', async () => {
    const { container } = await renderWithI18n(<ControlledWheel initial="safe" />, 'ar');
    const user = userEvent.setup();
    areaElement(container, 'safe').focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(areaElement(container, 'healthy'));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(areaElement(container, 'included'));
  });

  it('selects by click and shows ratings and notes in the accessible name', async () => {
    const entries = emptyEntries();
    entries.active = { ratings: { child: 4, guardian: 2 }, goingWell: 'Spelar fotboll', worries: '', nextSteps: '' };
    const onSelect = vi.fn();
    const { container } = await renderWithI18n(<Wheel entries={entries} onSelect={onSelect} />, 'sv');
    const active = areaElement(container, 'active');
    expect(active.getAttribute('aria-label')).toBe('Aktiv: Barnet 4 av 5, Ganska bra, Vårdnadshavare 2 av 5, Ganska svårt, har anteckningar');
    expect(active.querySelectorAll('.wheel-rating')).toHaveLength(2);
    expect(active.querySelector('.wheel-notes-marker')).not.toBeNull();
    expect(areaElement(container, 'safe').querySelector('.wheel-notes-marker')).toBeNull();
    fireEvent.click(active);
    expect(onSelect).toHaveBeenCalledWith('active');
  });
});
