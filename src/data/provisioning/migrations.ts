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
import { retypeExecutiveBoard } from './steps/executiveBoardType';

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
  { version: 2, title: 'Kommunstyrelsen som egen enhetstyp', run: (sp) => retypeExecutiveBoard(sp) }
];
