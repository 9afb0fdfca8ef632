import { ActionPlan, validateActionPlan } from '../../src/domain/actionPlan';
import { applyIntentTo, ChecklistItem, queueIntent, Tick, TickIntent, tickKey, validateChecklistItem, validateTick } from '../../src/domain/checklist';
import { ProgrammeEntry, validateProgrammeEntry } from '../../src/domain/programme';
import { StaircaseAssessment, validateAssessment } from '../../src/domain/staircase';
import { Unit, validateUnit } from '../../src/domain/unit';
import { Update, validateUpdate } from '../../src/domain/update';
import { ValidationIssue, validationMessage } from '../../src/domain/validation';

const codes = (issues: ValidationIssue[]): string[] => issues.map((i) => `${i.field}:${i.code}`);

describe('validateUnit', () => {
  const unit = (patch: Partial<Unit> = {}): Unit => ({ id: 1, name: 'Socialnämnden', type: 'committee', memberIds: [], ...patch });

  it('accepts a complete unit', () => {
    expect(validateUnit(unit({ teamsGroupId: '11111111-2222-3333-4444-555555555555' }))).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(codes(validateUnit(unit({ name: ' ', type: 'board' as Unit['type'], teamsGroupId: 'team-1' })))).toEqual([
      'name:required',
      'type:notAChoice',
      'teamsGroupId:notAGuid'
    ]);
  });

  it('refuses a parent that does not exist or that would put the unit under itself', () => {
    const parent = unit({ id: 2, name: 'Förvaltningen', type: 'administration', parentId: 1 });
    const byId = new Map([
      [1, unit()],
      [2, parent]
    ]);
    expect(codes(validateUnit(unit({ parentId: 9 }), byId))).toEqual(['parentId:unknownReference']);
    expect(codes(validateUnit(unit({ parentId: 2 }), byId))).toEqual(['parentId:cycle']);
  });
});

describe('validateActionPlan', () => {
  const plan = (patch: Partial<ActionPlan> = {}): ActionPlan => ({
    id: 1,
    key: 'childRights',
    order: 2,
    title: { sv: 'Barnets rättigheter', en: '' },
    description: { sv: '', en: '' },
    status: 'consultation',
    ...patch
  });

  it('accepts a plan out for consultation without an adoption date', () => {
    expect(validateActionPlan(plan())).toEqual([]);
  });

  it('wants the adoption date of an adopted plan, and real dates', () => {
    expect(codes(validateActionPlan(plan({ status: 'adopted' })))).toEqual(['adoptionDate:required']);
    expect(codes(validateActionPlan(plan({ adoptionDate: '2025-02-30', replacedCeasedOn: 'soon' })))).toEqual([
      'adoptionDate:notADate',
      'replacedCeasedOn:notADate'
    ]);
  });

  it('keeps keys usable in links', () => {
    expect(codes(validateActionPlan(plan({ key: 'barn rätt' })))).toEqual(['key:invalidKey']);
  });
});

describe('validateChecklistItem', () => {
  const item = (patch: Partial<ChecklistItem> = {}): ChecklistItem => ({
    id: 1,
    planId: 3,
    focusArea: 'welfare',
    order: 0,
    title: { sv: 'Rutinerna är granskade.', en: '' },
    active: true,
    isExample: false,
    ...patch
  });

  it('accepts an item with or without a staircase step', () => {
    expect(validateChecklistItem(item())).toEqual([]);
    expect(validateChecklistItem(item({ staircaseStep: 6 }))).toEqual([]);
  });

  it('refuses a step outside the staircase, a missing plan and an over-long title', () => {
    const step = 7 as ChecklistItem['staircaseStep'];
    expect(codes(validateChecklistItem(item({ staircaseStep: step, planId: 0, title: { sv: 'x'.repeat(256), en: '' } })))).toEqual([
      'planId:outOfRange',
      'staircaseStep:outOfRange',
      'title.sv:tooLong'
    ]);
  });
});

