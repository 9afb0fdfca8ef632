import * as React from 'react';
import type { ActionPlan } from '../../domain/actionPlan';
import type { Update } from '../../domain/update';
import { useRichTextStrings } from '../shared/Editors';
import { useLocalization } from '../loc';
import { RichTextView } from '../RichText/RichTextView';
import type { Route } from '../routing';
import { RouteLink } from '../shared/RouteLink';
import { useUpdatesStyles } from './useUpdatesStyles';

export interface UpdateBodyProps {
  update: Update;
  /** The action plan the update is about, if any. */
  plan?: ActionPlan;
  navigate: (route: Route) => void;
  /** Shown unfolded: the update a deep link opened, or a preview. */
  open: boolean;
}

/** The rest of an update below its summary: the action plan it concerns, and the body, folded until asked for. */
export function UpdateBody({ update, plan, navigate, open }: UpdateBodyProps): React.ReactElement {
  const { strings, text, langOf } = useLocalization();
  const richText = useRichTextStrings();
  const styles = useUpdatesStyles();
  return (
    <>
      {plan && (
        <p className={styles.paragraph}>
          {strings.updatePlanLink}{' '}
          <RouteLink route={{ view: 'plans', item: plan.key }} navigate={navigate}>
            <span lang={langOf(plan.title)}>{text(plan.title)}</span>
          </RouteLink>
        </p>
      )}
      {update.body.trim() !== '' && (
        <details open={open} className={styles.body}>
          <summary className={styles.bodyToggle}>{strings.updateReadMore}</summary>
          <RichTextView html={update.body} strings={richText.view} lang={langOf('sv')} />
        </details>
      )}
    </>
  );
}
