/** The parts of the content view, in the order its tabs show them; each is a deep link (`?mrView=content&mrSection=units`). */
export type ContentSection = 'units' | 'people' | 'checklist' | 'plans' | 'programme' | 'knowledge';

export const CONTENT_SECTIONS: readonly ContentSection[] = ['units', 'people', 'checklist', 'plans', 'programme', 'knowledge'];

export function isContentSection(value: unknown): value is ContentSection {
  return typeof value === 'string' && (CONTENT_SECTIONS as readonly string[]).includes(value);
}
