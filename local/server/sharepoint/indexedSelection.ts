/**
 * The part of a $filter SharePoint answers from an index: the leading clause of the top-level AND chain,
 * when it tests an indexed column. The items it selects are what the list view threshold counts, and,
 * translated to SQL over the ID and the column index, they are the only items the rest of the filter is
 * evaluated on.
 */
import { coerceLiteral, compileFilter, mirror } from '../odata/filterEvaluator.ts';
import { clauseFieldPath, conjuncts } from '../odata/filterParser.ts';
import type { ComparisonOperator, FilterNode, Operand } from '../odata/filterParser.ts';
import type { ItemRecord, ItemSelection, RangeCondition, RangeOperator } from '../store/records.ts';
import { indexValue } from './columnIndex.ts';
import type { ItemField } from './itemField.ts';

export interface LeadingSelection {
  /** Tests an item against the leading clause. */
  matches: (item: ItemRecord) => boolean;
  /** Whether it tests an indexed column (ID always is). */
  indexed: boolean;
  /**
   * The items it selects, as SQL finds them: set when the clause is an indexed comparison with a value
   * (eq, lt, le, gt, ge) or an indexed startswith. A range on ID takes in the ID comparisons that follow.
   */
  selection?: ItemSelection;
}

type FieldResolver = (path: string[]) => ItemField;

function isRangeOperator(operator: ComparisonOperator): operator is RangeOperator {
  return operator !== 'ne';
}

function fieldSelection(field: ItemField, conditions: RangeCondition[]): ItemSelection | undefined {
  if (field.isId) return { ids: conditions };
  return field.column && { column: { field: field.column.internalName, conditions } };
}

function comparisonSelection(operator: ComparisonOperator, left: Operand, right: Operand, resolve: FieldResolver, expression: string): ItemSelection | undefined {
  const [fieldOperand, literalOperand, flipped] = left.kind === 'field' ? [left, right, false] : [right, left, true];
  if (fieldOperand.kind !== 'field' || literalOperand.kind !== 'literal') return undefined;
  const field = resolve(fieldOperand.path);
  const wanted = flipped ? mirror(operator) : operator;
  // `ne` and `eq null` match items by what they lack, which no index lists.
  const value = indexValue(coerceLiteral(literalOperand.literal, field.type, expression));
  if (!field.indexed || !isRangeOperator(wanted) || value === undefined) return undefined;
  return fieldSelection(field, [{ operator: wanted, value }]);
}

/** The smallest string above every string that starts with `prefix`, in code point order (SQLite's order for text). */
function prefixSuccessor(prefix: string): string | undefined {
  const last = [...prefix].pop();
  const codePoint = last?.codePointAt(0);
  if (last === undefined || codePoint === undefined || codePoint === 0x10ffff) return undefined;
  return prefix.slice(0, -last.length) + String.fromCodePoint(codePoint + 1);
}

function prefixSelection(args: Operand[], resolve: FieldResolver): ItemSelection | undefined {
  const [fieldOperand, literalOperand] = args;
  if (fieldOperand.kind !== 'field' || literalOperand.kind !== 'literal' || literalOperand.literal.type !== 'string') return undefined;
  const field = resolve(fieldOperand.path);
  const prefix = literalOperand.literal.value.toLowerCase();
  // A lone surrogate has no place in SQLite's UTF-8 order.
  if (!field.indexed || field.type !== 'text' || /\p{Cs}/u.test(prefix)) return undefined;
  if (prefix === '') return fieldSelection(field, [{ operator: 'ge', value: '' }]);
  const successor = prefixSuccessor(prefix);
  return successor === undefined ? undefined : fieldSelection(field, [{ operator: 'ge', value: prefix }, { operator: 'lt', value: successor }]);
}

function clauseSelection(clause: FilterNode, resolve: FieldResolver, expression: string): ItemSelection | undefined {
  if (clause.kind === 'compare') return comparisonSelection(clause.operator, clause.left, clause.right, resolve, expression);
  if (clause.kind === 'stringFunction' && clause.name === 'startswith') return prefixSelection(clause.args, resolve);
  return undefined;
}

export function leadingSelection(filter: { node: FilterNode; expression: string }, resolve: FieldResolver): LeadingSelection {
  const [clause, ...rest] = conjuncts(filter.node);
  const path = clauseFieldPath(clause);
  const indexed = path !== undefined && resolve(path).indexed;
  const matches = compileFilter(clause, resolve, filter.expression);
  const selection = indexed ? clauseSelection(clause, resolve, filter.expression) : undefined;
  if (!selection?.ids) return { matches, indexed, selection };
  // `ID gt 5000 and ID le 10000` is one range on the ID index: it counts as a whole, not by its first bound.
  // Other columns keep the first clause's count (local/README.md, "List view threshold").
  const ids = [...selection.ids];
  for (const next of rest) {
    const nextIds = clauseSelection(next, resolve, filter.expression)?.ids;
    if (!nextIds) break;
    ids.push(...nextIds);
  }
  return { matches, indexed, selection: { ids } };
}
