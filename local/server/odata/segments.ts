/**
 * Splits a REST path below `_api/` into segments such as `lists`, `getByTitle('Åtgärder')`, `items(5)` or
 * `addroleassignment(principalid=5, roledefid=1073741826)`, with OData literals decoded and parameter
 * aliases (`siteusers(@v)?@v='i:0#.f|membership|…'`) resolved from the query string.
 */
import { invalidExpression } from '../errors.ts';

export type ArgValue = string | number | boolean | null;

export interface Segment {
  /** The segment as sent, decoded; used in error messages. */
  text: string;
  /** Lower-cased name: SharePoint's REST names are case-insensitive. */
  name: string;
  /** Positional arguments; undefined when the segment has no parentheses. */
  args?: ArgValue[];
  /** Named arguments (`name=value`), keyed by lower-cased name. */
  named: Map<string, ArgValue>;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function parseLiteral(text: string, query: URLSearchParams, context: string): ArgValue {
  const value = text.trim();
  if (value.startsWith('@')) {
    const aliased = query.get(value);
    if (aliased === null) throw invalidExpression(context);
    return parseLiteral(aliased, query, context);
  }
  const quoted = /^(?:guid|datetime)?'((?:[^']|'')*)'$/i.exec(value);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (value.toLowerCase() === 'null') return null;
  throw invalidExpression(context);
}

function parseSegment(raw: string, query: URLSearchParams): Segment {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // A stray % that starts no escape: SharePoint refuses the path.
    throw invalidExpression(raw);
  }
  const open = text.indexOf('(');
  if (open < 0) return { text, name: text.toLowerCase(), named: new Map() };
  if (!text.endsWith(')')) throw invalidExpression(text);
  const name = text.slice(0, open).toLowerCase();
  const inner = text.slice(open + 1, -1).trim();
  const args: ArgValue[] = [];
  const named = new Map<string, ArgValue>();
  if (inner !== '') {
    for (const part of splitOutsideQuotes(inner, ',')) {
      const equals = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
      if (equals) named.set(equals[1].toLowerCase(), parseLiteral(equals[2], query, text));
      else args.push(parseLiteral(part, query, text));
    }
  }
  return { text, name, args, named };
}

/** Parses the path after `_api/` (still percent-encoded, without the query string). */
export function parseApiPath(path: string, query: URLSearchParams): Segment[] {
  return splitOutsideQuotes(path, '/')
    .filter((part) => part !== '')
    .map((part) => parseSegment(part, query));
}

/** The single key argument of `items(5)`, `lists('…')`, `getById(7)` and similar segments. */
export function keyArgument(segment: Segment): ArgValue | undefined {
  return segment.args?.length === 1 ? segment.args[0] : undefined;
}
