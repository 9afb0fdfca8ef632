import { isIsoDate } from './dates';
import { format, Language } from './language';

/** SharePoint's limit for a single line of text. */
export const MAX_TEXT_LENGTH = 255;
/** The years a date in the programme can have: anything outside is typed or imported wrong. */
export const MIN_PLAUSIBLE_YEAR = 1900;
export const MAX_PLAUSIBLE_YEAR = 2100;

/** SharePoint's limit for multiple lines of text in a list. */
export const MAX_NOTE_LENGTH = 63999;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a value was refused. Codes are stable; messages come from VALIDATION_MESSAGES. */
export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'notANumber'
  | 'notAnInteger'
  | 'outOfRange'
  | 'notAChoice'
  | 'notADate'
  | 'implausibleDate'
  | 'notAUrl'
  | 'unsafeUrl'
  | 'notAGuid'
  | 'notATeamLink'
  | 'teamAlreadyLinked'
  | 'cycle'
  | 'unknownReference'
  | 'wrongType'
  | 'invalidKey'
  | 'keyMismatch';

export interface ValidationIssue {
  /** The field the issue belongs to, so that a form shows it next to that field. */
  field: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export const VALIDATION_MESSAGES: Record<Language, Record<ValidationCode, string>> = {
  sv: {
    required: 'Fyll i ”{field}”.',
    tooLong: '{field} får vara högst {max} tecken.',
    notANumber: '{field} måste vara ett tal.',
    notAnInteger: '{field} måste vara ett heltal.',
    outOfRange: '{field} måste vara mellan {min} och {max}.',
    notAChoice: '{field} har ett värde som inte finns bland valen: {value}.',
    notADate: '{field} måste vara ett datum (åååå-mm-dd).',
    implausibleDate: '{field} har ett datum som inte kan stämma: {value}. Året ska vara mellan {min} och {max}.',
    notAUrl: '{field} måste vara en webbadress som börjar med https://.',
    unsafeUrl: '{field} får inte vara en sådan länk av säkerhetsskäl.',
    notAGuid: '{field} måste vara ett id i formen 00000000-0000-0000-0000-000000000000.',
    notATeamLink: 'Klistra in teamets länk från Teams (… vid teamets namn, Hämta länk till team).',
    teamAlreadyLinked: 'Teamet är redan kopplat till {unit}. Koppla bort det där först.',
    cycle: 'En enhet kan inte ligga under sig själv.',
    unknownReference: '{field} pekar på något som inte finns (id {value}).',
    wrongType: '{field} har fel typ av värde.',
    invalidKey: '{field} får bara innehålla bokstäverna a–z, siffror och bindestreck och måste börja med en bokstav.',
    keyMismatch: '{field} stämmer inte med raden: ”{value}” borde vara ”{expected}”.'
  },
  en: {
    required: 'Fill in “{field}”.',
    tooLong: '{field} can be at most {max} characters.',
    notANumber: '{field} must be a number.',
    notAnInteger: '{field} must be a whole number.',
    outOfRange: '{field} must be between {min} and {max}.',
    notAChoice: '{field} has a value that is not one of the choices: {value}.',
    notADate: '{field} must be a date (yyyy-mm-dd).',
    implausibleDate: '{field} has a date that cannot be right: {value}. The year must be between {min} and {max}.',
    notAUrl: '{field} must be a web address starting with https://.',
    unsafeUrl: '{field} cannot be a link of that kind, for safety.',
    notAGuid: '{field} must be an id of the form 00000000-0000-0000-0000-000000000000.',
    notATeamLink: "Paste the team's link from Teams (… next to the team's name, Get link to team).",
    teamAlreadyLinked: 'The team is already linked to {unit}. Unlink it there first.',
    cycle: 'A unit cannot be placed under itself.',
    unknownReference: '{field} points to something that does not exist (id {value}).',
    wrongType: '{field} has the wrong kind of value.',
    invalidKey: '{field} may only hold the letters a–z, digits and hyphens, and must start with a letter.',
    keyMismatch: '{field} does not match its row: “{value}” should be “{expected}”.'
  }
};

/** The message for an issue; `fieldLabel` is the field's name as the person sees it. */
export function validationMessage(issue: ValidationIssue, language: Language, fieldLabel: string = issue.field): string {
  return format(VALIDATION_MESSAGES[language][issue.code], { ...issue.params, field: fieldLabel });
}

/** A small builder so that each entity's validator reads as a list of rules. */
export class Validator {
  public readonly issues: ValidationIssue[] = [];

