import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';

/** How long an adult holds the exit of the child's turn: a tap or a click is not enough. */
export const HOLD_MS = 1500;

const isPressKey = (key: string) => key === ' ' || key === 'Enter';

/**
 * A press that counts only when held: `onHeld` after HOLD_MS of pointer down (mouse, touch, pen) or of Space
 * or Enter held down; anything shorter, and a click without a press (a screen reader's activation), is a tap
 * (`onTap`). Moving off the control or losing focus cancels quietly.
 */
export function useHoldPress({ onHeld, onTap }: { onHeld: () => void; onTap: () => void }) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** A pointer press is going on or has just ended: the click that follows it is not a tap of its own. */
  const pointerPress = useRef(false);
  const [holding, setHolding] = useState(false);
  const callbacks = useRef({ onHeld, onTap });
  useEffect(() => {
    callbacks.current = { onHeld, onTap };
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const start = () => {
    if (timer.current !== undefined) return;
    setHolding(true);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      callbacks.current.onHeld();
    }, HOLD_MS);
  };
  /** Ends a press: short of the hold it was a tap (`asTap`) or nothing (cancelled). */
  const end = (asTap: boolean) => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
    if (asTap) callbacks.current.onTap();
  };

  return {
    holding,
    handlers: {
      onPointerDown: (event: PointerEvent<HTMLElement>) => {
        if (event.button !== 0) return;
        // Kept while the finger wanders a little, so a steady hold is not cancelled by a tremor.
        event.currentTarget.setPointerCapture?.(event.pointerId);
        pointerPress.current = true;
        start();
      },
      onPointerUp: () => end(true),
      onPointerCancel: () => end(false),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (!isPressKey(event.key)) return;
        event.preventDefault();
        if (!event.repeat) start();
      },
      onKeyUp: (event: KeyboardEvent<HTMLElement>) => {
        if (!isPressKey(event.key)) return;
        event.preventDefault();
        end(true);
      },
      onBlur: () => end(false),
      onClick: (event: MouseEvent<HTMLElement>) => {
        event.preventDefault();
        // The click that ends a pointer press was answered by that press; keys never click (prevented above).
        const fromPointer = pointerPress.current;
        pointerPress.current = false;
        if (!fromPointer) callbacks.current.onTap();
      },
      onContextMenu: (event: MouseEvent<HTMLElement>) => event.preventDefault(),
    },
  };
}
