/**
 * One way to put the checklist on the page for a component test: the fake site's repositories, the unit,
 * plan and period of checklistFakes, the programme's focus areas, and whatever else a test sets.
 */
import * as React from 'react';
import { screen } from '@testing-library/react';
import { Checklist, ChecklistProps } from '../../../src/ui/Checklist';
import { PERIOD, PROGRAMME_ENTRIES } from '../fakes';
import { renderInProviders, SITE_URL, TestLanguage } from '../render';
import { ChecklistSite, PLAN, titleOf, UNIT } from './checklistFakes';

const FOCUS_AREAS = PROGRAMME_ENTRIES.filter((entry) => entry.kind === 'focusArea');

/** Renders the checklist and waits until its first item shows. */
export async function renderChecklistOf(language: TestLanguage, site: ChecklistSite, props: Partial<ChecklistProps> = {}): Promise<ChecklistSite> {
  renderInProviders(
    language,
    <Checklist
      repositories={site.repositories}
      unitId={UNIT.id}
      planId={PLAN.id}
      period={PERIOD}
      focusAreas={FOCUS_AREAS}
      canContribute
      compact={false}
      siteUrl={SITE_URL}
      {...props}
    />
  );
  await screen.findByLabelText(titleOf(101, language));
  return site;
}
