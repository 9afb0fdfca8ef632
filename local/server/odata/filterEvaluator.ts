/**
 * Compiles a parsed $filter into a predicate over rows. Field values are compared the way SharePoint compares
 * column values: text case-insensitively, date literals ('2024-01-01T00:00:00Z' or datetime'…') against date
 * columns, 1/0 against yes/no columns, and multi-value columns match when any of their values does.
 */
import { invalidExpression } from '../errors.ts';
import type { ComparisonOperator, DatePart, FilterNode, Literal, Operand } from './filterParser.ts';

export type ScalarType = 'text' | 'number' | 'boolean' | 'dateTime' | 'guid';

/** How to read one field path from a row; `read` returns a scalar, an array of scalars, or null. */
export interface ResolvedField<Row> {
  type: ScalarType;
  read(row: Row): unknown;
}

export type FieldResolver<Row> = (path: string[]) => ResolvedField<Row>;

/** A column value or literal as filters compare it: text lower-cased, dates as epoch milliseconds. */
export type Comparable = string | number | boolean | null;

interface CompiledOperand<Row> {
  type: ScalarType;
  values(row: Row): Comparable[];
}

function normalize(value: unknown, type: ScalarType): Comparable {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'text':
    case 'guid':
      return String(value).toLowerCase();
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'dateTime':
      return typeof value === 'number' ? value : Date.parse(String(value));
  }
}

/** A literal as it compares with a column of `type`; an impossible pairing is an invalid expression. */
export function coerceLiteral(literal: Literal, type: ScalarType, expression: string): Comparable {
  switch (literal.type) {
    case 'null':
      return null;
    case 'datetime':
      if (type !== 'dateTime') throw invalidExpression(expression);
      return literal.value;
    case 'boolean':
      if (type === 'number') return literal.value ? 1 : 0;
      return type === 'boolean' ? literal.value : String(literal.value);
    case 'number':
      if (type === 'boolean') return literal.value !== 0;
      if (type === 'text') return String(literal.value);
      if (type === 'number') return literal.value;
      throw invalidExpression(expression);
    case 'guid':
    case 'string': {
      const value = literal.value;
      if (type === 'number') {
        const number = Number(value);
        if (value.trim() === '' || Number.isNaN(number)) throw invalidExpression(expression);
        return number;
      }
      if (type === 'boolean') return value === '1' || value.toLowerCase() === 'true';
      if (type === 'dateTime') {
        const time = Date.parse(value);
        if (Number.isNaN(time)) throw invalidExpression(expression);
        return time;
      }
      return value.toLowerCase();
    }
  }
}

/**
 * The comparable values a column holds on a row: one per value of a multi-value column; an empty
 * multi-value column compares as a single empty value, so that it matches `eq null`.
 */
export function comparableValues(value: unknown, type: ScalarType): Comparable[] {
  if (!Array.isArray(value) || value.length === 0) return [normalize(Array.isArray(value) ? null : value, type)];
  return value.map((inner) => normalize(inner, type));
}

function datePartOf(time: number, part: DatePart): number {
  const date = new Date(time);
  switch (part) {
    case 'day':
      return date.getUTCDate();
    case 'month':
      return date.getUTCMonth() + 1;
    case 'year':
      return date.getUTCFullYear();
    case 'hour':
      return date.getUTCHours();
    case 'minute':
      return date.getUTCMinutes();
    case 'second':
      return date.getUTCSeconds();
  }
}

function compare(left: Comparable, operator: ComparisonOperator, right: Comparable): boolean {
  if (operator === 'eq') return left === right;
  if (operator === 'ne') return left !== right;
  if (left === null || right === null) return false;
  switch (operator) {
    case 'lt':
      return left < right;
    case 'le':
      return left <= right;
    case 'gt':
      return left > right;
    case 'ge':
      return left >= right;
  }
}

class FilterCompiler<Row> {
  private readonly resolve: FieldResolver<Row>;
  private readonly expression: string;

  constructor(resolve: FieldResolver<Row>, expression: string) {
    this.resolve = resolve;
    this.expression = expression;
  }

  compile(node: FilterNode): (row: Row) => boolean {
    switch (node.kind) {
      case 'and': {
        const [left, right] = [this.compile(node.left), this.compile(node.right)];
        return (row) => left(row) && right(row);
      }
      case 'or': {
        const [left, right] = [this.compile(node.left), this.compile(node.right)];
        return (row) => left(row) || right(row);
      }
      case 'not': {
        const operand = this.compile(node.operand);
        return (row) => !operand(row);
      }
      case 'compare':
        return this.compileComparison(node.operator, node.left, node.right);
      case 'stringFunction':
        return this.compileStringFunction(node.name, node.args);
    }
  }

  private compileOperand(operand: Operand): CompiledOperand<Row> | undefined {
    if (operand.kind === 'literal') return undefined;
    if (operand.kind === 'field') {
      const field = this.resolve(operand.path);
      return {
        type: field.type,
        values: (row) => comparableValues(field.read(row), field.type),
      };
    }
    const inner = this.compileOperand(operand.operand);
    if (!inner || inner.type !== 'dateTime') throw invalidExpression(this.expression);
    return {
      type: 'number',
      values: (row) => inner.values(row).map((value) => (typeof value === 'number' ? datePartOf(value, operand.part) : null)),
    };
  }

  private compileComparison(operator: ComparisonOperator, leftOperand: Operand, rightOperand: Operand): (row: Row) => boolean {
    const left = this.compileOperand(leftOperand);
    const right = this.compileOperand(rightOperand);
    // SharePoint compares a column with a literal; either may come first.
    const [field, literalOperand, flipped] = left ? [left, rightOperand, false] : [right, leftOperand, true];
    if (!field || literalOperand.kind !== 'literal' || (left && right)) throw invalidExpression(this.expression);
    const literal = coerceLiteral(literalOperand.literal, field.type, this.expression);
    const wanted: ComparisonOperator = flipped ? mirror(operator) : operator;
    if (wanted === 'ne') return (row) => !field.values(row).some((value) => value === literal);
    return (row) => field.values(row).some((value) => compare(value, wanted, literal));
  }

  private compileStringFunction(name: 'startswith' | 'substringof', args: Operand[]): (row: Row) => boolean {
    // startswith(Column, 'text'); substringof('text', Column)
    const [fieldOperand, literalOperand] = name === 'startswith' ? args : [args[1], args[0]];
    const field = this.compileOperand(fieldOperand);
    if (!field || literalOperand.kind !== 'literal' || literalOperand.literal.type !== 'string') throw invalidExpression(this.expression);
    const text = literalOperand.literal.value.toLowerCase();
    const test = name === 'startswith' ? (value: string) => value.startsWith(text) : (value: string) => value.includes(text);
    return (row) => field.values(row).some((value) => typeof value === 'string' && test(value));
  }
}

/** The operator that keeps a comparison's meaning when its operands swap sides (`5 lt ID` → `ID gt 5`). */
export function mirror(operator: ComparisonOperator): ComparisonOperator {
  const mirrored: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
  return mirrored[operator];
}

export function compileFilter<Row>(node: FilterNode, resolve: FieldResolver<Row>, expression: string): (row: Row) => boolean {
  return new FilterCompiler(resolve, expression).compile(node);
}

/** Orders normalised values as SharePoint sorts columns: empty values first, text case-insensitively. */
export function compareForSort(left: unknown, right: unknown, type: ScalarType): number {
  const a = normalize(Array.isArray(left) ? left[0] : left, type);
  const b = normalize(Array.isArray(right) ? right[0] : right, type);
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
