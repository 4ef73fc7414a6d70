import type { AreaChangeDirection } from '../../domain/changes';

/** A symbol next to the word for each direction, so a change reads without colour (and without the symbol). */
export const DIRECTION_SYMBOL: Record<AreaChangeDirection, string> = {
  up: '↑',
  down: '↓',
  same: '=',
  new: '+',
  removed: '−',
  mixed: '↕',
};
