import * as React from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, EditRegular } from '@fluentui/react-icons';
import { AccessDeniedError, ActionPlanRepository, Loaded } from '../../../app';
import type { ActionPlan } from '../../../domain/actionPlan';
import { ChecklistItem, sortItems, validateChecklistItem } from '../../../domain/checklist';
import { FOCUS_AREAS, FocusAreaKey, STAIRCASE_STEPS, StaircaseStepNumber } from '../../../domain/programme';
import { useLoad } from '../../shared';
import { ActionPlanPicker, ComparedField, EditorForm, useEditForm, useFieldMessage, useListEditing } from '../../shared/Editors';
import { useLocalization } from '../../loc';
import { ErrorState } from '../../shared/states/ErrorState';
import { LoadingState } from '../../shared/states/LoadingState';
import { RowProblems } from '../../shared/states/RowProblems';
import { SavedNotice } from '../SavedNotice';
import { useContentStyles } from '../useContentStyles';

export interface ChecklistItemsEditorProps {
  plans: readonly ActionPlan[];
  repository: ActionPlanRepository;
  siteUrl: string;
}

function useFocusAreaLabel(): (area: FocusAreaKey) => string {
  const { strings } = useLocalization();
  const labels: Record<FocusAreaKey, string> = {
    knowledge: strings.contentFocusKnowledge,
    welfare: strings.contentFocusWelfare,
    participation: strings.contentFocusParticipation
  };
  return (area) => labels[area];
}

interface ItemFormProps {
  item: ChecklistItem;
  repository: ActionPlanRepository;
  onDone: () => void;
  onCancel: () => void;
}

