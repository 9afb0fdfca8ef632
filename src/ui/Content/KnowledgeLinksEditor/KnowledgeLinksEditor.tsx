import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { KnowledgeLinkRepository, saveProblemOf, SaveProblem } from '../../../app';
import { emptyKnowledgeLink, KNOWLEDGE_KINDS, KnowledgeKind, KnowledgeLink, knowledgeByFocusArea, validateKnowledgeLink } from '../../../domain/knowledgeLink';
import { FOCUS_AREAS, FocusAreaKey, ProgrammeEntry, programmeEntryKey } from '../../../domain/programme';
import { ComparedField, EditorForm, saveProblemText, useEditForm, useFieldMessage, useListEditing } from '../../shared/Editors';
import { useKnowledgeKindLabel } from '../../Knowledge';
import { useLocalization } from '../../loc';
import { SavedNotice } from '../SavedNotice';
import { useContentStyles } from '../useContentStyles';

export interface KnowledgeLinksEditorProps {
  links: readonly KnowledgeLink[];
  /** The programme's focus areas, for their names. */
  focusAreas: readonly ProgrammeEntry[];
  repository: KnowledgeLinkRepository;
  /** Called after a save, so the links are read again. */
  onChanged: () => void;
}

function useAreaTitle(focusAreas: readonly ProgrammeEntry[]): (area: FocusAreaKey) => string {
  const { text } = useLocalization();
  return (area) => {
    const entry = focusAreas.find((candidate) => candidate.key === programmeEntryKey('focusArea', area));
    return entry === undefined ? area : text(entry.title);
  };
}

interface LinkFormProps {
  link: KnowledgeLink;
  focusAreas: readonly ProgrammeEntry[];
  repository: KnowledgeLinkRepository;
  onDone: () => void;
  onCancel: () => void;
}

