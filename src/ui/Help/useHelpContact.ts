import * as React from 'react';
import { saveContent, SaveProblem } from '../../app';
import type { ValidationIssue } from '../../domain/validation';
import { HelpContact, validateHelpContact } from '../../domain/helpContact';
import type { HelpContactProps, HelpContactState } from './HelpContact.types';

/** "Hjälp och kontakt": open and closed, and for editors a draft saved through the one content save. */
export function useHelpContact({ help: stored, repository }: HelpContactProps): HelpContactState {
  const [help, setHelp] = React.useState(stored);
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState<HelpContact>();
  const [saving, setSaving] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [problem, setProblem] = React.useState<SaveProblem>();
  React.useEffect(() => setHelp(stored), [stored]);

  const save = (): void => {
    if (draft === undefined) return;
    setSaving(true);
    setProblem(undefined);
    void saveContent({ draft, validate: validateHelpContact, save: (value) => repository.saveHelp(value) }).then((outcome) => {
      setSaving(false);
      if (outcome.kind === 'saved') {
        setHelp(outcome.saved);
        setDraft(undefined);
        setIssues([]);
        setSaved(true);
      } else if (outcome.kind === 'invalid') setIssues(outcome.issues);
      // The help text has no versions: the last save wins, so there is no conflict to show.
      else if (outcome.kind === 'failed') setProblem(outcome.problem);
    });
  };

  return {
    help,
    open,
    toggle: () => setOpen((value) => !value),
    draft,
    edit: () => {
      setSaved(false);
      setDraft({ sv: help?.sv ?? '', en: help?.en ?? '' });
    },
    change: (part) => setDraft((value) => (value === undefined ? value : { ...value, ...part })),
    save,
    cancel: () => {
      setDraft(undefined);
      setIssues([]);
      setProblem(undefined);
    },
    saving,
    saved,
    issues,
    problem
  };
}
