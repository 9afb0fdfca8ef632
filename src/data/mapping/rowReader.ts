/**
 * Reads one SharePoint list row field by field, as the list schema describes it, and collects what is
 * wrong with it instead of throwing: a row edited by hand in SharePoint may miss a value or hold one of
 * the wrong type, and such a row is skipped and reported while everything else loads.
 *
 * Issues name the SharePoint column (internal name), because that is where an editor fixes the row.
 */
import type { Person } from '../../domain/person';
import type { ValidationIssue } from '../../domain/validation';
import type { Loaded, RowProblem } from '../../app/contracts';
import { FieldSchema, ListSchema } from '../schema';

/** A list row as SharePoint's REST API returns it in JSON (minimal metadata). */
export type SpRow = Record<string, unknown>;

/** Field values to write to a row, by internal name (lookups and people as `<Name>Id`). */
export type SpFields = Record<string, unknown>;

/** What a list query selects and expands so that a mapper has every field it reads. */
export interface RowQuery {
  select: string[];
  expand: string[];
}

export type Mapped<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/**
 * SharePoint keeps a date-only value as midnight in the site's time zone and returns that moment in
 * UTC (Stockholm's 1 March arrives as 2025-02-28T23:00:00Z). Rounding to the nearest UTC midnight gives
 * back the calendar date for any site time zone from UTC−12 to UTC+12.
 */
export function dateOnlyFromSharePoint(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time + HALF_DAY_MS).toISOString().slice(0, 10);
}

/**
 * Midnight UTC of the date: a site at or east of UTC (Stockholm is UTC+1/+2) reads it as the same
 * calendar day, and reading rounds it back to that day.
 */
export function dateOnlyToSharePoint(date: string | undefined): string | undefined {
  return date === undefined ? undefined : `${date}T00:00:00Z`;
}

/** A hyperlink column's value: the address, also as its text (SharePoint shows the text); REST's null clears it. */
export function hyperlinkValue(url: string | undefined): SpFields[string] {
  const link = url?.trim();
  return link ? { Url: link, Description: link } : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class RowReader {
  private readonly issues: ValidationIssue[] = [];
  public readonly id: number;

  public constructor(
    private readonly row: SpRow,
    private readonly list: ListSchema
  ) {
    const id = row.Id ?? row.ID;
    this.id = typeof id === 'number' ? id : 0;
  }

  /** The row's version for optimistic concurrency (`odata.etag`). */
  public get etag(): string | undefined {
    const etag = this.row['odata.etag'];
    return typeof etag === 'string' ? etag : undefined;
  }

  public text(name: string): string | undefined {
    const value = this.present(name, name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.wrongType(name);
    return value;
  }

  public number(name: string): number | undefined {
    const value = this.present(name, name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.wrongType(name);
    return value;
  }

  /** A yes/no column; an empty one takes the column's default, as SharePoint's own forms would. */
  public boolean(name: string): boolean {
    const value = this.row[name];
    if (value === undefined || value === null) return this.field(name).defaultValue === '1';
    if (typeof value !== 'boolean') return this.wrongType(name) ?? false;
    return value;
  }

  /** A choice column, checked against the domain's own list of values. */
  public choice<T extends string>(name: string, isChoice: (value: unknown) => value is T): T | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!isChoice(value)) {
      this.issues.push({ field: name, code: 'notAChoice', params: { value } });
      return undefined;
    }
    return value;
  }

  /** A date and time (ISO), or for date-only columns the calendar date (yyyy-mm-dd). */
  public date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const parsed = this.field(name).dateOnly ? dateOnlyFromSharePoint(value) : Number.isNaN(Date.parse(value)) ? undefined : value;
    if (parsed === undefined) this.issues.push({ field: name, code: 'notADate' });
    return parsed;
  }

  /** The id a lookup or person column points at, read from `<Name>Id`. */
  public lookupId(name: string): number | undefined {
    const value = this.present(`${name}Id`, name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrongType(name);
    return value;
  }

  /** The ids of a multi-person column (`<Name>Id`): an array, or `{ results }` in verbose JSON. */
  public lookupIds(name: string): number[] {
    const value = this.present(`${name}Id`, name);
    if (value === undefined) return [];
    const ids = isPlainObject(value) ? value.results : value;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number')) return this.wrongType(name) ?? [];
    return ids as number[];
  }

  /** An expanded person column (`$expand=<Name>` with Id, Title, EMail). */
  public person(name: string): Person | undefined {
    const value = this.present(name, name);
    if (value === undefined) return undefined;
    if (!isPlainObject(value) || typeof value.Id !== 'number') return this.wrongType(name);
    return {
      id: value.Id,
      name: typeof value.Title === 'string' ? value.Title : '',
      email: typeof value.EMail === 'string' && value.EMail !== '' ? value.EMail : undefined
    };
  }

  /** A hyperlink column: its address. */
  public url(name: string): string | undefined {
    const value = this.present(name, name);
    if (value === undefined) return undefined;
    if (!isPlainObject(value) || typeof value.Url !== 'string') return this.wrongType(name);
    return value.Url === '' ? undefined : value.Url;
  }

  /**
   * Finishes the row: when every column could be read, the domain's own rules are checked too (their
   * issues named by the column that holds each domain field), and the row becomes a value or a problem.
   * Rules are not checked over columns that could not be read, which would only repeat the first issue.
   */
  public result<T>(value: T, domainIssues: readonly ValidationIssue[], columns: Readonly<Record<string, string>>): Mapped<T> {
    if (this.issues.length === 0) {
      for (const issue of domainIssues) this.issues.push({ ...issue, field: columns[issue.field] ?? issue.field });
    }
    if (this.issues.length === 0) return { ok: true, value };
    return { ok: false, problem: { list: this.list.key, itemId: this.id, issues: this.issues } };
  }

  /** The column's schema; SharePoint's built-in columns (Title, Author, Modified) are described here. */
  private field(name: string): FieldSchema {
    const field = this.list.fields.find((f) => f.name === name);
    if (field) return field;
    if (name === 'Title') return { name, title: this.list.titleField.title, type: 'Text', required: this.list.titleField.required };
    return { name, title: name, type: 'Text' };
  }

  /** The raw value, or undefined (with an issue when the column is required) when the row has none. */
  private present(key: string, name: string): unknown {
    const value = this.row[key];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (!empty) return value;
    if (this.field(name).required) this.issues.push({ field: name, code: 'required' });
    return undefined;
  }

  private wrongType(name: string): undefined {
    this.issues.push({ field: name, code: 'wrongType' });
    return undefined;
  }
}

/** Maps rows to values, setting aside the rows that could not be read. */
export function readRows<T>(rows: readonly SpRow[], read: (row: SpRow) => Mapped<T>): Loaded<T[]> {
  const value: T[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const mapped = read(row);
    if (mapped.ok) value.push(mapped.value);
    else problems.push(mapped.problem);
  }
  return { value, problems };
}
