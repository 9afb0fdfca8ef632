import * as React from 'react';
import { Button, Combobox, Field, Option } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import type { PersonCandidate, UnitPeopleRepository } from '../../../app';
import { useLocalization } from '../../loc';
import { usePersonSearch } from './usePersonSearch';
import { useUnitPeopleEditorStyles } from './useUnitPeopleEditorStyles';

export interface PersonPickerProps {
  repository: UnitPeopleRepository;
  /** Whether a user is named in the unit already: shown, but not offered again. */
  alreadyIn: (person: PersonCandidate) => boolean;
  busy: boolean;
  /** The field's message when the last add was refused. */
  validationMessage?: string;
  /** Adds the chosen person; resolves true when saved, and the picker empties. */
  onAdd: (person: PersonCandidate) => Promise<boolean>;
}

/** A people picker over the data site's users: type a name or e-mail, choose, add. */
export function PersonPicker({ repository, alreadyIn, busy, validationMessage, onAdd }: PersonPickerProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useUnitPeopleEditorStyles();
  const search = usePersonSearch(repository);
  const { candidates, chosen } = search;
  // Open while the person types (pasted text too), closed once they chose.
  const [open, setOpen] = React.useState(false);

  const add = (): void => {
    if (chosen === undefined) return;
    // Never rejects: the use case turns every failure into an outcome, which the screen shows.
    void onAdd(chosen).then((saved) => {
      if (saved) search.clear();
    });
  };

  return (
    <div className={styles.addRow}>
      <Field
        label={strings.peopleAddLabel}
        hint={search.failed ? undefined : strings.peopleAddHint}
        validationMessage={search.failed ? strings.peopleSearchFailed : validationMessage}
        validationState={search.failed || validationMessage !== undefined ? 'error' : 'none'}
        className={styles.grow}
      >
        <Combobox
          placeholder={strings.peopleAddPlaceholder}
          value={search.query}
          selectedOptions={chosen ? [chosen.loginName] : []}
          disabled={busy}
          open={open && candidates !== undefined}
          onOpenChange={(_event, data) => setOpen(data.open)}
          onChange={(event) => {
            search.setQuery(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_event, data) => {
            search.choose(data.optionValue);
            setOpen(false);
          }}
        >
          {(candidates ?? []).map((person) => {
            const inUnit = alreadyIn(person);
            return (
              <Option key={person.loginName} value={person.loginName} text={person.name} disabled={inUnit}>
                <span className={styles.candidate}>
                  <span>{inUnit ? fill(strings.peopleAlreadyIn, { name: person.name }) : person.name}</span>
                  {person.email !== undefined && <span className={styles.meta}>{person.email}</span>}
                </span>
              </Option>
            );
          })}
          {candidates?.length === 0 && (
            <Option value="" text="" disabled>
              {fill(strings.peopleSearchNoMatch, { query: search.query.trim() })}
            </Option>
          )}
        </Combobox>
      </Field>
      <Button appearance="primary" icon={<PersonAddRegular />} disabled={chosen === undefined || busy} onClick={add}>
        {strings.peopleAdd}
      </Button>
    </div>
  );
}
