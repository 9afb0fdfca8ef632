import type { SaveProblem, SiteRepository } from '../../app';
import type { HelpContact } from '../../domain/helpContact';
import type { ValidationIssue } from '../../domain/validation';

export interface HelpContactProps {
  /** The editors' text as the site holds it; undefined until they write one. */
  help: HelpContact | undefined;
  /** Editors may write it; SharePoint refuses others' writes all the same. */
  canEdit: boolean;
  repository: Pick<SiteRepository, 'saveHelp'>;
  /** The data site, should the panel's code not load. */
  siteUrl: string;
}

export interface HelpPanelProps {
  canEdit: boolean;
  /** The panel's id, which the header button controls. */
  id: string;
  /** Kept by the button, so that a draft and a saved text outlive closing the panel. */
  state: HelpContactState;
}

export interface HelpContactState {
  /** The text shown: as stored, or as last saved here. */
  help: HelpContact | undefined;
  open: boolean;
  toggle: () => void;
  /** An editor's draft while they write; undefined while reading. */
  draft: HelpContact | undefined;
  edit: () => void;
  change: (part: Partial<HelpContact>) => void;
  save: () => void;
  cancel: () => void;
  saving: boolean;
  saved: boolean;
  issues: ValidationIssue[];
  problem?: SaveProblem;
}