/** One item's titles, focus area, staircase step, place and whether it is in use. */
export function ItemForm({ item, repository, onDone, onCancel }: ItemFormProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const focusLabel = useFocusAreaLabel();
  const form = useEditForm<ChecklistItem>({ initial: item, validate: validateChecklistItem, save: (value) => repository.saveItem(value), onSaved: onDone });
  const message = useFieldMessage(form.issues);
  const { value, change } = form;
  const step = (i: ChecklistItem): string => (i.staircaseStep === undefined ? '' : fill(strings.contentItemStepNumber, { step: i.staircaseStep }));
  const active = (i: ChecklistItem): string => (i.active ? strings.contentItemInUse : strings.contentItemRetired);
  const compare = (theirs: ChecklistItem, mine: ChecklistItem): ComparedField[] => [
    { label: strings.contentTitleSv, theirs: theirs.title.sv, mine: mine.title.sv },
    { label: strings.contentTitleEn, theirs: theirs.title.en, mine: mine.title.en },
    { label: strings.contentItemFocusArea, theirs: focusLabel(theirs.focusArea), mine: focusLabel(mine.focusArea) },
    { label: strings.contentItemStep, theirs: step(theirs), mine: step(mine) },
    { label: strings.contentItemOrder, theirs: String(theirs.order), mine: String(mine.order) },
    { label: strings.contentItemActive, theirs: active(theirs), mine: active(mine) }
  ];
  return (
    <EditorForm heading={item.id === 0 ? strings.contentItemNew : strings.contentItemEditHeading} form={form} compare={compare} onCancel={onCancel}>
      <Field label={strings.contentTitleSv} required validationMessage={message('title.sv', strings.contentTitleSv)}>
        <Input lang="sv" value={value.title.sv} onChange={(_event, data) => change({ title: { ...value.title, sv: data.value } })} />
      </Field>
      <Field label={strings.contentTitleEn} validationMessage={message('title.en', strings.contentTitleEn)}>
        <Input lang="en" value={value.title.en} onChange={(_event, data) => change({ title: { ...value.title, en: data.value } })} />
      </Field>
      <Field label={strings.contentItemFocusArea} validationMessage={message('focusArea', strings.contentItemFocusArea)}>
        <Select value={value.focusArea} onChange={(_event, data) => change({ focusArea: data.value as FocusAreaKey })}>
          {FOCUS_AREAS.map((area) => (
            <option key={area} value={area}>
              {focusLabel(area)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.contentItemStep} validationMessage={message('staircaseStep', strings.contentItemStep)}>
        <Select
          value={value.staircaseStep === undefined ? '' : String(value.staircaseStep)}
          onChange={(_event, data) => change({ staircaseStep: data.value === '' ? undefined : (Number(data.value) as StaircaseStepNumber) })}
        >
          <option value="">{strings.contentItemStepNone}</option>
          {STAIRCASE_STEPS.map((n) => (
            <option key={n} value={n}>
              {fill(strings.contentItemStepNumber, { step: n })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.contentItemOrder} hint={strings.contentItemOrderHint} validationMessage={message('order', strings.contentItemOrder)}>
        <Input
          type="number"
          inputMode="numeric"
          value={Number.isNaN(value.order) ? '' : String(value.order)}
          onChange={(_event, data) => change({ order: data.value.trim() === '' ? Number.NaN : Number(data.value) })}
        />
      </Field>
      <Field hint={strings.contentItemActiveHint}>
        <Checkbox label={strings.contentItemActive} checked={value.active} onChange={(_event, data) => change({ active: data.checked === true })} />
      </Field>
    </EditorForm>
  );
}

interface PlanItemsProps {
  plan: ActionPlan;
  repository: ActionPlanRepository;
  siteUrl: string;
}

/** One plan's items: add, edit, move up or down (stored in one batch), retire and reactivate. */
function PlanItems({ plan, repository, siteUrl }: PlanItemsProps): React.ReactElement {
  const { strings, fill, text } = useLocalization();
  const styles = useContentStyles();
  const focusLabel = useFocusAreaLabel();
  const loader = useLoad((): Promise<Loaded<ChecklistItem[]>> => repository.items(plan.id), [repository, plan.id]);
  // A failed move, told until the person does something else.
  const [moveProblem, setMoveProblem] = React.useState<'accessDenied' | 'failed'>();
  const [moving, setMoving] = React.useState(false);
  // The order as last stored by a move, so the list stays in place (and focus with it) rather than reloading.
  const [reordered, setReordered] = React.useState<ChecklistItem[]>();
  const [focusAfterMove, setFocusAfterMove] = React.useState<{ id: number; by: -1 | 1 }>();
  const listRef = React.useRef<HTMLOListElement>(null);
  const { state } = loader;
  const reload = (): void => {
    setReordered(undefined);
    loader.reload();
  };
  const list = useListEditing<ChecklistItem>(reload);

  React.useEffect(() => {
    if (focusAfterMove === undefined || listRef.current === null) return;
    const buttons = [`[data-move="${focusAfterMove.by}"]`, `[data-move="${-focusAfterMove.by}"]`].map((selector) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-item="${focusAfterMove.id}"] ${selector}`)
    );
    // The same arrow keeps focus; at the end of the list, where it is disabled, the other one takes it.
    (buttons.find((button) => button && !button.disabled) ?? undefined)?.focus();
    setFocusAfterMove(undefined);
  }, [focusAfterMove]);

  if (state.status === 'loading') return <LoadingState rows={4} />;
  if (state.status === 'failed') return <ErrorState error={state.error} siteUrl={siteUrl} onRetry={reload} />;
  const items = reordered ?? sortItems(state.value.value);

  if (list.editing) {
    const done = (): void => {
      setMoveProblem(undefined);
      list.done();
    };
    return <ItemForm item={list.editing} repository={repository} onCancel={list.cancel} onDone={done} />;
  }

  const start = (item: ChecklistItem): void => {
    setMoveProblem(undefined);
    list.start(item);
  };
  const move = (index: number, by: -1 | 1): void => {
    // One move at a time: the next is computed from the order the last one stored.
    if (moving) return;
    const ids = items.map((item) => item.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    setMoveProblem(undefined);
    list.clearSaved();
    setMoving(true);
    const moved = items[index];
    repository.reorderItems(ids).then(
      () => {
        setMoving(false);
        setReordered(ids.map((id, order) => ({ ...(items.find((item) => item.id === id) as ChecklistItem), order })));
        setFocusAfterMove({ id: moved.id, by });
      },
      (error: unknown) => {
        setMoving(false);
        setMoveProblem(error instanceof AccessDeniedError ? 'accessDenied' : 'failed');
      }
    );
  };
  const newItem = (): ChecklistItem => ({
    id: 0,
    planId: plan.id,
    focusArea: 'knowledge',
    order: items.reduce((max, item) => Math.max(max, item.order + 1), 0),
    title: { sv: '', en: '' },
    active: true,
    isExample: false
  });

  return (
    <>
      <RowProblems problems={state.value.problems} />
      <SavedNotice shown={list.saved} />
      {moveProblem !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{moveProblem === 'accessDenied' ? strings.editAccessDenied : strings.contentReorderFailed}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => start(newItem())}>
          {strings.contentItemNew}
        </Button>
      </div>
      {items.length === 0 ? (
        <p>{strings.contentItemsEmpty}</p>
      ) : (
        <ol ref={listRef} className={styles.list} aria-label={fill(strings.contentItemsOf, { plan: text(plan.title) })} aria-busy={moving}>
          {items.map((item, index) => {
            const title = text(item.title);
            return (
              <li key={item.id} className={styles.row} data-item={item.id}>
                <span className={styles.rowText}>
                  <span className={styles.rowName}>{title}</span>
                  <span className={styles.rowMeta}>
                    {focusLabel(item.focusArea)}
                    {item.staircaseStep !== undefined && ` · ${fill(strings.contentItemStepNumber, { step: item.staircaseStep })}`}
                    {!item.active && <span className={styles.retired}>{` · ${strings.contentItemRetired}`}</span>}
                  </span>
                </span>
                <Button
                  size="small"
                  icon={<ArrowUpRegular />}
                  data-move={-1}
                  disabled={index === 0}
                  aria-label={fill(strings.contentMoveUpNamed, { title })}
                  onClick={() => move(index, -1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownRegular />}
                  data-move={1}
                  disabled={index === items.length - 1}
                  aria-label={fill(strings.contentMoveDownNamed, { title })}
                  onClick={() => move(index, 1)}
                />
                <Button size="small" icon={<EditRegular />} aria-label={fill(strings.contentEditNamed, { name: title })} onClick={() => start(item)}>
                  {strings.contentEdit}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

/** The checklist items of the plan the person picks. */
export function ChecklistItemsEditor({ plans, repository, siteUrl }: ChecklistItemsEditorProps): React.ReactElement {
  const { strings } = useLocalization();
  const [planId, setPlanId] = React.useState<number | undefined>(plans[0]?.id);
  const plan = plans.find((p) => p.id === planId);
  return (
    <>
      <ActionPlanPicker label={strings.contentItemsPlan} plans={plans} planId={planId} onChange={setPlanId} />
      {plan && <PlanItems key={plan.id} plan={plan} repository={repository} siteUrl={siteUrl} />}
    </>
  );
}