/** One link: its focus area, kind, address, and title and description in both languages. */
export function KnowledgeLinkForm({ link, focusAreas, repository, onDone, onCancel }: LinkFormProps): React.ReactElement {
  const { strings, text } = useLocalization();
  const kindLabel = useKnowledgeKindLabel();
  const areaTitle = useAreaTitle(focusAreas);
  const form = useEditForm<KnowledgeLink>({ initial: link, validate: validateKnowledgeLink, save: (value) => repository.save(value), onSaved: onDone });
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const compare = (theirs: KnowledgeLink, mine: KnowledgeLink): ComparedField[] => [
    { label: strings.contentKnowledgeFocusArea, theirs: areaTitle(theirs.focusArea), mine: areaTitle(mine.focusArea) },
    { label: strings.contentKnowledgeKind, theirs: kindLabel(theirs.kind), mine: kindLabel(mine.kind) },
    { label: strings.contentKnowledgeUrl, theirs: theirs.url, mine: mine.url },
    { label: strings.contentKnowledgeTitleSv, theirs: theirs.title.sv, mine: mine.title.sv },
    { label: strings.contentKnowledgeTitleEn, theirs: theirs.title.en, mine: mine.title.en },
    { label: strings.contentDescriptionSv, theirs: theirs.description.sv, mine: mine.description.sv },
    { label: strings.contentDescriptionEn, theirs: theirs.description.en, mine: mine.description.en }
  ];
  return (
    <EditorForm heading={link.id === 0 ? strings.contentKnowledgeNew : text(link.title)} form={form} compare={compare} onCancel={onCancel}>
      <Field label={strings.contentKnowledgeFocusArea} required validationMessage={message('focusArea', strings.contentKnowledgeFocusArea)}>
        <Select value={value.focusArea} onChange={(_event, data) => change({ focusArea: data.value as FocusAreaKey })}>
          {FOCUS_AREAS.map((area) => (
            <option key={area} value={area}>
              {areaTitle(area)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.contentKnowledgeKind} required validationMessage={message('kind', strings.contentKnowledgeKind)}>
        <RadioGroup value={value.kind} onChange={(_event, data) => change({ kind: data.value as KnowledgeKind })}>
          {KNOWLEDGE_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={kindLabel(kind)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={strings.contentKnowledgeTitleSv} required validationMessage={message('title.sv', strings.contentKnowledgeTitleSv)}>
        <Input lang="sv" value={value.title.sv} onChange={(_event, data) => change({ title: { ...value.title, sv: data.value } })} />
      </Field>
      <Field label={strings.contentKnowledgeTitleEn} validationMessage={message('title.en', strings.contentKnowledgeTitleEn)}>
        <Input lang="en" value={value.title.en} onChange={(_event, data) => change({ title: { ...value.title, en: data.value } })} />
      </Field>
      <Field label={strings.contentKnowledgeUrl} required hint={strings.contentKnowledgeUrlHint} validationMessage={message('url', strings.contentKnowledgeUrl)}>
        <Input type="url" value={value.url} onChange={(_event, data) => change({ url: data.value })} />
      </Field>
      <Field label={strings.contentDescriptionSv} validationMessage={message('description.sv', strings.contentDescriptionSv)}>
        <Textarea lang="sv" resize="vertical" value={value.description.sv} onChange={(_event, data) => change({ description: { ...value.description, sv: data.value } })} />
      </Field>
      <Field label={strings.contentDescriptionEn} validationMessage={message('description.en', strings.contentDescriptionEn)}>
        <Textarea lang="en" resize="vertical" value={value.description.en} onChange={(_event, data) => change({ description: { ...value.description, en: data.value } })} />
      </Field>
    </EditorForm>
  );
}

/** Kunskap och stöd: every link under its focus area, each to edit or remove, and a new one to add. */
export function KnowledgeLinksEditor({ links, focusAreas, repository, onChanged }: KnowledgeLinksEditorProps): React.ReactElement {
  const { strings, fill, text } = useLocalization();
  const styles = useContentStyles();
  const kindLabel = useKnowledgeKindLabel();
  const areaTitle = useAreaTitle(focusAreas);
  const list = useListEditing<KnowledgeLink>(onChanged);
  const [removal, setRemoval] = React.useState<{ name: string; outcome: 'removed' | SaveProblem }>();
  // Removed here and now: the list is not read again, so the message saying so stays on screen.
  const [removedIds, setRemovedIds] = React.useState<ReadonlySet<number>>(new Set());

  const remove = (link: KnowledgeLink): void => {
    list.clearSaved();
    setRemoval(undefined);
    const name = text(link.title);
    repository.remove(link.id).then(
      () => {
        setRemoval({ name, outcome: 'removed' });
        setRemovedIds((ids) => new Set([...ids, link.id]));
      },
      (error: unknown) => setRemoval({ name, outcome: saveProblemOf(error) })
    );
  };

  if (list.editing) {
    return <KnowledgeLinkForm link={list.editing} focusAreas={focusAreas} repository={repository} onCancel={list.cancel} onDone={list.done} />;
  }
  const groups = knowledgeByFocusArea(links.filter((link) => !removedIds.has(link.id)));
  return (
    <>
      <SavedNotice shown={list.saved} />
      {removal !== undefined && (
        <MessageBar intent={removal.outcome === 'removed' ? 'success' : 'error'} role={removal.outcome === 'removed' ? 'status' : 'alert'} layout="multiline">
          <MessageBarBody>
            {removal.outcome === 'removed' ? fill(strings.contentKnowledgeRemoved, { name: removal.name }) : saveProblemText(removal.outcome, strings)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <Button
          icon={<AddRegular />}
          onClick={() => {
            setRemoval(undefined);
            list.start(emptyKnowledgeLink(FOCUS_AREAS[0]));
          }}
        >
          {strings.contentKnowledgeAdd}
        </Button>
      </div>
      {groups.length === 0 && <p>{strings.contentKnowledgeEmpty}</p>}
      {groups.map(({ area, links: areaLinks }) => (
        <ul key={area} className={styles.list} aria-label={areaTitle(area)}>
          {areaLinks.map((link) => {
            const title = text(link.title);
            return (
              <li key={link.id} className={styles.row}>
                <span className={styles.rowText}>
                  <span className={styles.rowName}>{title}</span>
                  <span className={styles.rowMeta}>
                    {areaTitle(area)} · {kindLabel(link.kind)} · {link.url}
                  </span>
                </span>
                <Button size="small" icon={<EditRegular />} aria-label={fill(strings.contentEditNamed, { name: title })} onClick={() => list.start(link)}>
                  {strings.contentEdit}
                </Button>
                <Button size="small" icon={<DeleteRegular />} aria-label={fill(strings.contentKnowledgeRemoveNamed, { name: title })} onClick={() => remove(link)}>
                  {strings.contentKnowledgeRemove}
                </Button>
              </li>
            );
          })}
        </ul>
      ))}
    </>
  );
}