describe('validateTick and validateAssessment', () => {
  const tick: Tick = { id: 5, key: tickKey(1, 2, 2025), unitId: 1, itemId: 2, planId: 3, period: 2025, done: true, comment: '' };

  it('accepts a row whose key matches its unit, item and period', () => {
    expect(validateTick(tick)).toEqual([]);
  });

  it('refuses a key edited by hand, and says what it should be', () => {
    const [issue] = validateTick({ ...tick, key: '1:2:2024' });
    expect(issue).toEqual({ field: 'key', code: 'keyMismatch', params: { value: '1:2:2024', expected: '1:2:2025' } });
    expect(validationMessage(issue, 'sv', 'Nyckel')).toBe('Nyckel stämmer inte med raden: ”1:2:2024” borde vara ”1:2:2025”.');
    expect(validationMessage(issue, 'en', 'Key')).toBe('Key does not match its row: “1:2:2024” should be “1:2:2025”.');
    // A trailing space shows inside the quotes, so the two keys no longer read the same.
    const [spaced] = validateTick({ ...tick, key: '1:2:2025 ' });
    expect(validationMessage(spaced, 'sv', 'Nyckel')).toBe('Nyckel stämmer inte med raden: ”1:2:2025 ” borde vara ”1:2:2025”.');
  });

  it('refuses dates in years that cannot be right (0001, 9999), and takes every year between 1900 and 2100', () => {
    const [ancient] = validateTick({ ...tick, doneAt: '0001-01-01T00:00:00Z' });
    expect(ancient).toEqual({ field: 'doneAt', code: 'implausibleDate', params: { value: '0001-01-01T00:00:00Z', min: 1900, max: 2100 } });
    expect(validationMessage(ancient, 'sv', 'Klarmarkerad')).toBe('Klarmarkerad har ett datum som inte kan stämma: 0001-01-01T00:00:00Z. Året ska vara mellan 1900 och 2100.');
    expect(validateTick({ ...tick, doneAt: '9999-12-31T00:00:00Z' }).map((issue) => issue.code)).toEqual(['implausibleDate']);
    expect(validateTick({ ...tick, doneAt: '2026-12-03T12:00:00Z' })).toEqual([]);
  });

  it('refuses unsafe evidence links and unknown statuses', () => {
    const assessment: StaircaseAssessment = {
      key: '1:3:2025',
      unitId: 1,
      step: 3,
      period: 2025,
      status: 'done' as StaircaseAssessment['status'],
      evidence: '',
      evidenceLink: 'javascript:alert(1)'
    };
    expect(codes(validateAssessment(assessment))).toEqual(['status:notAChoice', 'evidenceLink:unsafeUrl']);
  });
});

describe('validateProgrammeEntry and validateUpdate', () => {
  it('wants a Swedish title on programme text', () => {
    const entry: ProgrammeEntry = { id: 1, key: 'goal', kind: 'goal', order: 0, title: { sv: '', en: 'Goal' }, text: { sv: '', en: '' } };
    expect(codes(validateProgrammeEntry(entry))).toEqual(['title.sv:required']);
  });

  it('wants a title and a real publish time on updates', () => {
    const update: Update = { id: 0, title: '', summary: '', body: '', status: 'published', publishAt: '2025-13-01T00:00:00Z', pinned: false };
    expect(codes(validateUpdate(update))).toEqual(['title:required', 'publishAt:notADate']);
    expect(validateUpdate({ ...update, title: 'Nyhet', publishAt: '2025-03-01T08:00:00Z' })).toEqual([]);
  });
});

describe('queueIntent', () => {
  const intent = (itemId: number, done: boolean, at: string, comment?: string): TickIntent => ({
    unitId: 1,
    itemId,
    planId: 3,
    period: 2025,
    done,
    at,
    ...(comment === undefined ? {} : { comment })
  });

  it('keeps one intent per tick, the newest', () => {
    const queue = queueIntent(queueIntent(queueIntent([], intent(1, true, 't1')), intent(2, true, 't2')), intent(1, false, 't3'));
    expect(queue).toEqual([intent(2, true, 't2'), intent(1, false, 't3')]);
  });

  it('keeps a comment the person wrote when a later tick does not touch it', () => {
    const queue = queueIntent([intent(1, true, 't1', 'Klart på APT')], intent(1, false, 't2'));
    expect(queue).toEqual([intent(1, false, 't2', 'Klart på APT')]);
  });
});

describe('applyIntentTo', () => {
  it('sets done, who and when, and keeps the stored comment when the intent has none', () => {
    const stored: Tick = { id: 9, key: '1:2:2025', unitId: 1, itemId: 2, planId: 3, period: 2025, done: false, comment: 'Vänta', etag: '"3"' };
    const person = { id: 8, name: 'Maja Medlem' };
    const applied = applyIntentTo(stored, { unitId: 1, itemId: 2, planId: 3, period: 2025, done: true, at: '2025-05-01T10:00:00Z' }, person);
    expect(applied).toEqual({ ...stored, done: true, doneBy: person, doneAt: '2025-05-01T10:00:00Z' });
  });
});
