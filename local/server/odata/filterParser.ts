/**
 * Parses the OData v3 $filter subset SharePoint's REST service supports: eq ne lt le gt ge, and or not,
 * parentheses, startswith(), substringof(), day()/month()/year()/hour()/minute()/second(), and literals
 * ('text', numbers, true/false, null, datetime'…', guid'…'). Field paths may project a lookup (Author/Title).
 */
import { expressionTooDeep, invalidExpression } from '../errors.ts';
import { MAX_FILTER_DEPTH } from '../limits.ts';

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'datetime'; value: number }
  | { type: 'guid'; value: string }
  | { type: 'null' };

export type DatePart = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';

export type Operand =
  | { kind: 'field'; path: string[] }
  | { kind: 'literal'; literal: Literal }
  | { kind: 'datePart'; part: DatePart; operand: Operand };

export type StringFunction = 'startswith' | 'substringof';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'stringFunction'; name: StringFunction; args: Operand[] };

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'literal'; literal: Literal }
  | { kind: 'open' | 'close' | 'comma' };

const COMPARISON_OPERATORS = new Set<string>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const DATE_PARTS = new Set<string>(['day', 'month', 'year', 'hour', 'minute', 'second']);

function readQuoted(source: string, start: number, expression: string): { text: string; end: number } {
  let text = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === "'") {
      if (source[index + 1] === "'") {
        text += "'";
        index += 2;
        continue;
      }
      return { text, end: index + 1 };
    }
    text += char;
    index += 1;
  }
  throw invalidExpression(expression);
}

function prefixedLiteral(prefix: string, text: string, expression: string): Literal {
  if (prefix === 'datetime' || prefix === 'datetimeoffset') {
    const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
    if (Number.isNaN(time)) throw invalidExpression(expression);
    return { type: 'datetime', value: time };
  }
  if (prefix === 'guid') return { type: 'guid', value: text.toLowerCase() };
  throw invalidExpression(expression);
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < expression.length) {
    const char = expression[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char === '(' ? 'open' : char === ')' ? 'close' : 'comma' });
      index += 1;
    } else if (char === "'") {
      const { text, end } = readQuoted(expression, index, expression);
      tokens.push({ kind: 'literal', literal: { type: 'string', value: text } });
      index = end;
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(expression.slice(index));
      if (!match) throw invalidExpression(expression);
      tokens.push({ kind: 'literal', literal: { type: 'number', value: Number.parseFloat(match[0]) } });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(expression.slice(index))!;
      const word = match[0];
      index += word.length;
      if (expression[index] === "'") {
        const { text, end } = readQuoted(expression, index, expression);
        tokens.push({ kind: 'literal', literal: prefixedLiteral(word.toLowerCase(), text, expression) });
        index = end;
      } else if (word === 'true' || word === 'false') {
        tokens.push({ kind: 'literal', literal: { type: 'boolean', value: word === 'true' } });
      } else if (word === 'null') {
        tokens.push({ kind: 'literal', literal: { type: 'null' } });
      } else {
        tokens.push({ kind: 'word', text: word });
      }
    } else {
      throw invalidExpression(expression);
    }
  }
  return tokens;
}

