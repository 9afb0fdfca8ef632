/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { AccessDeniedError, KnowledgeLinkRepository } from '../../../src/app';
import type { KnowledgeLink } from '../../../src/domain/knowledgeLink';
import { assembleProgramme, Programme } from '../../../src/domain/programme';
import { validationMessage } from '../../../src/domain/validation';
import { KnowledgeLinksEditor } from '../../../src/ui/Content/KnowledgeLinksEditor';
import { PROGRAMME_ENTRIES } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';
import { scriptedSave } from '../../fixtures/scriptedSave';

const FOCUS_AREAS = (assembleProgramme(PROGRAMME_ENTRIES) as Programme).focusAreas;
const LINK: KnowledgeLink = {
  id: 7,
  focusArea: 'welfare',
  kind: 'material',
  title: { sv: 'Broschyr om bemötande', en: 'Brochure on treatment' },
  url: 'https://start.stockholm/bemotande',
  description: { sv: '', en: '' },
  etag: '"1"'
};

function repository(remove: (id: number) => Promise<void> = async () => undefined): KnowledgeLinkRepository & { saved: KnowledgeLink[]; removed: number[] } {
  const { saved, save } = scriptedSave<KnowledgeLink>([], (stored) => ({ ...stored, id: stored.id || 8, etag: '"2"' }));
  const removed: number[] = [];
  return {
    saved,
    removed,
    save,
    remove: async (id) => {
      await remove(id);
      removed.push(id);
    }
  };
}

describe.each(LANGUAGES)('KnowledgeLinksEditor (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const field = (label: string): HTMLInputElement => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input, textarea, select' }) as HTMLInputElement;
  const type = (label: string, value: string): void => void fireEvent.change(field(label), { target: { value } });
  const save = (): void => void fireEvent.click(screen.getByText(strings.editSave, { selector: 'button' }));

  it('adds a link, refusing a malformed address with a message and keeping everything typed', async () => {
    const repo = repository();
    const onChanged = jest.fn();
    renderInProviders(language, <KnowledgeLinksEditor links={[]} focusAreas={FOCUS_AREAS} repository={repo} onChanged={onChanged} />);
    expect(screen.getByText(strings.contentKnowledgeEmpty)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.contentKnowledgeAdd }));
    fireEvent.change(field(strings.contentKnowledgeFocusArea), { target: { value: 'participation' } });
    fireEvent.click(screen.getByRole('radio', { name: strings.knowledgeKindMethod }));
    type(strings.contentKnowledgeTitleSv, 'Metod för delaktighet');
    type(strings.contentKnowledgeUrl, 'start.stockholm/metod');
    save();

    expect(await screen.findByText(validationMessage({ field: 'url', code: 'notAUrl' }, language, strings.contentKnowledgeUrl))).toBeTruthy();
    expect(repo.saved).toEqual([]);
    expect(field(strings.contentKnowledgeUrl).value).toBe('start.stockholm/metod');
    expect(field(strings.contentKnowledgeTitleSv).value).toBe('Metod för delaktighet');

    type(strings.contentKnowledgeUrl, 'https://start.stockholm/metod');
    save();
    expect(await screen.findByText(strings.contentSaved)).toBeTruthy();
    expect(repo.saved).toEqual([
      expect.objectContaining({ id: 0, focusArea: 'participation', kind: 'method', title: { sv: 'Metod för delaktighet', en: '' }, url: 'https://start.stockholm/metod' })
    ]);
    expect(onChanged).toHaveBeenCalled();
  });

  it('edits a link and requires its Swedish title', async () => {
    const repo = repository();
    renderInProviders(language, <KnowledgeLinksEditor links={[LINK]} focusAreas={FOCUS_AREAS} repository={repo} onChanged={jest.fn()} />);
    const title = LINK.title[language];
    fireEvent.click(screen.getByRole('button', { name: fill(strings.contentEditNamed, { name: title }) }));
    type(strings.contentKnowledgeTitleSv, '');
    save();
    expect(await screen.findByText(validationMessage({ field: 'title.sv', code: 'required' }, language, strings.contentKnowledgeTitleSv))).toBeTruthy();
    type(strings.contentKnowledgeTitleSv, 'Broschyr om likvärdigt bemötande');
    save();
    expect(await screen.findByText(strings.contentSaved)).toBeTruthy();
    expect(repo.saved.at(-1)).toEqual(expect.objectContaining({ id: LINK.id, etag: LINK.etag, title: { ...LINK.title, sv: 'Broschyr om likvärdigt bemötande' } }));
  });

  it('removes a link and says where it went; a refused removal keeps it and says why', async () => {
    const repo = repository();
    const { unmount } = renderInProviders(language, <KnowledgeLinksEditor links={[LINK]} focusAreas={FOCUS_AREAS} repository={repo} onChanged={jest.fn()} />);
    const title = LINK.title[language];
    fireEvent.click(screen.getByRole('button', { name: fill(strings.contentKnowledgeRemoveNamed, { name: title }) }));
    expect(await screen.findByText(fill(strings.contentKnowledgeRemoved, { name: title }))).toBeTruthy();
    expect(repo.removed).toEqual([LINK.id]);
    expect(screen.queryByRole('button', { name: fill(strings.contentKnowledgeRemoveNamed, { name: title }) })).toBeNull();
    unmount();

    const refusing = repository(async () => {
      throw new AccessDeniedError();
    });
    renderInProviders(language, <KnowledgeLinksEditor links={[LINK]} focusAreas={FOCUS_AREAS} repository={refusing} onChanged={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: fill(strings.contentKnowledgeRemoveNamed, { name: title }) }));
    expect(await screen.findByText(strings.editAccessDenied)).toBeTruthy();
    const list = screen.getByRole('list', { name: FOCUS_AREAS[1].title[language] });
    expect(within(list).getByText(title)).toBeTruthy();
  });
});
