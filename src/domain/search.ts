/**
 * Matching what a person types against Swedish text. Case is ignored and accents fold (e finds é, u finds ü),
 * but å, ä and ö are letters of their own: each finds only itself. Typed in their place, a finds å and ä and o
 * finds ö, since a keyboard without them (or a hurried person) writes "Hagersten" for Hägersten.
 */

const OWN_LETTERS = new Set(['å', 'ä', 'ö']);

/** Lower case with accents removed, except on å, ä and ö. */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    folded += OWN_LETTERS.has(char) ? char : char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return folded;
}

/** The Swedish letters that a typed a or o also finds. */
const ALSO_FINDS: Record<string, readonly string[]> = { a: ['å', 'ä'], o: ['ö'] };

function letterMatches(typed: string, shown: string): boolean {
  return typed === shown || (ALSO_FINDS[typed]?.includes(shown) ?? false);
}

/** Whether the typed word occurs anywhere in the (folded) text, letter by letter. */
function occursIn(word: readonly string[], text: readonly string[]): boolean {
  for (let start = 0; start + word.length <= text.length; start++) {
    if (word.every((letter, index) => letterMatches(letter, text[start + index]))) return true;
  }
  return false;
}

/**
 * A test for the typed text: each word must occur in the text (in any order), and a and o also match the
 * Swedish letters written with them. An empty query matches nothing. What is typed is taken literally.
 */
export function searchMatcher(query: string): (text: string) => boolean {
  const words = foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => [...word]);
  if (words.length === 0) return () => false;
  return (text) => {
    const folded = [...foldForSearch(text)];
    return words.every((word) => occursIn(word, folded));
  };
}