  public required(field: string, value: unknown): this {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.issues.push({ field, code: 'required' });
    }
    return this;
  }

  public maxLength(field: string, value: string | undefined, max: number): this {
    if (value !== undefined && value.length > max) this.issues.push({ field, code: 'tooLong', params: { max } });
    return this;
  }

  public integerBetween(field: string, value: number | undefined, min: number, max: number): this {
    if (value === undefined) return this;
    if (typeof value !== 'number' || Number.isNaN(value)) this.issues.push({ field, code: 'notANumber' });
    else if (!Number.isInteger(value)) this.issues.push({ field, code: 'notAnInteger' });
    else if (value < min || value > max) this.issues.push({ field, code: 'outOfRange', params: { min, max } });
    return this;
  }

  public oneOf(field: string, value: unknown, choices: readonly string[]): this {
    if (value !== undefined && !(typeof value === 'string' && choices.includes(value))) {
      this.issues.push({ field, code: 'notAChoice', params: { value: String(value) } });
    }
    return this;
  }

  /** A calendar date in ISO form (yyyy-mm-dd), in a plausible year; absent is fine. */
  public isoDate(field: string, value: string | undefined): this {
    if (value !== undefined && !isIsoDate(value)) this.issues.push({ field, code: 'notADate' });
    else this.plausibleYear(field, value);
    return this;
  }

  /** A moment as SharePoint and JSON write it (2025-03-01T09:30:00Z), in a plausible year; absent is fine. */
  public isoTimestamp(field: string, value: string | undefined): this {
    if (value !== undefined && !(ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)))) {
      this.issues.push({ field, code: 'notADate' });
    } else this.plausibleYear(field, value);
    return this;
  }

  /** Year 0001 or 9999 is a date typed or imported wrong (SharePoint's own minimum and maximum among them). */
  private plausibleYear(field: string, value: string | undefined): void {
    if (value === undefined) return;
    const year = Number(value.slice(0, 4));
    if (year < MIN_PLAUSIBLE_YEAR || year > MAX_PLAUSIBLE_YEAR) {
      this.issues.push({ field, code: 'implausibleDate', params: { value, min: MIN_PLAUSIBLE_YEAR, max: MAX_PLAUSIBLE_YEAR } });
    }
  }

  public guid(field: string, value: string | undefined): this {
    if (value !== undefined && value !== '' && !GUID.test(value)) this.issues.push({ field, code: 'notAGuid' });
    return this;
  }

  /** A single line of text: required or not, and within SharePoint's limit. */
  public text(field: string, value: string | undefined, required: boolean, max: number = MAX_TEXT_LENGTH): this {
    if (required) this.required(field, value);
    return this.maxLength(field, value, max);
  }

  /** A web address (http or https) as a SharePoint hyperlink column holds it: at most 255 characters; absent is fine unless required. */
  public webAddress(field: string, value: string | undefined, required: boolean): this {
    if (required) this.required(field, value);
    if (value === undefined || value.trim() === '') return this;
    this.maxLength(field, value.trim(), MAX_TEXT_LENGTH);
    return this.add(webAddressIssue(field, value));
  }

  public add(issue: ValidationIssue | undefined): this {
    if (issue) this.issues.push(issue);
    return this;
  }

  public get ok(): boolean {
    return this.issues.length === 0;
  }
}

/** Links are only ever http(s) or mailto; anything else (javascript:, data:, vbscript:) is refused. */
export function linkIssue(field: string, value: string | undefined): ValidationIssue | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { field, code: 'notAUrl' };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:') return undefined;
  return { field, code: 'unsafeUrl' };
}

/** A link to a page or document: only http(s); a mailto, javascript: or text that is no address is refused. */
export function webAddressIssue(field: string, value: string | undefined): ValidationIssue | undefined {
  const issue = linkIssue(field, value);
  if (issue !== undefined || value === undefined || value.trim() === '') return issue;
  return value.trim().toLowerCase().startsWith('mailto:') ? { field, code: 'notAUrl' } : undefined;
}

/** A row's stored key must be the one its own fields give, or two rows could claim one unit × thing × period. */
export function keyIssue(stored: string, expected: string): ValidationIssue | undefined {
  return stored === expected ? undefined : { field: 'key', code: 'keyMismatch', params: { value: stored, expected } };
}
