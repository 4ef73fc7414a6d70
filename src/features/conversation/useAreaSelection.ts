// Which area of the conversation is open. The address (`?area=`) says so, for reloads and links, but a
// tap shows the area at once and writes the address once the browser is idle after painting the panel:
// history.replaceState, and the render of the page for its new address, cost several milliseconds on a
// slow phone, which a tap should not wait for (issue 19: area selection).
import { useEffect, useRef, useState } from 'react';
import { isAreaId, type AreaId } from '../../domain/wheel';
import { navigate } from '../../navigation';

export function useAreaSelection(conversationId: string, areaId: string | undefined): { selected?: AreaId; select: (id: AreaId) => void } {
  // A pick stands while the address is still the one it was made under; once the address has moved
  // (to the pick, or anywhere else: Back, a link), the address is the truth again.
  const [picked, setPicked] = useState<{ id: AreaId; under: string | undefined }>();
  const pending = useRef<() => void>(undefined);
  const cancel = () => {
    pending.current?.();
    pending.current = undefined;
  };
  useEffect(() => cancel, []);

  const select = (id: AreaId) => {
    cancel();
    setPicked({ id, under: areaId });
    const from = window.location.hash;
    const write = () => {
      pending.current = undefined;
      // Only if nothing else has changed the address meanwhile.
      if (window.location.hash === from) navigate({ name: 'conversation', conversationId, areaId: id }, { replace: true });
    };
    pending.current = whenIdle(write);
  };

  const selected = picked && picked.under === areaId ? picked.id : isAreaId(areaId) ? areaId : undefined;
  return { selected, select };
}

/** Runs `work` when the main thread is idle (soon at the latest); returns what cancels it. */
function whenIdle(work: () => void): () => void {
  // Safari has no requestIdleCallback: a short timeout is the nearest.
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 300 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}
