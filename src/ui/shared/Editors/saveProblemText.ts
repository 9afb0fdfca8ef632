import type { SaveProblem } from '../../../app';
import type { Strings } from '../../loc';

/**
 * Why a save failed, in words. `accessDenied` can be worded for the place: changing a unit's people needs
 * Manage Permissions, not just edit rights.
 */
export function saveProblemText(problem: SaveProblem, strings: Strings, accessDenied: string = strings.editAccessDenied): string {
  const text: Record<SaveProblem, string> = {
    accessDenied,
    unreachable: strings.editUnreachable,
    notFound: strings.editNotFound,
    unexpected: strings.editUnexpected
  };
  return text[problem];
}
