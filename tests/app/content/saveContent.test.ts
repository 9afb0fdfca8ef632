import { AccessDeniedError, ConflictError, NotFoundError, saveContent, UnreachableError, ValidationError } from '../../../src/app';
import type { ValidationIssue } from '../../../src/domain/validation';

interface Draft {
  title: string;
  etag?: string;
}

const TITLE_MISSING: ValidationIssue = { field: 'title', code: 'required' };
const validate = (draft: Draft): ValidationIssue[] => (draft.title.trim() === '' ? [TITLE_MISSING] : []);

describe('saveContent', () => {
  it('sends nothing when the draft breaks a rule, and says which', async () => {
    const save = jest.fn();
    const outcome = await saveContent<Draft>({ draft: { title: ' ' }, validate, save });
    expect(outcome).toEqual({ kind: 'invalid', issues: [TITLE_MISSING], checkedBeforeSending: true });
    expect(save).not.toHaveBeenCalled();
  });

  it('returns what the repository stored', async () => {
    const outcome = await saveContent<Draft>({ draft: { title: 'Ny' }, validate, save: async (draft) => ({ ...draft, etag: '"2"' }) });
    expect(outcome).toEqual({ kind: 'saved', saved: { title: 'Ny', etag: '"2"' } });
  });

  it('hands back the other editor’s newer version on a conflict', async () => {
    const theirs: Draft = { title: 'Deras', etag: '"3"' };
    const outcome = await saveContent<Draft>({ draft: { title: 'Min', etag: '"2"' }, validate, save: () => Promise.reject(new ConflictError(theirs)) });
    expect(outcome).toEqual({ kind: 'conflict', theirs });
  });

  it('passes on the issues SharePoint found', async () => {
    const outcome = await saveContent<Draft>({ draft: { title: 'Min' }, validate, save: () => Promise.reject(new ValidationError([TITLE_MISSING])) });
    expect(outcome).toEqual({ kind: 'invalid', issues: [TITLE_MISSING], checkedBeforeSending: false });
  });

  it.each([
    ['accessDenied', new AccessDeniedError()],
    ['notFound', new NotFoundError()],
    ['notFound', new ConflictError(undefined)],
    ['unreachable', new UnreachableError()],
    ['unexpected', new Error('boom')]
  ])('names a failure as %s', async (problem, error) => {
    const outcome = await saveContent<Draft>({ draft: { title: 'Min' }, validate, save: () => Promise.reject(error) });
    expect(outcome).toEqual({ kind: 'failed', problem });
  });
});
