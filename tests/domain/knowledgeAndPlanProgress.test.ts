import type { ChecklistItem } from '../../src/domain/checklist';
import { emptyKnowledgeLink, KnowledgeLink, knowledgeByFocusArea, validateKnowledgeLink } from '../../src/domain/knowledgeLink';
import { planProgressAcrossUnits } from '../../src/domain/planProgress';
import type { Unit } from '../../src/domain/unit';

const link = (id: number, patch: Partial<KnowledgeLink>): KnowledgeLink => ({ ...emptyKnowledgeLink('knowledge'), id, title: { sv: `Länk ${id}`, en: '' }, url: 'https://start.stockholm/', ...patch });

describe('Kunskap och stöd', () => {
  it('needs a Swedish title and an http(s) address of at most 255 characters', () => {
    expect(validateKnowledgeLink(link(1, {}))).toEqual([]);
    const codes = (patch: Partial<KnowledgeLink>): string[] => validateKnowledgeLink(link(1, patch)).map((issue) => `${issue.field}:${issue.code}`);
    expect(codes({ title: { sv: ' ', en: '' } })).toEqual(['title.sv:required']);
    expect(codes({ url: '' })).toEqual(['url:required']);
    expect(codes({ url: 'start.stockholm' })).toEqual(['url:notAUrl']);
    expect(codes({ url: 'mailto:mr@stockholm.se' })).toEqual(['url:notAUrl']);
    expect(codes({ url: 'javascript:alert(1)' })).toEqual(['url:unsafeUrl']);
    expect(codes({ url: `https://start.stockholm/${'a'.repeat(240)}` })).toEqual(['url:tooLong']);
  });

  it('groups links by focus area in the programme’s order, then by kind, then by Swedish title', () => {
    const links = [
      link(1, { focusArea: 'participation', title: { sv: 'Öppna samtal', en: '' } }),
      link(2, { focusArea: 'knowledge', kind: 'method', title: { sv: 'Analys', en: '' } }),
      link(3, { focusArea: 'knowledge', kind: 'training', title: { sv: 'Ärendedag', en: '' } }),
      link(4, { focusArea: 'knowledge', kind: 'training', title: { sv: 'Bemötande', en: '' } })
    ];
    expect(knowledgeByFocusArea(links).map(({ area, links: grouped }) => [area, grouped.map((l) => l.id)])).toEqual([
      ['knowledge', [4, 3, 2]],
      ['participation', [1]]
    ]);
    expect(knowledgeByFocusArea(links, ['welfare', 'participation']).map(({ area }) => area)).toEqual(['participation']);
  });
});

describe('a plan’s progress across units', () => {
  const unit = (id: number, name: string): Unit => ({ id, name, type: 'committee', memberIds: [] });
  const item = (id: number, planId: number, active = true): ChecklistItem => ({ id, planId, focusArea: id % 2 ? 'welfare' : 'knowledge', order: id, title: { sv: '', en: '' }, active, isExample: false });
  const units = [unit(1, 'Östermalm'), unit(2, 'Älvsjö'), unit(3, 'Bromma'), unit(4, 'Kista')];
  const items = [item(1, 7), item(2, 7), item(3, 7, false), item(4, 8)];
  const tick = (unitId: number, itemId: number, done = true): { unitId: number; itemId: number; done: boolean } => ({ unitId, itemId, done });

  it('counts the plan’s active items only, orders the started units furthest first then by Swedish name', () => {
    const progress = planProgressAcrossUnits(7, units, items, [tick(1, 1), tick(2, 1), tick(3, 1), tick(3, 2), tick(4, 3), tick(4, 4), tick(1, 2, false)]);
    expect(progress).toMatchObject({ itemCount: 2, focusAreas: ['knowledge', 'welfare'], unitCount: 4, complete: 1 });
    expect(progress.started.map(({ unit: u, progress: p }) => [u.name, p.done, p.total])).toEqual([
      ['Bromma', 2, 2],
      ['Älvsjö', 1, 2],
      ['Östermalm', 1, 2]
    ]);
  });
});
