/**
 * The site's schema history after version 1, as ordered steps: one step per change.
 *
 * Provisioning first brings every list and field up to the schema (schema.ts, which only ever adds),
 * then runs, in order, each step whose version is above the site's recorded one, recording the
 * version after each. So a step sees the current lists, and its job is the data a change needs
 * (moving rows, setting rights, filling a new column). A run killed half-way runs the unfinished step
 * again from its start, and two browsers may run a step at once: every step must be safe to repeat
 * and to run twice concurrently.
 */
import type { SPFI } from '@pnp/sp';
import type { ProvisioningProgress } from '../../app/contracts';
import { syncUnitFolders, unitPeopleRecords } from '../rights/unitRights';
import { backfillUnitSummaries } from './backfillSummaries';
import { moveAllRootRows } from './unitFolderUpgrade';
import { retypeExecutiveBoard } from './steps/executiveBoardType';
import { addItemAssignments } from './steps/itemAssignments';

export interface MigrationStep {
  /** The schema version a site has once this step has run: the previous step's plus one. */
  version: number;
  /** What the change is, shown while it runs. */
  title: string;
  run(sp: SPFI, onProgress?: (progress: ProvisioningProgress) => void): Promise<void>;
}

/** Version 1 is the first release: its lists come from the schema alone, so it has no step. */
export const FIRST_SCHEMA_VERSION = 1;

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    // Version 1 kept ticks and assessments at the list's root, writable by every member for every unit.
    // The lists are editors-only at their root by now (provisionLists); each unit gets its folders with its
    // people's rights (the units' new team-name column is there too), then the rows move into them.
    version: 2,
    title: 'Enheternas mappar och behörigheter',
    run: async (sp) => {
      await syncUnitFolders(sp, await unitPeopleRecords(sp));
      await moveAllRootRows(sp);
    }
  },
  {
    version: 3,
    title: 'MrUnitSummaries: en sammanfattning per enhet och period',
    // The list itself comes from the schema, and its unit folders from step 2; this step writes each
    // unit's summaries from the tick rows already there, so the follow-up counts them from the first day.
    // It writes only what is missing or differs, so a second run (or a concurrent one) writes nothing more.
    run: async (sp) => {
      const { failed } = await backfillUnitSummaries(sp);
      if (failed > 0) throw new Error(`${failed} unit summaries could not be written; run the set-up again.`);
    }
  },
  { version: 4, title: 'Kommunstyrelsen som egen enhetstyp', run: (sp) => retypeExecutiveBoard(sp) },
  { version: 5, title: 'MrItemAssignments: ansvarig, klart senast och underlag, med versionshistorik', run: (sp) => addItemAssignments(sp) },
  {
    version: 6,
    title: 'Dokumentlänkar och Kunskap och stöd',
    // The plans' and the programme's document-link columns and the list MrKnowledgeLinks come from the schema
    // (provisionLists, editors-only like every content list), and start empty: there are no rows to change.
    // The step is what makes a version-5 site "outdated", so that an editor is offered the upgrade that adds them.
    run: () => Promise.resolve()
  },
  {
    version: 7,
    title: 'MrMeetingMinutes: mötesanteckningar i enheternas mappar',
    // The list comes from the schema; each unit gets its folder there with its people's rights, like the other
    // per-unit lists. Syncing writes only what is missing or differs, so a second run changes nothing.
    run: async (sp) => {
      await syncUnitFolders(sp, await unitPeopleRecords(sp));
    }
  }
];
