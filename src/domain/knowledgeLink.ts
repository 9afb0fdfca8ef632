import type { LocalizedText } from './language';
import { compareSwedish } from './language';
import { FOCUS_AREAS, FocusAreaKey } from './programme';
import { MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

/**
 * Kunskap och stöd: what the city offers units to learn from and work with, per focus area. Hägersten-Älvsjö's
 * reply asks the city for information material, training and shared methods; editors keep these links.
 */
export type KnowledgeKind = 'training' | 'material' | 'method';

export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = ['training', 'material', 'method'];

export interface KnowledgeLink {
  id: number;
  focusArea: FocusAreaKey;
  kind: KnowledgeKind;
  title: LocalizedText;
  /** An http(s) address. */
  url: string;
  /** What it is, briefly; empty when the title says enough. */
  description: LocalizedText;
  etag?: string;
}

export function isKnowledgeKind(value: unknown): value is KnowledgeKind {
  return typeof value === 'string' && (KNOWLEDGE_KINDS as readonly string[]).includes(value);
}

export function emptyKnowledgeLink(focusArea: FocusAreaKey): KnowledgeLink {
  return { id: 0, focusArea, kind: 'training', title: { sv: '', en: '' }, url: '', description: { sv: '', en: '' } };
}

export function validateKnowledgeLink(link: KnowledgeLink): ValidationIssue[] {
  return new Validator()
    .oneOf('focusArea', link.focusArea, FOCUS_AREAS)
    .oneOf('kind', link.kind, KNOWLEDGE_KINDS)
    .text('title.sv', link.title.sv, true)
    .text('title.en', link.title.en, false)
    .webAddress('url', link.url, true)
    .maxLength('description.sv', link.description.sv, MAX_NOTE_LENGTH)
    .maxLength('description.en', link.description.en, MAX_NOTE_LENGTH).issues;
}

/** The links of some focus areas, grouped by area in the programme's order and within an area by kind, then by Swedish title. */
export function knowledgeByFocusArea(links: readonly KnowledgeLink[], areas: readonly FocusAreaKey[] = FOCUS_AREAS): { area: FocusAreaKey; links: KnowledgeLink[] }[] {
  const byKindThenTitle = (a: KnowledgeLink, b: KnowledgeLink): number =>
    KNOWLEDGE_KINDS.indexOf(a.kind) - KNOWLEDGE_KINDS.indexOf(b.kind) || compareSwedish(a.title.sv, b.title.sv);
  return FOCUS_AREAS.filter((area) => areas.includes(area))
    .map((area) => ({ area, links: links.filter((link) => link.focusArea === area).sort(byKindThenTitle) }))
    .filter((group) => group.links.length > 0);
}
