import * as React from 'react';
import { Button, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import { DeleteRegular, HistoryRegular } from '@fluentui/react-icons';
import { AssignmentField, MAX_EVIDENCE_LINKS } from '../../../domain/itemAssignment';
import { validationMessage } from '../../../domain/validation';
import { useLocalization } from '../../loc';
import type { ItemAssignmentEditorProps } from './ItemAssignment.types';
import { useItemAssignmentEditor } from './useItemAssignmentEditor';
import { useItemAssignmentStyles } from './useItemAssignmentStyles';

const NO_OWNER = '';

/** Owner, due date, evidence links and history of one item, each change saved at once. */
export function ItemAssignmentEditor(props: ItemAssignmentEditorProps): React.ReactElement {
  const { itemTitle, assignment, people, saveState, readOnly, onClose } = props;
  const state = useItemAssignmentEditor(props);
  const styles = useItemAssignmentStyles();
  const { strings, fill, formatDate, formatDateTime, language } = useLocalization();
  const fieldName: Record<AssignmentField, string> = {
    owner: strings.assignmentFieldOwner,
    dueDate: strings.assignmentFieldDueDate,
    evidence: strings.assignmentFieldEvidence
  };
  const shown = (field: AssignmentField, value: string | undefined): string =>
    value === undefined ? strings.assignmentHistoryEmptyValue : field === 'dueDate' ? formatDate(value) : value;
  const owners = assignment.owner === undefined || people.some((p) => p.id === assignment.owner?.id) ? people : [assignment.owner, ...people];
  const saveMessage = {
    idle: undefined,
    saving: strings.assignmentSaving,
    saved: strings.assignmentSaved,
    conflict: strings.assignmentConflict,
    refused: strings.assignmentRefused,
    failed: strings.assignmentFailed
  }[saveState];

  return (
    <div className={styles.editor} role="group" aria-label={fill(strings.assignmentOpenFor, { item: itemTitle })}>
      <Field label={strings.assignmentOwnerLabel} hint={strings.assignmentOwnerHint}>
        <Dropdown
          disabled={readOnly}
          value={assignment.owner?.name ?? strings.assignmentNoOwner}
          selectedOptions={[assignment.owner === undefined ? NO_OWNER : String(assignment.owner.id)]}
          onOptionSelect={(_, data) => state.setOwner(data.optionValue === NO_OWNER || data.optionValue === undefined ? undefined : Number(data.optionValue))}
        >
          <Option value={NO_OWNER}>{strings.assignmentNoOwner}</Option>
          {owners.map((person) => (
            <Option key={person.id} value={String(person.id)}>
              {person.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={strings.assignmentDueLabel}
          validationState={state.duePast ? 'warning' : 'none'}
          validationMessage={state.duePast ? strings.assignmentPastDue : undefined}
        >
          <Input type="date" disabled={readOnly} value={state.dueDraft} onChange={(_, data) => state.setDueDraft(data.value)} onBlur={state.saveDue} />
        </Field>
        {!readOnly && assignment.dueDate !== undefined && <Button onClick={state.clearDue}>{strings.assignmentClearDue}</Button>}
      </div>
      <section aria-label={strings.assignmentEvidenceTitle} className={styles.editor}>
        <p className={styles.heading}>{strings.assignmentEvidenceTitle}</p>
        {assignment.evidence.length === 0 ? (
          <p className={styles.status}>{strings.assignmentNoEvidence}</p>
        ) : (
          <ul className={styles.list}>
            {assignment.evidence.map((link) => (
              <li key={`${link.url}\t${link.title}`} className={styles.link}>
                <Link href={link.url} target="_blank" rel="noopener noreferrer" className={styles.linkText}>
                  {link.title}
                </Link>
                {!readOnly && (
                  <Button appearance="subtle" icon={<DeleteRegular />} aria-label={fill(strings.assignmentRemoveEvidence, { title: link.title })} onClick={() => state.removeLink(link)} />
                )}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <>
            <Field
              label={strings.assignmentEvidenceUrl}
              validationState={state.linkIssue !== undefined || state.tooMany ? 'error' : 'none'}
              validationMessage={
                state.tooMany
                  ? fill(strings.assignmentEvidenceTooMany, { max: MAX_EVIDENCE_LINKS })
                  : state.linkIssue && validationMessage(state.linkIssue, language, strings.assignmentEvidenceUrl)
              }
            >
              <Input type="url" inputMode="url" value={state.urlDraft} onChange={(_, data) => state.setUrlDraft(data.value)} />
            </Field>
            <Field label={strings.assignmentEvidenceName}>
              <Input value={state.nameDraft} onChange={(_, data) => state.setNameDraft(data.value)} />
            </Field>
            <div className={styles.row}>
              <Button disabled={state.tooMany} onClick={state.addLink}>
                {strings.assignmentAddEvidence}
              </Button>
            </div>
          </>
        )}
      </section>
      <div aria-live="polite">
        {saveMessage !== undefined && (
          <MessageBar intent={saveState === 'saved' || saveState === 'saving' ? 'info' : 'error'} layout="multiline">
            <MessageBarBody>{saveMessage}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.row}>
        <Button icon={<HistoryRegular />} aria-expanded={state.historyOpen} onClick={state.toggleHistory}>
          {state.historyOpen ? strings.assignmentHistoryHide : strings.assignmentHistoryShow}
        </Button>
        <Button onClick={onClose}>{strings.assignmentClose}</Button>
      </div>
      {state.historyOpen && (
        <section aria-label={strings.assignmentHistoryTitle}>
          {state.historyFailed && <p className={styles.status}>{strings.assignmentFailed}</p>}
          {state.history?.length === 0 && <p className={styles.status}>{strings.assignmentHistoryEmpty}</p>}
          <ul className={styles.list}>
            {(state.history ?? []).map((entry) => (
              <li key={entry.version}>
                <p className={styles.historyEntry}>
                  {fill(strings.assignmentHistoryEntry, { name: entry.by?.name ?? strings.checklistSomeone, time: formatDateTime(entry.at) })}
                </p>
                {entry.changes.map((change) => (
                  <p key={change.field} className={styles.historyEntry}>
                    {fill(strings.assignmentHistoryChange, { field: fieldName[change.field], before: shown(change.field, change.before), after: shown(change.field, change.after) })}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
