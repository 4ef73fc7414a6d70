import type { ReactNode } from 'react';

/** Isolates user-typed text (a Swedish alias inside Arabic, say) so it keeps its own direction. */
export function Bidi({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}
