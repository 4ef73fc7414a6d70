// The exit of the child's turn counts only a press held for 1.5 s (pointer, or Space/Enter held down);
// a tap, a click or a screen reader's activation only asks for the hint.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS, useHoldPress } from '../../src/features/childTurn/useHoldPress';

function HoldButton({ onHeld, onTap }: { onHeld: () => void; onTap: () => void }) {
  const { holding, handlers } = useHoldPress({ onHeld, onTap });
  return (
    <button type="button" data-holding={holding} {...handlers}>
      {'exit'}
    </button>
  );
}

describe('useHoldPress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    const onHeld = vi.fn();
    const onTap = vi.fn();
    render(<HoldButton onHeld={onHeld} onTap={onTap} />);
    return { onHeld, onTap, button: screen.getByRole('button') };
  }

  it('holds by pointer: released early it is a tap, held 1.5 s it counts (once, the click after it too)', () => {
    const { onHeld, onTap, button } = setUp();
    fireEvent.pointerDown(button, { button: 0, pointerId: 1 });
    act(() => vi.advanceTimersByTime(HOLD_MS - 100));
    fireEvent.pointerUp(button, { pointerId: 1 });
    fireEvent.click(button, { detail: 1 });
    expect(onHeld).not.toHaveBeenCalled();
    expect(onTap).toHaveBeenCalledTimes(1);

    fireEvent.pointerDown(button, { button: 0, pointerId: 1 });
    expect(button.dataset.holding).toBe('true');
    act(() => vi.advanceTimersByTime(HOLD_MS));
    fireEvent.pointerUp(button, { pointerId: 1 });
    fireEvent.click(button, { detail: 1 });
    expect(onHeld).toHaveBeenCalledTimes(1);
    expect(onTap).toHaveBeenCalledTimes(1);
  });

  it('holds by keyboard: Space or Enter held down (repeats ignored), a short press is a tap', () => {
    const { onHeld, onTap, button } = setUp();
    for (const key of [' ', 'Enter']) {
      fireEvent.keyDown(button, { key });
      act(() => vi.advanceTimersByTime(500));
      fireEvent.keyDown(button, { key, repeat: true });
      fireEvent.keyUp(button, { key });
    }
    expect(onTap).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(button, { key: 'Enter' });
    for (let i = 0; i < 30; i++) {
      act(() => vi.advanceTimersByTime(HOLD_MS / 30));
      fireEvent.keyDown(button, { key: 'Enter', repeat: true });
    }
    fireEvent.keyUp(button, { key: 'Enter' });
    expect(onHeld).toHaveBeenCalledTimes(1);
    expect(onTap).toHaveBeenCalledTimes(2);
  });

  it('a click without a press (a screen reader) is a tap; a cancelled or blurred press is nothing', () => {
    const { onHeld, onTap, button } = setUp();
    fireEvent.click(button, { detail: 0 });
    expect(onTap).toHaveBeenCalledTimes(1);
    fireEvent.pointerDown(button, { button: 0, pointerId: 2 });
    fireEvent.pointerCancel(button, { pointerId: 2 });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.blur(button);
    act(() => vi.advanceTimersByTime(HOLD_MS * 2));
    expect(onHeld).not.toHaveBeenCalled();
    expect(onTap).toHaveBeenCalledTimes(1);
  });
});
