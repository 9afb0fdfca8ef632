import * as React from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import type { UnitRepository } from '../../../app';
import { Unit, UNIT_TYPES, UnitType, validateUnit } from '../../../domain/unit';
import { unitsInOrder, unitWithPath } from '../../shared/UnitPicker';
import { ComparedField, EditorForm, useEditForm, useFieldMessage, useListEditing } from '../../shared/Editors';
import { useLocalization } from '../../loc';
import { SavedNotice } from '../SavedNotice';
import { useContentStyles } from '../useContentStyles';

export interface UnitsEditorProps {
  units: readonly Unit[];
  repository: UnitRepository;
  /** Called after a save (or after keeping another editor's version), so the list is read again. */
  onChanged: () => void;
}

const blankUnit = (): Unit => ({ id: 0, name: '', type: 'team', memberIds: [] });

function useUnitTypeLabel(): (type: UnitType) => string {
  const { strings } = useLocalization();
  const labels: Record<UnitType, string> = {
    executiveBoard: strings.unitTypeExecutiveBoard,
    committee: strings.unitTypeCommittee,
    districtCommittee: strings.unitTypeDistrictCommittee,
    companyBoard: strings.unitTypeCompanyBoard,
    administration: strings.unitTypeAdministration,
    team: strings.unitTypeTeam
  };
  return (type) => labels[type];
}

interface UnitFormProps {
  unit: Unit;
  units: readonly Unit[];
  repository: UnitRepository;
  onDone: () => void;
  onCancel: () => void;
}

/** One unit's name, type, parent and Teams group; a parent that would put the unit under itself is refused. */
export function UnitForm({ unit, units, repository, onDone, onCancel }: UnitFormProps): React.ReactElement {
  const { strings } = useLocalization();
  const typeLabel = useUnitTypeLabel();
  const byId = React.useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const form = useEditForm<Unit>({
    initial: unit,
    validate: (value) => validateUnit(value, byId),
    save: (value) => repository.save(value),
    onSaved: onDone
  });
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const nameOf = (id: number | undefined): string => (id === undefined ? '' : byId.get(id)?.name ?? String(id));
  const compare = (theirs: Unit, mine: Unit): ComparedField[] => [
    { label: strings.contentUnitName, theirs: theirs.name, mine: mine.name },
    { label: strings.contentUnitType, theirs: typeLabel(theirs.type), mine: typeLabel(mine.type) },
    { label: strings.contentUnitParent, theirs: nameOf(theirs.parentId), mine: nameOf(mine.parentId) },
    { label: strings.contentUnitTeamsGroup, theirs: theirs.teamsGroupId ?? '', mine: mine.teamsGroupId ?? '' }
  ];
  return (
    <EditorForm heading={unit.id === 0 ? strings.contentUnitNew : strings.contentUnitEditHeading} form={form} compare={compare} onCancel={onCancel}>
      <Field label={strings.contentUnitName} required validationMessage={message('name', strings.contentUnitName)}>
        <Input value={value.name} onChange={(_event, data) => change({ name: data.value })} />
      </Field>
      <Field label={strings.contentUnitType} validationMessage={message('type', strings.contentUnitType)}>
        <Select value={value.type} onChange={(_event, data) => change({ type: data.value as UnitType })}>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.contentUnitParent} hint={strings.contentUnitParentHint} validationMessage={message('parentId', strings.contentUnitParent)}>
        <Select
          value={value.parentId === undefined ? '' : String(value.parentId)}
          onChange={(_event, data) => change({ parentId: data.value === '' ? undefined : Number(data.value) })}
        >
          <option value="">{strings.contentUnitParentNone}</option>
          {unitsInOrder(units)
            .filter((entry) => entry.unit.id !== value.id)
            .map((entry) => (
              <option key={entry.unit.id} value={entry.unit.id}>
                {unitWithPath(entry)}
              </option>
            ))}
        </Select>
      </Field>
      <Field
        label={strings.contentUnitTeamsGroup}
        hint={strings.contentUnitTeamsGroupHint}
        validationMessage={message('teamsGroupId', strings.contentUnitTeamsGroup)}
      >
        <Input
          value={value.teamsGroupId ?? ''}
          onChange={(_event, data) => change({ teamsGroupId: data.value.trim() === '' ? undefined : data.value.trim() })}
        />
      </Field>
    </EditorForm>
  );
}

/** The units: add one, rename, move under another, map a team's Microsoft 365 group. */
export function UnitsEditor({ units, repository, onChanged }: UnitsEditorProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useContentStyles();
  const typeLabel = useUnitTypeLabel();
  const list = useListEditing<Unit>(onChanged);
  // In the organisation's order, each unit after what it belongs to (Swedish collation), as the unit picker lists them.
  const entries = unitsInOrder(units);

  if (list.editing) return <UnitForm unit={list.editing} units={units} repository={repository} onCancel={list.cancel} onDone={list.done} />;
  const { start } = list;
  return (
    <>
      <SavedNotice shown={list.saved} />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => start(blankUnit())}>
          {strings.contentUnitNew}
        </Button>
      </div>
      <ul className={styles.list} aria-label={strings.contentSectionUnits}>
        {entries.map(({ unit, path }) => (
          <li key={unit.id} className={styles.row}>
            <span className={styles.rowText}>
              <span className={styles.rowName}>{unit.name}</span>
              <span className={styles.rowMeta}>
                {typeLabel(unit.type)}
                {path.length > 0 && ` · ${path.join(' › ')}`}
                {unit.teamsGroupId !== undefined && ` · ${strings.contentUnitMapped}`}
              </span>
            </span>
            <Button size="small" icon={<EditRegular />} aria-label={fill(strings.contentEditNamed, { name: unit.name })} onClick={() => start(unit)}>
              {strings.contentEdit}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