/** The depth of a filter tree, measured without recursion (the tree may be deeper than the stack allows). */
function treeDepth(root: FilterNode): number {
  let deepest = 0;
  const pending: [FilterNode | Operand, number][] = [[root, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if (node.kind === 'and' || node.kind === 'or') pending.push([node.left, depth + 1], [node.right, depth + 1]);
    else if (node.kind === 'not' || node.kind === 'datePart') pending.push([node.operand, depth + 1]);
    else if (node.kind === 'compare') pending.push([node.left, depth + 1], [node.right, depth + 1]);
    else if (node.kind === 'stringFunction') pending.push(...node.args.map((arg): [Operand, number] => [arg, depth + 1]));
  }
  return deepest;
}

class Parser {
  private position = 0;
  /** Open parentheses, NOTs and date functions around the current token: bounded before the parser recurses into them. */
  private nesting = 0;
  private readonly tokens: Token[];
  private readonly expression: string;

  constructor(expression: string) {
    this.expression = expression;
    this.tokens = tokenize(expression);
  }

  parse(): FilterNode {
    const node = this.parseOr();
    if (this.position < this.tokens.length) throw this.error();
    if (treeDepth(node) > MAX_FILTER_DEPTH) throw expressionTooDeep();
    return node;
  }

  private enter(): void {
    this.nesting += 1;
    if (this.nesting > MAX_FILTER_DEPTH) throw expressionTooDeep();
  }

  private error(): Error {
    return invalidExpression(this.expression);
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private take(): Token {
    const token = this.tokens[this.position];
    if (!token) throw this.error();
    this.position += 1;
    return token;
  }

  private expect(kind: 'open' | 'close' | 'comma'): void {
    if (this.take().kind !== kind) throw this.error();
  }

  private peekWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  private parseOr(): FilterNode {
    let node = this.parseAnd();
    while (this.peekWord('or')) {
      this.position += 1;
      node = { kind: 'or', left: node, right: this.parseAnd() };
    }
    return node;
  }

  private parseAnd(): FilterNode {
    let node = this.parseUnary();
    while (this.peekWord('and')) {
      this.position += 1;
      node = { kind: 'and', left: node, right: this.parseUnary() };
    }
    return node;
  }

  private parseUnary(): FilterNode {
    if (this.peekWord('not')) {
      this.position += 1;
      this.enter();
      const operand = this.parseUnary();
      this.nesting -= 1;
      return { kind: 'not', operand };
    }
    if (this.peek()?.kind === 'open') {
      this.position += 1;
      this.enter();
      const node = this.parseOr();
      this.expect('close');
      this.nesting -= 1;
      return node;
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterNode {
    const stringFunction = this.tryStringFunction();
    if (stringFunction) {
      // SharePoint also accepts the OData v2 form `startswith(Title,'a') eq true`.
      if (this.peekWord('eq') || this.peekWord('ne')) {
        const operator = (this.take() as { text: string }).text.toLowerCase();
        const operand = this.parseOperand();
        if (operand.kind !== 'literal' || operand.literal.type !== 'boolean') throw this.error();
        const isTrue = (operator === 'eq') === operand.literal.value;
        return isTrue ? stringFunction : { kind: 'not', operand: stringFunction };
      }
      return stringFunction;
    }
    const left = this.parseOperand();
    const operatorToken = this.take();
    if (operatorToken.kind !== 'word' || !COMPARISON_OPERATORS.has(operatorToken.text.toLowerCase())) throw this.error();
    const right = this.parseOperand();
    return { kind: 'compare', operator: operatorToken.text.toLowerCase() as ComparisonOperator, left, right };
  }

  private tryStringFunction(): FilterNode | undefined {
    const token = this.peek();
    if (token?.kind !== 'word' || this.tokens[this.position + 1]?.kind !== 'open') return undefined;
    const name = token.text.toLowerCase();
    if (name !== 'startswith' && name !== 'substringof') return undefined;
    this.position += 2;
    const first = this.parseOperand();
    this.expect('comma');
    const second = this.parseOperand();
    this.expect('close');
    return { kind: 'stringFunction', name, args: [first, second] };
  }

  private parseOperand(): Operand {
    const token = this.take();
    if (token.kind === 'literal') return { kind: 'literal', literal: token.literal };
    if (token.kind !== 'word') throw this.error();
    const name = token.text.toLowerCase();
    if (DATE_PARTS.has(name) && this.peek()?.kind === 'open') {
      this.position += 1;
      this.enter();
      const operand = this.parseOperand();
      this.expect('close');
      this.nesting -= 1;
      return { kind: 'datePart', part: name as DatePart, operand };
    }
    return { kind: 'field', path: token.text.split('/') };
  }
}

export function parseFilter(expression: string): FilterNode {
  return new Parser(expression).parse();
}

/** The operands of the top-level AND chain in order; SharePoint's throttling looks at the leading ones. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** The field path a single comparison or string function tests, when it tests exactly one field. */
export function clauseFieldPath(node: FilterNode): string[] | undefined {
  const operands = node.kind === 'compare' ? [node.left, node.right] : node.kind === 'stringFunction' ? node.args : [];
  const fields = operands.filter((operand): operand is { kind: 'field'; path: string[] } => operand.kind === 'field');
  return fields.length === 1 ? fields[0].path : undefined;
}
