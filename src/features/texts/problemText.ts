import type { TFunction } from 'i18next';
import { MAX_PROMPTS, type WheelPackProblem } from '../../domain/wheelPack';

/** Why a pack was refused, as the end of a translated sentence ("the file is larger than 1 MB."). */
export function problemText(t: TFunction, problem: WheelPackProblem): string {
  return t(`wheelPack.problem.${problem.kind}`, { path: problem.path ?? '', max: MAX_PROMPTS });
}
