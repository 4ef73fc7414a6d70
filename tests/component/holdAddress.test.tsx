// The child's turn holds its address: while held, neither Back nor a changed address takes the screen
// elsewhere (every page goes on reading the held route, and the address is put back); released, it can go.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { holdAddress, navigate, useRoute } from '../../src/navigation';

function RouteName() {
  const route = useRoute();
  return <p data-testid="route">{route.name}</p>;
}

function goTo(hash: string) {
  history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('holdAddress', () => {
  let release: (() => void) | undefined;
  afterEach(() => release?.());

  it('keeps the screen on the held address through Back and typed addresses, until released', () => {
    history.replaceState(null, '', '#/conversation/k1');
    goTo('#/child-turn/k1');
    render(<RouteName />);
    expect(screen.getByTestId('route').textContent).toBe('childTurn');
    release = holdAddress(window.location.hash);

    // Back (the entry before is the conversation), and an address typed by hand.
    act(() => {
      history.back();
    });
    return new Promise<void>((resolve) => setTimeout(resolve, 50)).then(() => {
      expect(window.location.hash).toBe('#/child-turn/k1');
      act(() => goTo('#/settings'));
      expect(window.location.hash).toBe('#/child-turn/k1');
      expect(screen.getByTestId('route').textContent).toBe('childTurn');
      act(() => navigate({ name: 'home' }));
      expect(screen.getByTestId('route').textContent).toBe('childTurn');

      act(() => {
        release?.();
        navigate({ name: 'conversation', conversationId: 'k1' }, { replace: true });
      });
      expect(window.location.hash).toBe('#/conversation/k1');
      expect(screen.getByTestId('route').textContent).toBe('conversation');
    });
  });

  it('a release of an older hold does not let go of a newer one', () => {
    goTo('#/child-turn/a');
    const first = holdAddress('#/child-turn/a');
    release = holdAddress('#/child-turn/b');
    first();
    act(() => goTo('#/'));
    expect(window.location.hash).toBe('#/child-turn/b');
  });
});
