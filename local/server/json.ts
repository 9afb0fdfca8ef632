/**
 * Parsing a JSON request body within SharePoint's nesting limit. The depth is measured on the text first, so a
 * body nested deeper than the limit is refused before a parser or any walk over the value can recurse into it.
 */
import { invalidRequestBody, jsonTooDeep } from './errors.ts';
import { MAX_JSON_DEPTH } from './limits.ts';

/** The deepest nesting of objects and arrays in JSON text (strings skipped); stops counting past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 0x7d || char === 0x5d) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Parses JSON text, or throws SharePoint's 400 for malformed or too deeply nested JSON. */
export function parseJson(text: string): unknown {
  if (nestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw jsonTooDeep(MAX_JSON_DEPTH);
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequestBody();
  }
}
