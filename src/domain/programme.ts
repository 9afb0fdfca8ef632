import { LocalizedText } from './language';
import { MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

/** The programme's three focus areas (fokusområden). */
export type FocusAreaKey = 'knowledge' | 'welfare' | 'participation';

export const FOCUS_AREAS: readonly FocusAreaKey[] = ['knowledge', 'welfare', 'participation'];

/** The six steps of the staircase (trappan), climbed in order. */
export type StaircaseStepNumber = 1 | 2 | 3 | 4 | 5 | 6;

export const STAIRCASE_STEPS: readonly StaircaseStepNumber[] = [1, 2, 3, 4, 5, 6];

/** The kinds of editable programme text. */
export type ProgrammeContentKind = 'goal' | 'focusArea' | 'methodStep' | 'staircaseStep';

/** One editable piece of programme text, kept in Swedish and English. */
export interface ProgrammeEntry {
  id: number;
  /** Stable key: `goal`, `focusArea:knowledge`, `methodStep:1`, `staircaseStep:3`. */
  key: string;
  kind: ProgrammeContentKind;
  order: number;
  title: LocalizedText;
  text: LocalizedText;
  /** The goal's entry: where the programme's own document is (http or https), once an editor has linked it. */
  documentUrl?: string;
  etag?: string;
}

/** The programme as staff read it. */
export interface Programme {
  goal: ProgrammeEntry;
  focusAreas: ProgrammeEntry[];
  methodSteps: ProgrammeEntry[];
  staircaseSteps: ProgrammeEntry[];
}

export function isFocusAreaKey(value: unknown): value is FocusAreaKey {
  return typeof value === 'string' && (FOCUS_AREAS as readonly string[]).includes(value);
}

export function isStaircaseStepNumber(value: unknown): value is StaircaseStepNumber {
  return typeof value === 'number' && (STAIRCASE_STEPS as readonly number[]).includes(value);
}

export function programmeEntryKey(kind: ProgrammeContentKind, part?: string | number): string {
  return part === undefined ? kind : `${kind}:${part}`;
}

/** Assembles the programme from its entries; returns undefined while the goal is missing (lists not seeded). */
export function assembleProgramme(entries: readonly ProgrammeEntry[]): Programme | undefined {
  const byOrder = (a: ProgrammeEntry, b: ProgrammeEntry): number => a.order - b.order;
  const goal = entries.find((e) => e.kind === 'goal');
  if (!goal) return undefined;
  return {
    goal,
    focusAreas: entries.filter((e) => e.kind === 'focusArea').sort(byOrder),
    methodSteps: entries.filter((e) => e.kind === 'methodStep').sort(byOrder),
    staircaseSteps: entries.filter((e) => e.kind === 'staircaseStep').sort(byOrder)
  };
}

export const PROGRAMME_CONTENT_KINDS: readonly ProgrammeContentKind[] = ['goal', 'focusArea', 'methodStep', 'staircaseStep'];

/** Largest order number an editor may give: orders are small, 0 first. */
export const MAX_ORDER = 9999;

export function validateProgrammeEntry(entry: ProgrammeEntry): ValidationIssue[] {
  return new Validator()
    .text('key', entry.key, true)
    .oneOf('kind', entry.kind, PROGRAMME_CONTENT_KINDS)
    .integerBetween('order', entry.order, 0, MAX_ORDER)
    .text('title.sv', entry.title.sv, true)
    .text('title.en', entry.title.en, false)
    .maxLength('text.sv', entry.text.sv, MAX_NOTE_LENGTH)
    .maxLength('text.en', entry.text.en, MAX_NOTE_LENGTH)
    .webAddress('documentUrl', entry.documentUrl, false).issues;
}

export function isProgrammeContentKind(value: unknown): value is ProgrammeContentKind {
  return typeof value === 'string' && (PROGRAMME_CONTENT_KINDS as readonly string[]).includes(value);
}
