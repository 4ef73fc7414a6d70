// The open area follows a tap at once; the address (?area=) follows when the browser is idle, and never
// over an address that something else (Back, a link) has set meanwhile.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAreaSelection } from '../../src/features/conversation/useAreaSelection';

const at = (hash: string) => window.history.replaceState(null, '', hash);

describe('area selection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    at('#/conversation/k1?area=safe');
  });
  afterEach(() => vi.useRealTimers());

  it('shows the picked area at once and writes the address afterwards', () => {
    const { result, rerender } = renderHook(({ area }) => useAreaSelection('k1', area), { initialProps: { area: 'safe' as string | undefined } });
    expect(result.current.selected).toBe('safe');
    act(() => result.current.select('healthy'));
    expect(result.current.selected).toBe('healthy');
    expect(window.location.hash).toBe('#/conversation/k1?area=safe');
    act(() => vi.advanceTimersByTime(400));
    expect(window.location.hash).toBe('#/conversation/k1?area=healthy');
    // The page then renders for its new address: the same area, from the address now.
    rerender({ area: 'healthy' });
    expect(result.current.selected).toBe('healthy');
  });

  it('writes only the last of quick picks', () => {
    const { result } = renderHook(() => useAreaSelection('k1', 'safe'));
    act(() => result.current.select('healthy'));
    act(() => result.current.select('active'));
    expect(result.current.selected).toBe('active');
    act(() => vi.advanceTimersByTime(400));
    expect(window.location.hash).toBe('#/conversation/k1?area=active');
  });

  it('leaves an address alone that changed before it was written (Back, a link), and follows it', () => {
    const { result, rerender } = renderHook(({ area }) => useAreaSelection('k1', area), { initialProps: { area: 'safe' as string | undefined } });
    act(() => result.current.select('healthy'));
    at('#/conversation/k1?area=included');
    rerender({ area: 'included' });
    expect(result.current.selected).toBe('included');
    act(() => vi.advanceTimersByTime(400));
    expect(window.location.hash).toBe('#/conversation/k1?area=included');
  });

  it('writes nothing once the conversation is left', () => {
    const { result, unmount } = renderHook(() => useAreaSelection('k1', 'safe'));
    act(() => result.current.select('healthy'));
    unmount();
    act(() => vi.advanceTimersByTime(400));
    expect(window.location.hash).toBe('#/conversation/k1?area=safe');
  });
});
