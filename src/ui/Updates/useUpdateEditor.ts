import * as React from 'react';
import type { UpdateRepository } from '../../app';
import { Update, UpdateStatus, validateUpdate } from '../../domain/update';
import { EditForm, useEditForm } from '../shared/Editors';
import { nowToTheMinute } from './localTime';

export interface UpdateEditorState {
  form: EditForm<Update>;
  previewing: boolean;
  togglePreview: () => void;
  /** Publishing starts now unless the person sets a later time; a draft keeps its time for when it is published again. */
  setStatus: (status: UpdateStatus) => void;
}

export function useUpdateEditor(update: Update, repository: UpdateRepository, onSaved: (saved: Update) => void): UpdateEditorState {
  const form = useEditForm<Update>({ initial: update, validate: validateUpdate, save: (value) => repository.save(value), onSaved });
  const [previewing, setPreviewing] = React.useState(false);
  return {
    form,
    previewing,
    togglePreview: () => setPreviewing((shown) => !shown),
    setStatus: (status) =>
      form.change(
        status === 'published' && form.value.publishAt === undefined ? { status, publishAt: nowToTheMinute(new Date()) } : { status }
      )
  };
}
